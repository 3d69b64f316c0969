import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { gateRubric } from '@/domain/scoring/load-rubric';
import { renderRubric } from '@/domain/scoring/render-rubric';
import { applyRubricOverride, rubricForScript } from '@/domain/scoring/rubric-override';
import { SCORING_RULE_IDS } from '@/domain/scoring/rubric-schema';
import { scoreSession } from '@/domain/scoring/score-session';
import { defaultRubric, goldenDocument } from '../../../fixtures/golden-sessions/golden-player';
import { agent, customer, GOOD_OPENING, sessionOf } from './scoring-fixtures';

const text = readFileSync(join(process.cwd(), 'scripts-library/rubrics/default.json'), 'utf8');
const data = () => JSON.parse(text) as Record<string, unknown> & { rules: Record<string, unknown> };
const gate = (value: unknown) => gateRubric(JSON.stringify(value));

describe('rubric document', () => {
  it('the default rubric passes the document gate', () => {
    const gated = gateRubric(text);
    expect(gated.ok).toBe(true);
  });

  it.each([
    [
      'a rule missing',
      () => ({ ...data(), rules: { ...data().rules, blame: undefined } }),
      'schema',
      '$.rules.blame',
    ],
    [
      'a weight above 1',
      () => ({
        ...data(),
        criteria: {
          ...(data().criteria as object),
          brandTone: { ...(data().criteria as Record<string, object>).brandTone, weight: 2 },
        },
      }),
      'schema',
      '$.criteria.brandTone.weight',
    ],
    [
      'no grade band from 0',
      () => ({
        ...data(),
        grades: [{ min: 50, grade: 'bien', label: { fr: 'Bien', en: 'Good' } }],
      }),
      'schema',
      '$.grades',
    ],
    ['an unknown key', () => ({ ...data(), secret: true }), 'schema', '$'],
    [
      'a newer version',
      () => ({ ...data(), schemaVersion: 2 }),
      'unsupported-version',
      '$.schemaVersion',
    ],
    [
      'a forbidden key',
      () => JSON.parse(text.replace('"thresholds": {', '"thresholds": { "__proto__": {},')),
      'forbidden-key',
      '$.thresholds.__proto__',
    ],
  ])('refuses %s with a clear finding', (_name, make, ruleId, path) => {
    const gated = gate(make());
    expect(gated.ok).toBe(false);
    if (gated.ok) return;
    expect(gated.findings[0]).toMatchObject({ ruleId, path });
    expect(gated.findings[0]?.message.fr.length).toBeGreaterThan(0);
  });

  it('refuses a document of another kind where a rubric is expected', () => {
    const persona = readFileSync(
      join(process.cwd(), 'scripts-library/personas/remi-garnier-presse.json'),
      'utf8',
    );
    const gated = gateRubric(persona);
    expect(gated.ok).toBe(false);
    if (!gated.ok) expect(gated.findings[0]?.message.en).toMatch(/rubric/u);
  });

  it('renders every rule, weight and grade in plain French and English before the call', () => {
    const rubric = defaultRubric();
    const french = renderRubric(rubric, 'fr');
    const english = renderRubric(rubric, 'en');
    for (const id of SCORING_RULE_IDS) {
      expect(french).toContain(rubric.rules[id].label.fr);
      expect(english).toContain(rubric.rules[id].label.en);
    }
    expect(french).toContain('Ton de marque — poids 40 %');
    expect(french).toContain('Non conforme (0/20)');
    expect(english).toContain('Brand tone — weight 40 %');
    // One scale everywhere: rule points and grade bands read out of 20, never out of 100.
    expect(french).not.toMatch(/\bpts?\b|\/100 *$|sur 100/mu);
    expect(french).toMatch(/\(−2,4 sur 20\)/u);
    expect(french).toMatch(/à partir de \d+(?:,\d)?\/20/u);
    expect(english).toMatch(/from \d+(?:\.\d)?\/20/u);
  });
});

describe('rubric overrides', () => {
  const brand = goldenDocument('brand-guide', 'brisa-energie');
  const session = sessionOf([
    ...GOOD_OPENING,
    agent('Pas de souci.', [], [{ id: 'banned_phrase', text: 'Pas de souci' }]),
    customer('Bien.'),
  ]);

  it('a per-criterion override changes the points of a rule', () => {
    const base = scoreSession(session, defaultRubric(), brand);
    const harsher = scoreSession(session, defaultRubric(), brand, {
      rules: { banned_phrase: { points: -20 } },
    });
    expect(harsher.brandTone).toBe(base.brandTone - 15);
    expect(harsher.findings.find((f) => f.rule === 'banned_phrase')?.points).toBe(-20);
  });

  it('the rubric carries per-script overrides, applied only to that script', () => {
    const rubric = defaultRubric();
    expect(rubricForScript(rubric, 'client-furieux-responsable').criteria.recovery.weight).toBe(
      0.5,
    );
    expect(rubricForScript(rubric, 'exemple-date-prelevement').criteria.recovery.weight).toBe(0.35);
    expect(applyRubricOverride(rubric, undefined)).toBe(rubric);
  });
});
