import type { Script } from '@/domain/script/script-schema';
import type { StudioLibrary } from '../library/library-documents';
import { loadBenchContext } from './bench-context';
import { checkCase, type CaseCheck } from './bench-run';
import { regressionCaseRepository } from './regression-cases';

/** Re-runs every regression case of a draft on the script about to be published. */
export async function checkRegressionCases(
  draftId: string,
  script: Script,
  library: StudioLibrary | null,
): Promise<CaseCheck[]> {
  const cases = await regressionCaseRepository().listFor(draftId);
  if (cases.length === 0) return [];
  // Without the library (personas, brands) the cases cannot be played: the caller warns.
  if (!library) throw new Error('library not loaded');
  const context = await loadBenchContext(script, library);
  return cases.map((record) => checkCase(script, record, context));
}

/** Publishing anyway accepts the new results: the cases expect them from now on. */
export async function acceptResults(checks: readonly CaseCheck[]): Promise<void> {
  const repository = regressionCaseRepository();
  for (const check of checks)
    if (check.actual) await repository.save({ ...check.record, expected: check.actual });
}

/** The cases whose outcome or score moved (or that no longer play). */
export const changedCases = (checks: readonly CaseCheck[]) =>
  checks.filter((check) => check.outcomeChanged || check.scoreChanged);
