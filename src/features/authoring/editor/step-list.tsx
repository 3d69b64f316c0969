import type { Script } from '@/domain/script/script-schema';
import { branchesOf } from '../graph/branches';
import { KIND_ICONS } from '../graph/step-kinds';
import { useTestBenchStore } from '../test-bench/test-bench-store';
import { useAuthoringTranslation } from '../use-authoring-translation';
import { useShownTitle } from '../use-shown-title';
import { useEditorStore } from './editor-store';

/** The same steps as the map, as a list a screen reader reads in order, each openable. */
export function StepList({
  script,
  selectedStepId,
}: {
  script: Script;
  selectedStepId: string | undefined;
}) {
  const { t } = useAuthoringTranslation();
  const select = useEditorStore((state) => state.select);
  const playing = useTestBenchStore((state) => state.playingStepId);
  const branches = branchesOf(script);
  const shownTitle = useShownTitle();
  const titles = new Map(script.steps.map((s) => [s.id, shownTitle(s.title, s.id)]));
  return (
    <ol className="step-list" aria-label={t('list.label')}>
      {script.steps.map((step) => (
        <li
          key={step.id}
          className={`step-list-item step-list-item--${step.kind}${step.id === playing ? ' step-list-item--playing' : ''}`}
        >
          <button
            type="button"
            className="finding-button"
            aria-current={step.id === selectedStepId ? 'true' : undefined}
            onClick={() => select({ type: 'step', stepId: step.id })}
          >
            <span aria-hidden="true">{KIND_ICONS[step.kind]}</span> {t(`kinds.${step.kind}`)} ·{' '}
            {titles.get(step.id)}
            {step.start && <> · {t('graph.start')}</>}
            {step.id === playing && <> · {t('testBench.playing')}</>}
          </button>
          <ul>
            {branches
              .filter((b) => b.from === step.id)
              .map((b) => (
                <li key={b.id}>
                  {t('list.leadsTo', { target: titles.get(b.to) ?? b.to })}
                  {b.label && ` (${b.label})`}
                </li>
              ))}
          </ul>
        </li>
      ))}
    </ol>
  );
}
