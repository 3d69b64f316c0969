import { describe, expect, it } from 'vitest';
import { brandGuideSchema } from '@/domain/script/brand-guide-schema';
import { checkDocumentText } from '@/domain/script/document-validator';
import { personaSchema } from '@/domain/script/persona-schema';
import { RULES, type RuleId } from '@/domain/script/rules';
import {
  minimalBundle,
  RULE_CASES,
  type Bundle,
  type RuleCase,
} from '../../../fixtures/scripts/rule-cases';

// Rules raised across files or by the CLI only: the CLI tests cover unreadable-file and
// duplicate-document-id; internal-error is the crash guard and has no input that should reach it.
const CLI_ONLY: RuleId[] = ['unreadable-file', 'internal-error', 'duplicate-document-id'];

function run(bundle: Bundle, ruleCase: RuleCase, edit: (b: Bundle) => unknown) {
  const edited = edit(bundle);
  const text = typeof edited === 'string' ? edited : JSON.stringify(bundle[ruleCase.target]);
  // A broken brand or persona is simply absent from the library, as in the CLI.
  const brand = brandGuideSchema.safeParse(bundle.brand);
  const persona = personaSchema.safeParse(bundle.persona);
  const library = {
    brands: new Map(brand.success ? [[brand.data.id, brand.data]] : []),
    personas: new Map(persona.success ? [[persona.data.id, persona.data]] : []),
  };
  const options = ruleCase.traversalLimit ? { traversalLimit: ruleCase.traversalLimit } : {};
  return checkDocumentText(text, { library, ...options });
}

describe('validator rules', () => {
  it('the minimal fixtures pass with zero findings', () => {
    for (const target of ['script', 'brand', 'persona'] as const) {
      const verdict = run(minimalBundle(), { target } as RuleCase, () => undefined);
      expect(verdict.findings).toEqual([]);
      expect(verdict.ok).toBe(true);
    }
  });

  it('every rule has a case that triggers it and one that passes', () => {
    const covered = new Set(RULE_CASES.map((c) => c.rule));
    const missing = (Object.keys(RULES) as RuleId[]).filter(
      (rule) => !covered.has(rule) && !CLI_ONLY.includes(rule),
    );
    expect(missing).toEqual([]);
  });

  describe.each(RULE_CASES.map((c) => [c.rule, c] as const))('%s', (rule, ruleCase) => {
    it('fires on the broken fixture, with its severity, path and both languages', () => {
      const verdict = run(minimalBundle(), ruleCase, ruleCase.trigger);
      const hits = verdict.findings.filter((f) => f.ruleId === rule);
      expect(hits.length).toBeGreaterThan(0);
      for (const hit of hits) {
        expect(hit.severity).toBe(RULES[rule].severity);
        expect(hit.path).toMatch(/^\$/);
        expect(hit.message.fr.length).toBeGreaterThan(10);
        expect(hit.message.en.length).toBeGreaterThan(10);
        expect(hit.fix.fr).not.toEqual(hit.fix.en);
      }
      if (ruleCase.stepId) expect(hits.map((h) => h.stepId)).toContain(ruleCase.stepId);
      if (RULES[rule].severity === 'error') expect(verdict.ok).toBe(false);
    });

    it('falls silent once the fix is applied', () => {
      const bundle = minimalBundle();
      ruleCase.trigger(bundle);
      const verdict = run(bundle, ruleCase, ruleCase.fix);
      expect(verdict.findings.filter((f) => f.ruleId === rule)).toEqual([]);
      expect(verdict.ok).toBe(true);
    });
  });
});
