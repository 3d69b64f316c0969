import { describe, expect, it } from 'vitest';
import { createAnalyser } from '@/domain/language/analyser';
import { defaultCorpus } from '@/domain/language/default-corpus';
import { ASIDE_BETTER_LINES } from '@/domain/scoring/aside-words';
import { TONE_FAULTS } from '@/domain/scoring/brand-tone-rules';
import { scoreSession } from '@/domain/scoring/score-session';
import { defaultRubric, goldenDocument } from '../../../fixtures/golden-sessions/golden-player';
import { agent, GOOD_CLOSING, GOOD_OPENING, sessionOf } from './scoring-fixtures';

const rubric = defaultRubric();
const BRANDS = ['brisa-energie', 'lumio-telecom', 'colibri-livraison', 'harbour-mobile'];

describe('advice that passes its own rules (issue 13, items 5 and 6)', () => {
  it.each(BRANDS)(
    'no better line of the rubric or of an aside draws a tone fault (%s)',
    (id) => {
      const brand = goldenDocument('brand-guide', id);
      const lang = id === 'harbour-mobile' ? 'en' : 'fr';
      const analyser = createAnalyser({ lang, corpus: defaultCorpus(lang), brandVoice: brand });
      const lines = [
        ...Object.values(rubric.rules).map((rule) => rule.better[lang]),
        ...Object.values(ASIDE_BETTER_LINES[lang]),
      ];
      for (const line of lines) {
        const faults = analyser
          .analyse(line, { context: { customerFirstName: 'Rémi', customerLastName: 'Garnier' } })
          .flags.filter((flag) => TONE_FAULTS.has(flag.id));
        expect(faults, line).toEqual([]);
        // A full sentence: a capital first, end punctuation last.
        expect(line, line).toMatch(/^[\p{Lu}«"]/u);
        expect(line, line).toMatch(/[.?!»"]$/u);
      }
      // Training an analyser per brand takes seconds on the shared machine.
    },
    30_000,
  );

  it('eleven « tu » in one line are one finding, worth the rule’s points once', () => {
    const brand = goldenDocument('brand-guide', 'brisa-energie');
    const line =
      'Tu veux que tu… tu vois, tu sais, tu peux, tu dis, tu fais, tu as, tu es, tu vas, tu viens.';
    // Where the analyser puts each « tu »: eleven spans, one word each.
    const tu = [...line.matchAll(/\b[Tt]u\b/gu)].map((match) => ({
      id: 'tutoiement' as const,
      text: match[0],
      start: match.index,
      end: match.index + 2,
    }));
    expect(tu).toHaveLength(11);
    const card = scoreSession(
      sessionOf([
        ...GOOD_OPENING,
        agent(
          'Tu veux que tu… tu vois, tu sais, tu peux, tu dis, tu fais, tu as, tu es, tu vas, tu viens.',
          [],
          tu,
        ),
        GOOD_CLOSING,
      ]),
      rubric,
      brand,
    );
    const found = card.findings.filter((f) => f.rule === 'tutoiement');
    expect(found).toHaveLength(1);
    expect(found[0]?.why).toContain('× 11');
    expect(found[0]?.points).toBe(rubric.rules.tutoiement.points);
    expect(card.findings.every((f) => f.points !== 0)).toBe(true);
  });
});
