import type { Rubric, RubricRule, ScoringRuleId } from './rubric-schema';
import { CRITERIA } from './criteria';

// Rules move a criterion out of 100; people read every score on the app's one scale, out of 20.
function onTwenty(points: number, lang: 'fr' | 'en'): string {
  const value = Math.round(Math.abs(points) * 2) / 10;
  const text = lang === 'fr' ? String(value).replace('.', ',') : String(value);
  return `${points > 0 ? '+' : points < 0 ? '\u2212' : ''}${text}`;
}

const WORDS = {
  fr: {
    weight: (w: number) => `poids ${Math.round(w * 100)} %`,
    gate: 'condition : tout manquement rend l’appel non conforme',
    points: (r: RubricRule) => `${onTwenty(r.points, 'fr')} sur 20`,
    cap: (n: number) => `, compté ${n} fois au plus`,
    grades: 'Appréciation globale',
    from: (min: number) => `à partir de ${onTwenty(min, 'fr')}/20`,
    thresholds: (t: Rubric['thresholds']) =>
      `Client agacé à partir de ${t.upsetIrritation}/100 d’irritation ; calmé sous ${t.calmIrritation}/100, attendu en ${t.calmWithinTurns} tours ; un imprévu se traite en ${t.returnWithinTurns} tour(s) ; une faute pendant un imprévu compte ×${t.recoveryMultiplier}.`,
  },
  en: {
    weight: (w: number) => `weight ${Math.round(w * 100)} %`,
    gate: 'a gate: any breach makes the call non-compliant',
    points: (r: RubricRule) => `${onTwenty(r.points, 'en')} out of 20`,
    cap: (n: number) => `, counted at most ${n} times`,
    grades: 'Overall grade',
    from: (min: number) => `from ${onTwenty(min, 'en')}/20`,
    thresholds: (t: Rubric['thresholds']) =>
      `Upset from ${t.upsetIrritation}/100 irritation; calm under ${t.calmIrritation}/100, expected within ${t.calmWithinTurns} turns; an aside is handled within ${t.returnWithinTurns} turn(s); a mistake during an aside counts ×${t.recoveryMultiplier}.`,
  },
};

/** The rubric as plain text, shown before the call and by the CLI: no secret rules. */
export function renderRubric(rubric: Rubric, lang: 'fr' | 'en'): string {
  const words = WORDS[lang];
  const lines = [`${rubric.title} (v${rubric.version})`, rubric.summary, ''];
  for (const criterion of CRITERIA) {
    const info = rubric.criteria[criterion];
    const weight = criterion === 'compliance' ? words.gate : words.weight(info.weight);
    lines.push(`## ${info.label[lang]} — ${weight}`, info.description[lang]);
    for (const [id, rule] of Object.entries(rubric.rules) as [ScoringRuleId, RubricRule][]) {
      if (rule.criterion !== criterion) continue;
      const cap = rule.maxPerCall ? words.cap(rule.maxPerCall) : '';
      lines.push(
        `- ${rule.label[lang]} (${words.points(rule)}${cap}) [${id}]${lang === 'fr' ? ' :' : ':'} ${rule.description[lang]}`,
      );
    }
    lines.push('');
  }
  lines.push(words.thresholds(rubric.thresholds), '', `## ${words.grades}`);
  for (const band of [...rubric.grades].sort((a, b) => b.min - a.min)) {
    lines.push(`- ${band.label[lang]}${lang === 'fr' ? ' :' : ':'} ${words.from(band.min)}`);
  }
  lines.push(`- ${rubric.nonCompliantGrade.label[lang]}`);
  return lines.join('\n');
}
