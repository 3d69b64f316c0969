import { describe, expect, it } from 'vitest';
import { brandGuideSchema } from '@/domain/script/brand-guide-schema';
import { checkDocumentText } from '@/domain/script/document-validator';
import { generateScript } from '../../../fixtures/scripts/generate-script';
import { minimalBundle } from '../../../fixtures/scripts/rule-cases';

// The bench measures generated scripts; this keeps the generator honest (a valid script).
describe('generated scripts', () => {
  const brand = brandGuideSchema.parse(minimalBundle().brand);
  const library = { brands: new Map([[brand.id, brand]]), personas: new Map() };

  it.each([10, 60, 500])('a generated %i-step script passes with zero findings', (steps) => {
    const verdict = checkDocumentText(JSON.stringify(generateScript(steps)), { library });
    expect(verdict.findings).toEqual([]);
    expect(verdict.ok).toBe(true);
  });
});
