import { removeStep } from '@/domain/script/edit/step-edits';
import type { Script } from '@/domain/script/script-schema';
import { useEditorStore } from '../editor/editor-store';
import { branchesOf } from '../graph/branches';
import { useAuthoringTranslation } from '../use-authoring-translation';

interface DeleteStepProps {
  script: Script;
  stepId: string;
  /** Called once the step is gone, to put the keyboard focus somewhere that still exists. */
  onDeleted: () => void;
}

/**
 * Deletes the open step, as Delete does on the map: without it a trainer on the list view (the
 * keyboard and screen-reader way) could not delete a step at all. It says first which branches
 * go with it; the deletion is one step of the editor's history, so Ctrl+Z brings all back.
 */
export function DeleteStep({ script, stepId, onDeleted }: DeleteStepProps) {
  const { t } = useAuthoringTranslation();
  const edit = useEditorStore((state) => state.edit);
  const select = useEditorStore((state) => state.select);
  const incoming = branchesOf(script).filter((b) => b.to === stepId && b.from !== stepId).length;
  return (
    <div className="inspector-delete">
      <p id="delete-step-hint" className="field-hint">
        {t('walk.deleteStepHint', { count: incoming })}
      </p>
      <button
        type="button"
        className="button button--quiet"
        aria-describedby="delete-step-hint"
        onClick={() => {
          edit((s) => removeStep(s, stepId));
          select({ type: 'meta' });
          onDeleted();
        }}
      >
        {t('walk.deleteStep')}
      </button>
    </div>
  );
}
