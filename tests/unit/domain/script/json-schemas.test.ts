import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generateJsonSchemas } from '@/domain/script/json-schemas';

const schemaDir = new URL('../../../../scripts-library/schemas/', import.meta.url);

describe('committed JSON Schemas', () => {
  const generated = generateJsonSchemas();

  it.each(Object.keys(generated))('%s matches the Zod schema it is generated from', (file) => {
    const committed: unknown = JSON.parse(readFileSync(new URL(file, schemaDir), 'utf8'));
    // Compared as data, not text, so formatting by Prettier does not matter. When this fails,
    // regenerate with `npm run scripts:check -- --write-schemas`.
    expect(committed).toEqual(JSON.parse(generated[file] ?? 'null'));
  });

  it('has no stray schema file that nothing generates', () => {
    const files = readdirSync(schemaDir).filter((file) => file.endsWith('.json'));
    expect(files.sort()).toEqual(Object.keys(generated).sort());
  });
});
