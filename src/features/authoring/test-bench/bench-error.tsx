import { Component, type ReactNode } from 'react';
import type { Script } from '@/domain/script/script-schema';
import { useAuthoringTranslation } from '../use-authoring-translation';
import type { BenchError } from './use-test-bench';

/** An engine error: the step the call was at and what went wrong, in words a trainer can act on. */
export function BenchErrorMessage({ error, script }: { error: BenchError; script: Script }) {
  const { t } = useAuthoringTranslation();
  const step = error.stepId ? script.steps.find((s) => s.id === error.stepId) : undefined;
  const reason = /unknown_step/u.test(error.message)
    ? t('testBench.error.unknownStep')
    : /not_playable/u.test(error.message)
      ? t('testBench.error.notPlayable')
      : t('testBench.error.detail', { message: error.message });
  return (
    <div role="alert" className="bench-error">
      <p>
        <strong>
          {error.stepId
            ? t('testBench.error.title', { step: step?.title ?? error.stepId })
            : t('testBench.error.noStep')}
        </strong>
      </p>
      <p>{reason}</p>
    </div>
  );
}

interface BoundaryProps {
  script: Script;
  stepId: string | null;
  children: ReactNode;
}

/** A render fault in the bench (a draft shaped in a way no view expected) stays in the panel. */
export class BenchErrorBoundary extends Component<BoundaryProps, { message: string | null }> {
  override state = { message: null as string | null };

  static getDerivedStateFromError(error: unknown) {
    return { message: error instanceof Error ? error.message : String(error) };
  }

  override render() {
    if (this.state.message === null) return this.props.children;
    return (
      <BenchErrorMessage
        script={this.props.script}
        error={{ stepId: this.props.stepId, message: this.state.message }}
      />
    );
  }
}
