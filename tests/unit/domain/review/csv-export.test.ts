import { describe, expect, it } from 'vitest';
import { calibrateSession, type Calibration } from '@/domain/review/calibration';
import { calibrationCsv, sessionsCsv, teamCsv, toCsv } from '@/domain/review/csv-export';
import { toImportedSessions } from '@/domain/review/imported-session';
import { summariseTeam } from '@/domain/review/team-summary';
import { bundledSession, sessionBundle } from '../../../fixtures/review/session-bundles';

const sessions = toImportedSessions(
  sessionBundle([
    bundledSession('s1'),
    bundledSession('s2', { startedAt: '2026-11-03T09:00:00.000Z' }),
  ]) as never,
);
const words = {
  auto: 'Auto',
  breached: 'Manquement',
  respected: 'Respecté',
  yes: 'oui',
  no: 'non',
};

describe('CSV exports', () => {
  it('writes UTF-8 with a byte-order mark, « ; » for French Excel, CRLF lines and quoted separators', () => {
    const text = toCsv(
      ['Agent', 'Note'],
      [
        ['Dupont; Léa', 72],
        ['Éric', ''],
      ],
      ';',
    );
    expect(text).toBe('\uFEFFAgent;Note\r\n"Dupont; Léa";72\r\nÉric;\r\n');
    expect(toCsv(['a', 'b'], [['x,y', 1]], ',')).toBe('\uFEFFa,b\r\n"x,y",1\r\n');
    // A decimal reads as the spreadsheet expects it: a comma with « ; », a point with « , ».
    expect(toCsv(['Note'], [[13.4]], ';')).toBe('\uFEFFNote\r\n13,4\r\n');
    expect(toCsv(['Note'], [[13.4]], ',')).toBe('\uFEFFNote\r\n13.4\r\n');
  });

  it('escapes a cell that a spreadsheet would run as a formula', () => {
    expect(toCsv(['Agent'], [['=HYPERLINK("x")']], ';')).toContain(`"'=HYPERLINK(""x"")"`);
  });

  it('exports the team table with means and trends out of 20 and the failure rate in percent', () => {
    const table = teamCsv(summariseTeam(sessions), 'Agent');
    expect(table.columns).toEqual([
      'name',
      'sessions',
      'lastActivity',
      'compliance',
      'brandTone',
      'recovery',
      'adherence',
      'trend.compliance',
      'trend.brandTone',
      'trend.recovery',
      'trend.adherence',
      'complianceFailureRate',
      'findings',
    ]);
    expect(table.rows).toEqual([
      [
        'Julie Martin',
        2,
        '2026-11-03T09:00:00.000Z',
        // Stored 100 / 80 / 90: read out of 20, like every score in the app.
        20,
        16,
        '',
        18,
        0,
        0,
        '',
        0,
        0,
        'tone.banned (2)',
      ],
    ]);
  });

  it('exports the session list and the calibration report, one line per pair of raters', () => {
    expect(sessionsCsv(sessions, 'Agent').rows[0]).toEqual([
      '2026-11-02T09:00:00.000Z',
      'Julie Martin',
      'Changer la date de prélèvement',
      '1.0.0',
      'filage',
      300,
      20,
      16,
      '',
      18,
      17,
    ]);
    const calibration: Calibration = {
      kind: 'calibration',
      schemaVersion: 1,
      id: 'calibration:1',
      createdAt: '2026-11-05T10:00:00.000Z',
      author: { id: 'lead-nadia', name: 'Nadia Lefort' },
      session: sessions[0]?.id ?? '',
      scores: { compliance: 100, brandTone: 65, recovery: null, adherence: 88 },
      criticalItems: [{ rule: 'insult', breached: true }],
      comment: '',
    };
    const calibrated = calibrateSession(sessions[0] as never, [calibration], ['insult']);
    const table = calibrationCsv([calibrated], 'Agent', words);
    expect(table.rows.map((row) => row.slice(3))).toEqual([
      ['compliance', 'Auto', 20, 'Nadia Lefort', 20, 0, 'non'],
      ['brandTone', 'Auto', 16, 'Nadia Lefort', 13, 3, 'oui'],
      ['recovery', 'Auto', '', 'Nadia Lefort', '', '', 'non'],
      ['adherence', 'Auto', 18, 'Nadia Lefort', 17.6, 0.4, 'non'],
      ['insult', 'Auto', 'Respecté', 'Nadia Lefort', 'Manquement', '', 'oui'],
    ]);
  });
});
