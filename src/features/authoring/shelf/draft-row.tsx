import { useState } from 'react';
import { Link } from 'react-router';
import { setMeta } from '@/domain/script/edit/meta-edits';
import type { ScriptDraftRecord } from '@/storage/script-draft-repository';
import { editorPath } from '../authoring-paths';
import { useAuthoringTranslation } from '../use-authoring-translation';
import { useShownTitle } from '../use-shown-title';
import { exportScript } from './draft-factory';

interface DraftRowProps {
  draft: ScriptDraftRecord;
  valid: boolean;
  brandName: string;
  onRename: (draft: ScriptDraftRecord) => Promise<void>;
  onDuplicate: (draft: ScriptDraftRecord) => Promise<void>;
  onDelete: (draft: ScriptDraftRecord) => Promise<void>;
}

/** One draft on the shelf with its actions; deleting asks first. */
export function DraftRow({
  draft,
  valid,
  brandName,
  onRename,
  onDuplicate,
  onDelete,
}: DraftRowProps) {
  const { t, i18n } = useAuthoringTranslation();
  const [mode, setMode] = useState<'idle' | 'rename' | 'confirm-delete'>('idle');
  const [title, setTitle] = useState(draft.script.title);
  const { script } = draft;
  const shown = useShownTitle()(script.title, script.id);
  return (
    <li className="shelf-item">
      <h3>
        <Link to={editorPath(draft.id)}>{shown}</Link>
      </h3>
      <p className="shelf-meta">
        {brandName} · <code>{script.id}</code> ·{' '}
        {valid ? t('shelf.state.valid') : t('shelf.state.errors')} ·{' '}
        {t('shelf.updated', { date: new Date(draft.updatedAt).toLocaleString(i18n.language) })}
      </p>
      {mode === 'rename' && (
        <form
          className="inline-form"
          onSubmit={(event) => {
            event.preventDefault();
            if (!title.trim()) return;
            void onRename({ ...draft, script: setMeta(script, { title: title.trim() }) });
            setMode('idle');
          }}
        >
          <label htmlFor={`rename-${draft.id}`}>{t('shelf.newTitle')}</label>
          <input
            id={`rename-${draft.id}`}
            value={title}
            required
            onChange={(e) => setTitle(e.target.value)}
          />
          <button type="submit" className="button">
            {t('shelf.renameConfirm')}
          </button>
          <button type="button" className="button button--quiet" onClick={() => setMode('idle')}>
            {t('common.cancel')}
          </button>
        </form>
      )}
      {mode === 'confirm-delete' && (
        <div
          role="alertdialog"
          aria-label={t('shelf.deleteQuestion', { title: shown })}
          className="inline-form"
        >
          <p>{t('shelf.deleteQuestion', { title: shown })}</p>
          <button
            type="button"
            className="button button--danger"
            onClick={() => void onDelete(draft)}
          >
            {t('shelf.deleteConfirm')}
          </button>
          <button type="button" className="button button--quiet" onClick={() => setMode('idle')}>
            {t('common.cancel')}
          </button>
        </div>
      )}
      {mode === 'idle' && (
        <div
          className="button-row"
          role="group"
          aria-label={t('shelf.actionsFor', { title: shown })}
        >
          <button type="button" className="button button--quiet" onClick={() => setMode('rename')}>
            {t('shelf.rename')}
          </button>
          <button
            type="button"
            className="button button--quiet"
            onClick={() => void onDuplicate(draft)}
          >
            {t('shelf.duplicate')}
          </button>
          <button
            type="button"
            className="button button--quiet"
            onClick={() => exportScript(script)}
          >
            {t('shelf.export')}
          </button>
          <button
            type="button"
            className="button button--quiet"
            onClick={() => setMode('confirm-delete')}
          >
            {t('shelf.delete')}
          </button>
        </div>
      )}
    </li>
  );
}
