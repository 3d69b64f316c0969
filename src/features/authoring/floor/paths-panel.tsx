import { useDeferredValue, useMemo, useState } from 'react';
import { outcomeCoverage, type OutcomeCoverage } from '@/domain/floor/outcome-coverage';
import type { OutcomePath } from '@/domain/script/script-paths';
import type { Script } from '@/domain/script/script-schema';
import { useEditorStore } from '../editor/editor-store';
import type { StudioLibrary } from '../library/library-documents';
import { useAuthoringTranslation } from '../use-authoring-translation';
import { runPath, type PathRun } from './run-path';
import { useScoreFormat } from './use-score-format';

/**
 * The listing reads only a script's steps and variables (the step table and the stepper), and
 * edits keep both arrays as they were when they touch neither: typing the title or the summary,
 * or dragging a node on the map, finds the listing here instead of exploring the graph again.
 */
const coverageBySteps = new WeakMap<
  Script['steps'],
  { variables: Script['variables']; coverage: OutcomeCoverage }
>();

function coverageOf(script: Script): OutcomeCoverage {
  const cached = coverageBySteps.get(script.steps);
  if (cached && cached.variables === script.variables) return cached.coverage;
  const coverage = outcomeCoverage(script);
  coverageBySteps.set(script.steps, { variables: script.variables, coverage });
  return coverage;
}

type RunState =
  { status: 'playing' } | { status: 'done'; run: PathRun } | { status: 'failed'; message: string };

/**
 * The paths from the start to each outcome (the bounded listing of `scripts:check --paths`),
 * the outcomes no path reaches, the steps no stored session reached, and « Jouer ce chemin ».
 */
export function PathsPanel({
  script,
  library,
  unreached,
  sessions,
}: {
  script: Script;
  library: StudioLibrary | null;
  /** Steps no stored session reached; null while the sessions are read. */
  unreached: readonly string[] | null;
  sessions: number;
}) {
  const { t } = useAuthoringTranslation();
  // Typing a title does not wait for the listing: it follows the latest draft when idle.
  const deferred = useDeferredValue(script);
  const coverage = useMemo(() => coverageOf(deferred), [deferred]);
  const titles = useMemo(() => new Map(script.steps.map((s) => [s.id, s.title])), [script]);
  const title = (id: string) => titles.get(id) ?? id;
  const select = useEditorStore((state) => state.select);
  const openStep = (stepId: string) => select({ type: 'step', stepId });
  return (
    <section className="floor-panel" aria-labelledby="floor-paths-title">
      <h2 id="floor-paths-title">{t('floor.paths.title')}</h2>
      <p>
        {coverage.complete
          ? t('floor.paths.summary', {
              count: coverage.paths.length,
              transitions: t('walk.transitions', { count: coverage.transitions }),
            })
          : t('floor.paths.bounded', { transitions: coverage.transitions })}
      </p>
      <ol className="floor-paths" aria-label={t('floor.paths.listLabel')}>
        {coverage.paths.map((path) => (
          <PathItem
            key={path.outcomeId}
            script={script}
            path={path}
            library={library}
            title={title}
          />
        ))}
      </ol>
      <h3>
        {t(coverage.complete ? 'floor.paths.unreachableTitle' : 'floor.paths.unreachedWithinLimit')}
      </h3>
      {coverage.missing.length === 0 ? (
        <p>{t('floor.paths.allReachable')}</p>
      ) : (
        <StepButtons ids={coverage.missing} title={title} onOpen={openStep} />
      )}
      <h3>{t('floor.paths.coverageTitle')}</h3>
      {unreached === null ? null : sessions === 0 ? (
        <p>{t('floor.paths.coverageNone')}</p>
      ) : unreached.length === 0 ? (
        <p>{t('floor.paths.coverageAll')}</p>
      ) : (
        <>
          <p>{t('floor.paths.coverageCount', { count: unreached.length, sessions })}</p>
          <StepButtons ids={unreached} title={title} onOpen={openStep} />
        </>
      )}
    </section>
  );
}

