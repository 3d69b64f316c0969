import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { brandGuideSchema } from '@/domain/script/brand-guide-schema';
import { personaSchema } from '@/domain/script/persona-schema';
import { scriptSchema } from '@/domain/script/script-schema';

const library = new URL('../../../../scripts-library/', import.meta.url);
const readJson = (path: string): unknown =>
  JSON.parse(readFileSync(new URL(path, library), 'utf8'));

const cases = [
  ['script', scriptSchema, 'scripts/exemple-date-prelevement.json'],
  ['brand guide', brandGuideSchema, 'brands/brisa-energie.json'],
  ['persona', personaSchema, 'personas/remi-garnier-presse.json'],
] as const;

describe('document schemas', () => {
  it.each(cases)('the example %s parses and survives a JSON round trip', (_, schema, path) => {
    const parsed = schema.parse(readJson(path));
    const again = schema.parse(JSON.parse(JSON.stringify(parsed)));
    expect(again).toEqual(parsed);
  });

  it('rejects an unknown field, so typos are not silently ignored', () => {
    const brand = { ...(readJson('brands/brisa-energie.json') as object), registre: 'tu' };
    const result = brandGuideSchema.safeParse(brand);
    expect(result.success).toBe(false);
  });

  it('rejects a step of an unknown kind', () => {
    const script = readJson('scripts/exemple-date-prelevement.json') as { steps: unknown[] };
    script.steps.push({ id: 'x', kind: 'narrator', title: 'X' });
    expect(scriptSchema.safeParse(script).success).toBe(false);
  });

  it('fills defaults for optional collections', () => {
    const script = readJson('scripts/exemple-date-prelevement.json') as Record<string, unknown>;
    delete script.variables;
    delete script.suggestedPersonas;
    const parsed = scriptSchema.parse(script);
    expect(parsed.variables).toEqual([]);
    expect(parsed.suggestedPersonas).toEqual([]);
  });
});
