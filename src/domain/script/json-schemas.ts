import { z } from 'zod';
import { brandGuideSchema } from './brand-guide-schema';
import { personaSchema } from './persona-schema';
import { scriptSchema } from './script-schema';

/** The committed JSON Schema files, by file name, and the Zod schema each is generated from. */
export const JSON_SCHEMA_SOURCES = {
  'script.schema.json': { title: 'Coulisses call script', schema: scriptSchema },
  'brand-guide.schema.json': { title: 'Coulisses brand guide', schema: brandGuideSchema },
  'persona.schema.json': { title: 'Coulisses persona', schema: personaSchema },
} as const;

/** Generates the JSON Schema text of each document kind (input shape: defaults are optional). */
export function generateJsonSchemas(): Record<string, string> {
  const files: Record<string, string> = {};
  for (const [file, { title, schema }] of Object.entries(JSON_SCHEMA_SOURCES)) {
    const json = z.toJSONSchema(schema, { io: 'input', target: 'draft-2020-12', reused: 'ref' });
    files[file] = `${JSON.stringify({ ...json, title }, null, 2)}\n`;
  }
  return files;
}
