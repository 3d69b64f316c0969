import { useState } from 'react';
import type { Script } from '@/domain/script/script-schema';
import type { StudioLibrary } from '../library/library-documents';
import { useAuthoringTranslation } from '../use-authoring-translation';
import type { CaseCheck } from './bench-run';
import { acceptResults, changedCases, checkRegressionCases } from './regression-check';
import { RegressionWarning } from './regression-warning';

type CheckState =
  | { kind: 'idle' }
  | { kind: 'checking' }
  | { kind: 'clear'; count: number }
  | { kind: 'changed'; script: Script; changed: CaseCheck[] }
  | { kind: 'failed'; script: Script };

/**
 * The regression cases' part of publishing: `check` re-runs them on the script. It resolves to
 * null when publishing must wait (a case changed: the warning shows), or to the changes the
 * publish accepts — none, or the ones the trainer was warned about for this very script (a second
 * press publishes anyway). `accept` then makes the cases expect their new results.
 */
export function usePublishCheck(draftId: string, library: StudioLibrary | null) {
  const { t } = useAuthoringTranslation();
  const [state, setState] = useState<CheckState>({ kind: 'idle' });
  const warned = (script: Script) =>
    (state.kind === 'changed' || state.kind === 'failed') && state.script === script;
  const check = async (script: Script): Promise<CaseCheck[] | null> => {
    if (warned(script)) return state.kind === 'changed' ? state.changed : [];
    setState({ kind: 'checking' });
    try {
      const checks = await checkRegressionCases(draftId, script, library);
      const changed = changedCases(checks);
      if (changed.length > 0) {
        setState({ kind: 'changed', script, changed });
        return null;
      }
      setState(checks.length > 0 ? { kind: 'clear', count: checks.length } : { kind: 'idle' });
      return [];
    } catch {
      setState({ kind: 'failed', script });
      return null;
    }
  };
  /** After a publish: the cases the trainer was warned about now expect the new results. */
  const accept = async (changes: readonly CaseCheck[]) => {
    if (changes.length === 0) return;
    await acceptResults(changes).catch(() => undefined);
    setState({ kind: 'idle' });
  };
  const view = (script: Script) => {
    if (state.kind === 'checking') return <p role="status">{t('testBench.publish.checking')}</p>;
    if (state.kind === 'clear')
      return <p role="status">{t('testBench.publish.unchanged', { count: state.count })}</p>;
    if (state.kind === 'failed' && state.script === script)
      return <p role="alert">{t('testBench.publish.checkFailed')}</p>;
    if (state.kind === 'changed' && state.script === script)
      return <RegressionWarning changed={state.changed} />;
    return null;
  };
  return { check, accept, warned, view, checking: state.kind === 'checking' };
}
