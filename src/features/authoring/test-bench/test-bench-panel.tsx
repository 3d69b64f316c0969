import { useEffect, useMemo, useState } from 'react';
import type { Finding } from '@/domain/script/finding.types';
import type { Script } from '@/domain/script/script-schema';
import { testableScript } from '@/domain/session/testable-script';
import { selectActiveProfile, useProfileStore } from '@/stores/profile-store';
import type { StudioLibrary } from '../library/library-documents';
import { useAuthoringTranslation } from '../use-authoring-translation';
import { BenchCall } from './bench-call';
import { loadBenchContext } from './bench-context';
import { BenchErrorBoundary, BenchErrorMessage } from './bench-error';
import { BenchReplay } from './bench-replay';
import { personasFor, type BenchContext } from './bench-run';
import { BenchSetup } from './bench-setup';
import { RegressionCases } from './regression-cases';
import { useTestBench } from './use-test-bench';
import './test-bench.css';

interface TestBenchPanelProps {
  draftId: string;
  script: Script;
  findings: Finding[] | null;
  library: StudioLibrary | null;
  selectedStepId: string | undefined;
}

/** The engine's language layer and rubric for the draft's language and brand. */
function useBenchContext(script: Script, library: StudioLibrary | null) {
  const [context, setContext] = useState<BenchContext | null>(null);
  const [failed, setFailed] = useState(false);
  const { language, brand } = script;
  useEffect(() => {
    if (!library) return undefined;
    let live = true;
    loadBenchContext({ language, brand }, library).then(
      (loaded) => live && setContext(loaded),
      () => live && setFailed(true),
    );
    return () => {
      live = false;
    };
  }, [language, brand, library]);
  return { context, failed };
}

/**
 * The studio's test bench: play the draft from any step with Répéter's engine, see the last run
 * replayed after each edit, keep runs as regression cases.
 */
export function TestBenchPanel({
  draftId,
  script,
  findings,
  library,
  selectedStepId,
}: TestBenchPanelProps) {
  const { t } = useAuthoringTranslation();
  const agentName = useProfileStore((state) => selectActiveProfile(state)?.displayName ?? '');
  const { context, failed } = useBenchContext(script, library);
  const bench = useTestBench(script, context);
  const errors = useMemo(() => (findings ?? []).filter((f) => f.severity === 'error'), [findings]);
  const brokenSteps = useMemo(
    () => new Set(errors.flatMap((f) => (f.stepId ? [f.stepId] : []))),
    [errors],
  );
  const dropped = useMemo(() => testableScript(script, '').droppedBranches.length, [script]);
  const personas = library ? personasFor(library, script) : [];
  const playingStep = bench.live ? bench.live.run.preset.stepId : null;
  return (
    <section className="test-bench" aria-labelledby="test-bench-title">
      <h2 id="test-bench-title">{t('testBench.title')}</h2>
      <p>{t('testBench.intro')}</p>
      {errors.length > 0 && <p>{t('testBench.findings', { count: errors.length })}</p>}
      {dropped > 0 && <p>{t('testBench.mended', { count: dropped })}</p>}
      {failed && <p role="alert">{t('testBench.loadFailed')}</p>}
      {!library && <p role="status">{t('testBench.noLibrary')}</p>}
      {library && !context && !failed && <p role="status">{t('testBench.loading')}</p>}
      {bench.error && <BenchErrorMessage error={bench.error} script={script} />}
      <BenchErrorBoundary
        key={bench.live ? `${bench.live.run.preset.stepId}:${bench.live.run.seed}` : 'setup'}
        script={script}
        stepId={playingStep}
      >
        {context && !bench.live && (
          <BenchSetup
            script={script}
            selectedStepId={selectedStepId}
            brokenSteps={brokenSteps}
            personas={personas}
            onStart={bench.start}
          />
        )}
        {bench.live && (
          <>
            <button type="button" className="button button--quiet" onClick={bench.reset}>
              {t('testBench.restart')}
            </button>
            <BenchCall
              live={bench.live}
              script={script}
              agentName={agentName}
              scored={context?.rubric !== null}
              onSay={bench.say}
            />
          </>
        )}
        {bench.live && bench.replay && (
          <BenchReplay report={bench.replay} live={bench.live} script={script} />
        )}
      </BenchErrorBoundary>
      <RegressionCases draftId={draftId} script={script} live={bench.live} />
    </section>
  );
}
