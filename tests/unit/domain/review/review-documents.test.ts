import { describe, expect, it } from 'vitest';
import { buildFeedbackBundle, gateFeedbackBundle } from '@/domain/review/feedback-bundle';
import { toImportedSessions } from '@/domain/review/imported-session';
import type { ReviewDocument } from '@/domain/review/review-documents';
import { foldReview } from '@/domain/review/review-state';
import { sortRows, summariseTeam } from '@/domain/review/team-summary';
import { resultsByScript } from '@/domain/review/agent-summary';
import { bundledSession, sessionBundle } from '../../../fixtures/review/session-bundles';

const lead = { id: 'lead-1', name: 'Nadia Lefort' };
const session = 'session:agent-julie:s1';
const at = (minute: number) => `2026-11-04T10:${String(minute).padStart(2, '0')}:00.000Z`;
const note = (id: string, thread: string, minute: number, text: string, deleted = false) =>
  ({
    kind: 'note',
    schemaVersion: 1,
    id,
    createdAt: at(minute),
    author: lead,
    session,
    thread,
    turn: 1,
    text,
    deleted,
  }) as const;

describe('a review folded from its append-only documents', () => {
  it('shows the latest of each note thread and hides deleted ones', () => {
    const state = foldReview([
      note('note:b', 'note:a', 2, 'edited'),
      note('note:a', 'note:a', 1, 'first'),
      note('note:c', 'note:c', 3, 'gone'),
      note('note:d', 'note:c', 4, '', true),
    ]);
    expect(state.notes.map((n) => n.text)).toEqual(['edited']);
  });

  it('keeps the latest adjustment per criterion and the latest verdict', () => {
    const base = { schemaVersion: 1, author: lead, session } as const;
    const documents: ReviewDocument[] = [
      {
        ...base,
        kind: 'adjustment',
        id: 'adjustment:1',
        createdAt: at(1),
        criterion: 'recovery',
        autoScore: 72,
        score: 60,
        reason: 'a',
      },
      {
        ...base,
        kind: 'adjustment',
        id: 'adjustment:2',
        createdAt: at(2),
        criterion: 'recovery',
        autoScore: 72,
        score: 65,
        reason: 'b',
      },
      {
        ...base,
        kind: 'verdict',
        id: 'verdict:1',
        createdAt: at(3),
        verdict: 'rework',
        action: 'Réécouter',
      },
    ];
    const state = foldReview(documents);
    expect(state.adjustments.recovery?.score).toBe(65);
    expect(state.adjustments.recovery?.autoScore).toBe(72);
    expect(state.verdict?.verdict).toBe('rework');
  });
});

describe('the feedback bundle', () => {
  const bundle = buildFeedbackBundle(
    'u1',
    lead,
    new Date(at(5)),
    [],
    [note('note:a', 'note:a', 1, 'Bien')],
  );

  it('goes through its gate unchanged', () => {
    const result = gateFeedbackBundle(JSON.stringify(bundle));
    expect(result.ok && result.value).toEqual(bundle);
  });

  it('refuses an adjustment without a reason', () => {
    const bad = {
      ...bundle,
      documents: [
        {
          kind: 'adjustment',
          schemaVersion: 1,
          id: 'adjustment:1',
          createdAt: at(1),
          author: lead,
          session,
          criterion: 'recovery',
          autoScore: 72,
          score: 65,
          reason: '  ',
        },
      ],
    };
    const result = gateFeedbackBundle(JSON.stringify(bad));
    expect(!result.ok && result.problems[0]?.path).toBe('$.documents[0].reason');
  });

  it('refuses a session bundle', () => {
    const result = gateFeedbackBundle(JSON.stringify(sessionBundle([])));
    expect(!result.ok && result.problems[0]?.path).toBe('$.kind');
  });
});

describe('the team table', () => {
  const julie = toImportedSessions(
    sessionBundle([
      bundledSession('s1', { startedAt: '2026-11-01T09:00:00.000Z' }),
      bundledSession('s2', {
        startedAt: '2026-11-05T09:00:00.000Z',
        scoreCard: {
          ...bundledSession('x').scoreCard,
          brandTone: 60,
          compliance: { passed: false, score: 0 },
        },
      }),
    ]) as never,
  );
  const marc = toImportedSessions(
    sessionBundle([bundledSession('m1', { mode: 'lecture' })], {
      id: 'agent-marc',
      displayName: 'Marc Petit',
      role: 'agent',
    }) as never,
  );

  it('makes one row per agent with means, trend, failure rate and findings', () => {
    const [row] = summariseTeam(julie);
    expect(row).toMatchObject({
      sessions: 2,
      lastActivity: '2026-11-05T09:00:00.000Z',
      complianceFailureRate: 0.5,
    });
    expect(row?.criteria.brandTone).toEqual({ mean: 70, trend: -20 });
    expect(row?.criteria.recovery).toEqual({ mean: null, trend: null });
    expect(row?.topFindings).toEqual([{ rule: 'tone.banned', count: 2 }]);
  });

  it('filters and sorts', () => {
    const all = [...julie, ...marc];
    expect(summariseTeam(all, { mode: 'lecture' }).map((r) => r.agent.name)).toEqual([
      'Marc Petit',
    ]);
    expect(summariseTeam(all, { from: '2026-11-03' }).map((r) => r.sessions)).toEqual([1]);
    const sorted = sortRows(summariseTeam(all), 'brandTone', true);
    expect(sorted.map((r) => r.agent.name)).toEqual(['Julie Martin', 'Marc Petit']);
  });
});

describe("an agent's results", () => {
  const sessions = toImportedSessions(
    sessionBundle([
      bundledSession('a', { startedAt: '2026-11-01T09:00:00.000Z' }),
      bundledSession('b', {
        startedAt: '2026-11-02T09:00:00.000Z',
        scoreCard: { ...bundledSession('x').scoreCard, overall: { score: 60 } },
      }),
    ]) as never,
  );

  it('gives the best and the latest score per script', () => {
    expect(resultsByScript(sessions)).toEqual([
      {
        scriptId: 'exemple-date-prelevement',
        title: 'Changer la date de prélèvement',
        sessions: 2,
        best: 85,
        last: 60,
      },
    ]);
  });
});
