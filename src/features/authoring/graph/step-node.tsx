import { Handle, Position, type NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { useAuthoringTranslation } from '../use-authoring-translation';
import type { StepNode as StepNodeType } from './graph-model';
import { useTestBenchStore } from '../test-bench/test-bench-store';
import { KIND_ICONS } from './step-kinds';

/** A step on the map: shape and icon by kind, title, start and problem badges. */
function StepNodeView({ data }: NodeProps<StepNodeType>) {
  const { t } = useAuthoringTranslation();
  const { step, highlighted, problems } = data;
  const playing = useTestBenchStore((state) => state.playingStepId === step.id);
  const className = [
    'step-node',
    `step-node--${step.kind}`,
    highlighted ? 'step-node--highlighted' : '',
    playing ? 'step-node--playing' : '',
  ].join(' ');
  return (
    <div className={className}>
      <Handle type="target" position={Position.Top} />
      <span className="step-node-kind">
        <span aria-hidden="true">{KIND_ICONS[step.kind]}</span> {t(`kinds.${step.kind}`)}
        {step.start && <> · {t('graph.start')}</>}
      </span>
      <span className="step-node-title">{step.title}</span>
      {playing && <span className="step-node-problems">{t('testBench.playing')}</span>}
      {problems > 0 && (
        <span className="step-node-problems">{t('graph.problems', { count: problems })}</span>
      )}
      {step.kind !== 'outcome' && <Handle type="source" position={Position.Bottom} />}
    </div>
  );
}

export const StepNodeComponent = memo(StepNodeView);
