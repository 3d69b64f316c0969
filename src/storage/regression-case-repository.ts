import type { Table } from 'dexie';
import type { RehearsalMode } from '@/domain/customer/customer.types';
import type { StepPreset } from '@/domain/session/session-at-step';
import type { SessionOutcome } from '@/domain/session/session.types';
import type { CoulissesDatabase } from './database';
import { guardStorage } from './storage-failure';

/** A test run as the bench can play it again: where it opened, with whom, and the agent's lines. */
export interface SavedTestRun {
  preset: StepPreset;
  personaId: string;
  seed: number;
  mode: RehearsalMode;
  /** The agent's lines as said (before redaction), in order. */
  lines: string[];
}

/** What the run gave when it was saved: a publish warns when a re-run gives something else. */
export interface RegressionExpectation {
  outcome: SessionOutcome | null;
  /** The score out of 20; null when no rubric scored it. */
  outOf20: number | null;
  /** The steps the call passed through, in order. */
  steps: string[];
}

/** A test run of a draft kept as a regression case (issue 18). */
export interface RegressionCaseRecord {
  id: string;
  /** The draft it belongs to (stable while the script's id is edited). */
  draftId: string;
  scriptId: string;
  name: string;
  /** ISO date. */
  createdAt: string;
  run: SavedTestRun;
  expected: RegressionExpectation;
}

export interface RegressionCaseRepository {
  listFor(draftId: string): Promise<RegressionCaseRecord[]>;
  save(record: RegressionCaseRecord): Promise<void>;
  remove(id: string): Promise<void>;
}

/** Builds the regression case repository over the app database (table added by version 11). */
export function createRegressionCaseRepository(db: CoulissesDatabase): RegressionCaseRepository {
  const table = (): Table<RegressionCaseRecord, string> => db.table('regressionCases');
  return {
    listFor: (draftId) =>
      guardStorage('regressionCases.list', async () =>
        (await table().where('draftId').equals(draftId).toArray()).sort((a, b) =>
          a.createdAt.localeCompare(b.createdAt),
        ),
      ),
    save: (record) =>
      guardStorage('regressionCases.save', async () => {
        await table().put(record);
      }),
    remove: (id) => guardStorage('regressionCases.remove', () => table().delete(id)),
  };
}
