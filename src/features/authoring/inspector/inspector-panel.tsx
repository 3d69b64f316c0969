import { useEffect, useRef } from 'react';
import type { Script } from '@/domain/script/script-schema';
import type { Selection } from '../editor/editor-store';
import type { StudioLibrary } from '../library/library-documents';
import { useAuthoringTranslation } from '../use-authoring-translation';
import { useShownTitle } from '../use-shown-title';
import { CustomerFields } from './customer-fields';
import { DeleteStep } from './delete-step';
import { AgentFields, DecisionFields, OutcomeFields } from './kind-fields';
import { MetaFields } from './meta-fields';
import { StepCommonFields } from './step-common-fields';

interface InspectorPanelProps {
  script: Script;
  selection: Selection;
  library: StudioLibrary | null;
}

/** The form of what is selected: a step (by kind) or the script's meta. */
export function InspectorPanel({ script, selection, library }: InspectorPanelProps) {
  const { t } = useAuthoringTranslation();
  const shownTitle = useShownTitle();
  const panel = useRef<HTMLElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const step =
    selection.type === 'step' ? script.steps.find((s) => s.id === selection.stepId) : undefined;
  // A finding chosen in the problems panel names a field: take the user there.
  useEffect(() => {
    if (!selection.field) return;
    const target = panel.current?.querySelector<HTMLElement>(
      `[data-field="${CSS.escape(selection.field)}"] :is(input, textarea, select)`,
    );
    target?.focus();
  }, [selection]);
  return (
    <section ref={panel} className="inspector" aria-labelledby="inspector-title">
      <h2 id="inspector-title" ref={heading} tabIndex={-1}>
        {step
          ? t('inspector.stepTitle', { title: shownTitle(step.title, step.id) })
          : t('inspector.metaTitle')}
      </h2>
      {step ? (
        // A group, not a form: the step's rename is a form of its own, and forms do not nest.
        <div
          key={step.id}
          role="group"
          className="inspector-form"
          aria-labelledby="inspector-title"
        >
          <StepCommonFields script={script} step={step} />
          {step.kind === 'agent' && <AgentFields script={script} step={step} />}
          {step.kind === 'customer' && <CustomerFields script={script} step={step} />}
          {step.kind === 'decision' && <DecisionFields script={script} step={step} />}
          {step.kind === 'outcome' && <OutcomeFields step={step} />}
          <DeleteStep script={script} stepId={step.id} onDeleted={() => heading.current?.focus()} />
        </div>
      ) : (
        <div role="group" className="inspector-form" aria-labelledby="inspector-title">
          <MetaFields script={script} library={library} />
        </div>
      )}
    </section>
  );
}