function StepButtons({
  ids,
  title,
  onOpen,
}: {
  ids: readonly string[];
  title: (id: string) => string;
  onOpen: (id: string) => void;
}) {
  const { t } = useAuthoringTranslation();
  return (
    <ul className="floor-steps">
      {ids.map((id) => (
        <li key={id}>
          <button
            type="button"
            className="button button--quiet"
            aria-label={t('floor.paths.openStep', { title: title(id) })}
            onClick={() => onOpen(id)}
          >
            {title(id)} <code>{id}</code>
          </button>
        </li>
      ))}
    </ul>
  );
}

function PathItem({
  script,
  path,
  library,
  title,
}: {
  script: Script;
  path: OutcomePath;
  library: StudioLibrary | null;
  title: (id: string) => string;
}) {
  const { t } = useAuthoringTranslation();
  const score = useScoreFormat();
  const [state, setState] = useState<RunState | null>(null);
  const outcomeTitle = title(path.outcomeId);
  const headingId = `floor-path-${path.outcomeId}`;
  const play = async () => {
    if (!library) return;
    setState({ status: 'playing' });
    try {
      const run = await runPath(script, path, library);
      setState(
        run ? { status: 'done', run } : { status: 'failed', message: t('floor.paths.noPersona') },
      );
    } catch (error) {
      // An engine error is shown where the trainer pressed, never a blank panel.
      const message = error instanceof Error ? error.message : String(error);
      setState({ status: 'failed', message: t('floor.paths.playFailed', { message }) });
    }
  };
  return (
    <li className="floor-path" aria-labelledby={headingId}>
      <h3 id={headingId}>
        {t('floor.paths.pathTitle', {
          title: outcomeTitle,
          code: path.code,
          status: t(path.success ? 'floor.paths.success' : 'floor.paths.failure'),
          turns: t('walk.turns', { count: path.events.length }),
        })}
      </h3>
      <ol
        className="floor-path-steps"
        aria-label={t('floor.paths.stepsLabel', { title: outcomeTitle })}
      >
        {path.stepIds.map((id, index) => (
          <li key={`${id}-${index}`}>{title(id)}</li>
        ))}
      </ol>
      <button
        type="button"
        className="button"
        aria-label={t('floor.paths.playNamed', { title: outcomeTitle })}
        disabled={!library || state?.status === 'playing'}
        onClick={() => void play()}
      >
        {t('floor.paths.play')}
      </button>
      <div role="status">
        {state?.status === 'playing' && <p>{t('floor.paths.playing')}</p>}
        {state?.status === 'failed' && <p className="floor-error">{state.message}</p>}
        {state?.status === 'done' && <RunReport run={state.run} title={title} format={score} />}
      </div>
    </li>
  );
}

function RunReport({
  run,
  title,
  format,
}: {
  run: PathRun;
  title: (id: string) => string;
  format: (value: number) => string;
}) {
  const { t } = useAuthoringTranslation();
  const { played, card, personaName, seed } = run;
  const outcome = played.session.outcome;
  const values = {
    persona: personaName,
    seed,
    outcome: outcome?.code ?? t('floor.paths.noOutcome'),
    status: t(outcome?.success ? 'floor.paths.success' : 'floor.paths.failure'),
  };
  return (
    <>
      <p>
        {card
          ? t('floor.paths.result', { ...values, score: format(card.overall.outOf20) })
          : t('floor.paths.resultNoScore', values)}{' '}
        {played.leftAfter === null
          ? t('floor.paths.followed')
          : t('floor.paths.leftAfter', { step: title(played.leftAfter) })}
      </p>
      <details>
        <summary>{t('floor.paths.linesLabel')}</summary>
        <ol>
          {played.lines.map((line, index) => (
            <li key={`${line.stepId}-${index}`}>
              <strong>{title(line.stepId)}</strong> — {line.text}
            </li>
          ))}
        </ol>
      </details>
    </>
  );
}
