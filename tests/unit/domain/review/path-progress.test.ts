import { describe, expect, it } from 'vitest';
import {
  currentCycle,
  meetsStep,
  pathProgress,
  type PathAttempt,
} from '@/domain/review/path-progress';
import { buildPathFile, gatePathFile } from '@/domain/review/training-path-file';
import type { TrainingPath } from '@/domain/review/training-path';

const lead = { id: 'lead-nadia', name: 'Nadia Lefort' };

function path(overrides: Partial<TrainingPath> = {}): TrainingPath {
  return {
    kind: 'parcours',
    schemaVersion: 1,
    id: 'parcours:1',
    createdAt: '2026-11-01T08:00:00.000Z',
    author: lead,
    title: 'Prélèvements — remise à niveau',
    steps: [
      {
        scriptId: 'prelevement',
        scriptTitle: 'Date de prélèvement',
        mode: 'repetition',
        thresholds: { brandTone: 70 },
      },
      {
        scriptId: 'prelevement',
        scriptTitle: 'Date de prélèvement',
        mode: 'filage',
        thresholds: { brandTone: 75, compliance: 100 },
      },
      {
        scriptId: 'resiliation',
        scriptTitle: 'Résiliation',
        mode: 'generale',
        thresholds: { recovery: 60 },
      },
    ],
    recurrence: 'monthly',
    startsOn: '2026-11-01',
    assignees: [],
    ...overrides,
  };
}

const scores = (brandTone: number, extra: Partial<Record<string, number | null>> = {}) => ({
  compliance: 100,
  brandTone,
  recovery: null,
  adherence: 90,
  ...extra,
});
const attempt = (
  scriptId: string,
  mode: string,
  day: string,
  card: PathAttempt['scores'],
): PathAttempt => ({
  scriptId,
  mode,
  startedAt: `${day}T09:00:00.000Z`,
  scores: card,
});

describe('a parcours cycle', () => {
  it('restarts every month from its first day, across months of different lengths', () => {
    expect(currentCycle({ startsOn: '2026-01-31', recurrence: 'monthly' }, '2026-03-15')).toEqual({
      start: '2026-02-28',
      next: '2026-03-31',
    });
    expect(currentCycle({ startsOn: '2026-11-01', recurrence: 'quarterly' }, '2027-02-01')).toEqual(
      {
        start: '2027-02-01',
        next: '2027-05-01',
      },
    );
    expect(currentCycle({ startsOn: '2026-11-02', recurrence: 'weekly' }, '2026-11-15')).toEqual({
      start: '2026-11-09',
      next: '2026-11-16',
    });
    expect(currentCycle({ startsOn: '2026-11-01', recurrence: 'none' }, '2027-06-01')).toEqual({
      start: '2026-11-01',
      next: null,
    });
    expect(
      currentCycle({ startsOn: '2026-12-01', recurrence: 'none' }, '2026-11-20').start,
    ).toBeNull();
  });
});

describe('progress through a parcours', () => {
  it('passes a step only on its script and mode with every threshold met', () => {
    const step = path().steps[1] as TrainingPath['steps'][number];
    expect(meetsStep(step, attempt('prelevement', 'filage', '2026-11-02', scores(75)))).toBe(true);
    expect(meetsStep(step, attempt('prelevement', 'filage', '2026-11-02', scores(74)))).toBe(false);
    expect(meetsStep(step, attempt('prelevement', 'repetition', '2026-11-02', scores(90)))).toBe(
      false,
    );
    expect(meetsStep(step, attempt('prelevement', 'filage', '2026-11-02', null))).toBe(false);
    // Recovery « not measured » does not prove a recovery threshold.
    const recovery = path().steps[2] as TrainingPath['steps'][number];
    expect(meetsStep(recovery, attempt('resiliation', 'generale', '2026-11-02', scores(90)))).toBe(
      false,
    );
  });

  it('takes the steps in order and names the next one', () => {
    const attempts = [
      // The filage passed before the répétition does not count: the path is ordered.
      attempt('prelevement', 'filage', '2026-11-02', scores(80)),
      attempt('prelevement', 'repetition', '2026-11-03', scores(60)),
      attempt('prelevement', 'repetition', '2026-11-04', scores(72)),
    ];
    const progress = pathProgress(path(), attempts, '2026-11-10');
    expect(progress.steps.map((s) => [s.passedAt?.slice(0, 10) ?? null, s.attempts])).toEqual([
      ['2026-11-04', 2],
      [null, 1],
      [null, 0],
    ]);
    expect([progress.next, progress.passed]).toEqual([1, 1]);
    const later = pathProgress(
      path(),
      [...attempts, attempt('prelevement', 'filage', '2026-11-05', scores(76))],
      '2026-11-10',
    );
    expect([later.next, later.passed]).toEqual([2, 2]);
  });

  it('starts again each cycle: last month’s passes are a refresher’s history, not this month’s', () => {
    const attempts = [attempt('prelevement', 'repetition', '2026-11-04', scores(90))];
    expect(pathProgress(path(), attempts, '2026-11-30').passed).toBe(1);
    const december = pathProgress(path(), attempts, '2026-12-02');
    expect([december.cycleStart, december.passed, december.next]).toEqual(['2026-12-01', 0, 0]);
    expect(pathProgress(path({ recurrence: 'none' }), attempts, '2026-12-02').passed).toBe(1);
  });
});

describe('the parcours file gate', () => {
  const file = buildPathFile('f1', lead, new Date('2026-11-01T08:00:00.000Z'), path());
  const text = JSON.stringify(file);

  it('lets a well-formed file through', () => {
    const gated = gatePathFile(text);
    expect(gated.ok && gated.value.path.steps).toHaveLength(3);
  });

  it('refuses whole: another kind, an unknown version, a bad mode, control characters, duplicate keys', () => {
    const refused = (data: string) => {
      const gated = gatePathFile(data);
      return gated.ok ? [] : gated.problems.map((p) => `${p.path} ${p.message.fr}`);
    };
    expect(refused(JSON.stringify({ ...file, kind: 'coulisses-feedback' }))[0]).toMatch(
      /^\$\.kind .*pas un parcours/u,
    );
    expect(refused(JSON.stringify({ ...file, schemaVersion: 9 }))[0]).toMatch(
      /^\$\.schemaVersion .*9/u,
    );
    const badMode = structuredClone(file);
    (badMode.path.steps[0] as { mode: string }).mode = 'impro';
    expect(refused(JSON.stringify(badMode))[0]).toMatch(/^\$\.path\.steps\[0\]\.mode/u);
    expect(refused(text.replace('remise à niveau', 'remise\\u0007'))[0]).toMatch(
      /^\$\.path\.title .*contrôle/u,
    );
    expect(refused(text.replace('"title":', '"title":"x","title":'))[0]).toMatch(/title/u);
    expect(refused(text.slice(0, 200))[0]).toMatch(/tronqué/u);
    const noSteps = structuredClone(file);
    noSteps.path.steps = [];
    expect(refused(JSON.stringify(noSteps))).not.toEqual([]);
  });
});
