import { useState } from 'react';
import { addStep, type StepKind } from '@/domain/script/edit/step-edits';
import type { Script } from '@/domain/script/script-schema';
import { downloadText } from '@/ui/download-text';
import { HistoryButtons } from '../history/history-buttons';
import { toMermaid } from '../interchange/to-mermaid';
import { toXStateJson } from '../interchange/to-xstate';
import { exportScript } from '../shelf/draft-factory';
import { useAuthoringTranslation } from '../use-authoring-translation';
import { useEditorStore } from './editor-store';
import type { SaveState } from './use-autosave';
import { redoEdit, undoEdit, useHistoryState } from './use-undo-keys';

const KINDS: readonly StepKind[] = ['agent', 'customer', 'decision', 'outcome'];

interface EditorToolbarProps {
  script: Script;
  saveState: SaveState;
  onRetrySave: () => void;
}

/** Undo/redo, add a step, export, and the autosave state. */
export function EditorToolbar({ script, saveState, onRetrySave }: EditorToolbarProps) {
  const { t } = useAuthoringTranslation();
  const edit = useEditorStore((state) => state.edit);
  const select = useEditorStore((state) => state.select);
  const { canUndo, canRedo } = useHistoryState();
  const [kind, setKind] = useState<StepKind>('agent');
  const hasStart = script.steps.some((step) => step.start);
  const add = () => {
    let created = '';
    edit((s) => {
      const result = addStep(s, kind, t(`newStep.${kind}`));
      created = result.stepId;
      return result.script;
    });
    if (created) select({ type: 'step', stepId: created });
  };
  return (
    <div className="studio-toolbar" role="toolbar" aria-label={t('toolbar.label')}>
      <HistoryButtons canUndo={canUndo} canRedo={canRedo} onUndo={undoEdit} onRedo={redoEdit} />
      <label htmlFor="new-step-kind">{t('toolbar.kind')}</label>
      <select id="new-step-kind" value={kind} onChange={(e) => setKind(e.target.value as StepKind)}>
        {KINDS.map((k) => (
          <option key={k} value={k}>
            {t(`kinds.${k}`)}
          </option>
        ))}
      </select>
      <button type="button" className="button" onClick={add}>
        {t('toolbar.addStep')}
      </button>
      <button
        type="button"
        className="button button--quiet"
        onClick={() => select({ type: 'meta' })}
      >
        {t('toolbar.meta')}
      </button>
      <button type="button" className="button button--quiet" onClick={() => exportScript(script)}>
        {t('toolbar.export')}
      </button>
      <button
        type="button"
        className="button button--quiet"
        onClick={() => downloadText(`${script.id}.mmd`, toMermaid(script), 'text/plain')}
      >
        {t('toolbar.exportMermaid')}
      </button>
      <button
        type="button"
        className="button button--quiet"
        disabled={!hasStart}
        title={hasStart ? undefined : t('interchange.xstateNoStart')}
        onClick={() => downloadText(`${script.id}.xstate.json`, toXStateJson(script))}
      >
        {t('interchange.xstate')}
      </button>
      <p className={`save-state save-state--${saveState}`} role="status">
        {t(`save.${saveState}`)}
        {saveState === 'error' && (
          <button type="button" className="button button--quiet" onClick={onRetrySave}>
            {t('save.retry')}
          </button>
        )}
      </p>
    </div>
  );
}
