import Papa from 'papaparse';
import { CRITERIA } from '../scoring/criteria';
import type { SessionCalibration } from './calibration';
import { agentLabel, type ImportedSummary } from './imported-session';
import { criterionScore, type AgentRow } from './team-summary';

export type CsvCell = string | number;

/** A table to export: column ids (the caller names them in its language) and rows of cells. */
export interface CsvTable {
  columns: string[];
  rows: CsvCell[][];
}

export type CsvSeparator = ';' | ',';

// Scores are stored 0–100; people read them on the app's one scale, out of 20 with one decimal
// (85 → 17, 67 → 13,4), in a spreadsheet too.
const score = (value: number | null | undefined): CsvCell =>
  value == null ? '' : Math.round(value * 2) / 10;

/** The team table, one line per agent: means and trends out of 20, one decimal. */
export function teamCsv(rows: readonly AgentRow[], pseudonym: string): CsvTable {
  return {
    columns: [
      'name',
      'sessions',
      'lastActivity',
      ...CRITERIA,
      ...CRITERIA.map((criterion) => `trend.${criterion}`),
      'complianceFailureRate',
      'findings',
    ],
    rows: rows.map((row) => [
      agentLabel(row.agent, pseudonym),
      row.sessions,
      row.lastActivity,
      ...CRITERIA.map((criterion) => score(row.criteria[criterion].mean)),
      ...CRITERIA.map((criterion) => score(row.criteria[criterion].trend)),
      row.complianceFailureRate === null ? '' : Math.round(row.complianceFailureRate * 100),
      row.topFindings.map((finding) => `${finding.rule} (${finding.count})`).join(', '),
    ]),
  };
}

/** The session list: one line per imported session with its automatic scores. */
export function sessionsCsv(sessions: readonly ImportedSummary[], pseudonym: string): CsvTable {
  return {
    columns: ['date', 'name', 'script', 'version', 'mode', 'duration', ...CRITERIA, 'overall'],
    rows: sessions.map((session) => [
      session.startedAt,
      agentLabel(session.agent, pseudonym),
      session.script.title,
      session.script.version,
      session.mode,
      Math.round(session.durationSeconds),
      ...CRITERIA.map((criterion) => score(criterionScore(session, criterion))),
      score(session.scoreCard?.overall.score),
    ]),
  };
}

/**
 * The calibration report, one line per pair of raters per criterion or critical item of each
 * calibrated session: both scores, the gap and whether it is flagged.
 */
export function calibrationCsv(
  calibrated: readonly SessionCalibration[],
  pseudonym: string,
  words: { auto: string; breached: string; respected: string; yes: string; no: string },
): CsvTable {
  const rater = (r: { auto: boolean; name: string }) => (r.auto ? words.auto : r.name);
  const verdict = (breached: boolean | null) =>
    breached === null ? '' : breached ? words.breached : words.respected;
  const rows: CsvCell[][] = [];
  for (const entry of calibrated) {
    const head = [
      entry.session.startedAt,
      agentLabel(entry.session.agent, pseudonym),
      entry.session.script.title,
    ];
    for (const criterion of entry.criteria) {
      const scoreOf = (id: string) =>
        criterion.scores.find((s) => s.rater.id === id)?.score ?? null;
      for (const pair of criterion.pairs) {
        rows.push([
          ...head,
          criterion.criterion,
          rater(pair.a),
          score(scoreOf(pair.a.id)),
          rater(pair.b),
          score(scoreOf(pair.b.id)),
          score(pair.gap),
          pair.flagged ? words.yes : words.no,
        ]);
      }
    }
    for (const item of entry.items) {
      item.verdicts.forEach((first, index) => {
        for (const second of item.verdicts.slice(index + 1)) {
          const differ =
            first.breached !== null &&
            second.breached !== null &&
            first.breached !== second.breached;
          rows.push([
            ...head,
            item.rule,
            rater(first.rater),
            verdict(first.breached),
            rater(second.rater),
            verdict(second.breached),
            '',
            differ ? words.yes : words.no,
          ]);
        }
      });
    }
  }
  return {
    columns: [
      'date',
      'name',
      'script',
      'criterion',
      'raterA',
      'scoreA',
      'raterB',
      'scoreB',
      'gap',
      'flagged',
    ],
    rows,
  };
}

/**
 * CSV text for a spreadsheet: UTF-8 byte-order mark (so Excel reads accents), CRLF lines, `;` for
 * French Excel (with decimal commas), and cells that start like a formula escaped (a name such as
 * « =HYPERLINK(…) »).
 */
export function toCsv(
  headers: readonly string[],
  rows: readonly CsvCell[][],
  separator: CsvSeparator,
): string {
  // With « ; » (French Excel) a decimal is written with a comma, as the spreadsheet reads it.
  const decimal = (cell: CsvCell): CsvCell =>
    typeof cell === 'number' && separator === ';' ? String(cell).replace('.', ',') : cell;
  return `\uFEFF${Papa.unparse(
    { fields: [...headers], data: rows.map((row) => row.map(decimal)) },
    { delimiter: separator, newline: '\r\n', escapeFormulae: true, quotes: false },
  )}\r\n`;
}
