// How `npm run rehearse` ends its readable output: the score card, compliance first.
import type { ScoreCard, ScoreFinding } from '../src/domain/scoring/score-card.types';

const LABELS = {
  fr: {
    title: 'Notes du metteur en scène',
    compliance: 'Conformité',
    passed: 'conforme',
    failed: 'NON CONFORME',
    brandTone: 'Ton de marque',
    recovery: 'Reprise en main',
    notMeasured: 'non mesurée (aucun imprévu)',
    adherence: 'Respect du script',
    steps: 'étapes obligatoires',
    disorder: 'dans le désordre',
    outcome: 'Issue',
    length: 'Longueur',
    turns: 'tours',
    overall: 'Note globale',
    findings: 'Notes',
    turn: 'tour',
    better: 'mieux',
  },
  en: {
    title: "Director's notes",
    compliance: 'Compliance',
    passed: 'compliant',
    failed: 'NON-COMPLIANT',
    brandTone: 'Brand tone',
    recovery: 'Recovery',
    notMeasured: 'not measured (nothing derailed)',
    adherence: 'Script adherence',
    steps: 'mandatory steps',
    disorder: 'out of order',
    outcome: 'Outcome',
    length: 'Length',
    turns: 'turns',
    overall: 'Overall',
    findings: 'Notes',
    turn: 'turn',
    better: 'better',
  },
};

function findingLine(finding: ScoreFinding, labels: (typeof LABELS)['fr']): string[] {
  const points = finding.points > 0 ? `+${finding.points}` : String(finding.points);
  return [
    `  [${labels.turn} ${finding.turn}] ${points} ${finding.rule} — « ${finding.quote} »`,
    `      ${finding.why}`,
    `      → ${labels.better} : ${finding.better}`,
  ];
}

/** The score card as text: compliance and its breaches first, then each score and every note. */
export function formatScoreCard(card: ScoreCard): string {
  const labels = LABELS[card.language];
  const lines = [`== ${labels.title} ==`];
  lines.push(
    `${labels.compliance} : ${card.compliance.passed ? labels.passed : labels.failed}`,
    ...card.compliance.breaches.map(
      (breach) => `  ! [${labels.turn} ${breach.turn}] ${breach.rule} — « ${breach.quote} »`,
    ),
    `${labels.brandTone} : ${card.brandTone}/100`,
    `${labels.recovery} : ${card.recovery === null ? labels.notMeasured : `${card.recovery}/100`}`,
    ...card.asides.map(
      (aside) => `  · ${aside.kind} (${labels.turn} ${aside.turn}) : ${aside.score}/100`,
    ),
    `${labels.adherence} : ${card.adherence.score}/100 (${card.adherence.covered}/${card.adherence.mandatorySteps} ${labels.steps}${card.adherence.inOrder ? '' : `, ${labels.disorder}`})`,
    `${labels.outcome} : ${card.outcome ? `${card.outcome.code} (${card.outcome.reason})` : '—'}`,
    `${labels.length} : ${card.lengthInTurns} ${labels.turns}`,
    `${labels.overall} : ${card.overall.score}/100 — ${new Intl.NumberFormat(card.language, { maximumFractionDigits: 1 }).format(card.overall.outOf20)}/20 — ${card.overall.label}`,
  );
  if (card.findings.length > 0) {
    lines.push('', `${labels.findings} :`);
    for (const finding of card.findings) lines.push(...findingLine(finding, labels));
  }
  return lines.join('\n');
}
