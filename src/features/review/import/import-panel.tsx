import { useId, useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ImportReports } from './import-reports';
import { useImport } from './use-import';

/** Drop agents' files here or pick them: each is checked and imported whole, or refused whole. */
export function ImportPanel({ onImported }: { onImported: () => Promise<void> }) {
  const { t } = useTranslation('review');
  const inputId = useId();
  const { importFiles, progress, reports } = useImport(onImported);
  const [dragging, setDragging] = useState(false);
  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    void importFiles([...event.dataTransfer.files]);
  };
  return (
    <section aria-labelledby="import-title" className="review-section">
      <h2 id="import-title">{t('import.title')}</h2>
      <div
        className={dragging ? 'drop-zone drop-zone--active' : 'drop-zone'}
        onDragOver={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
        data-testid="drop-zone"
      >
        <p>{t('import.drop')}</p>
        <label htmlFor={inputId}>{t('import.pick')}</label>{' '}
        <input
          id={inputId}
          type="file"
          accept="application/json,.json"
          multiple
          disabled={progress !== null}
          onChange={(event) => {
            const files = [...(event.target.files ?? [])];
            event.target.value = '';
            void importFiles(files);
          }}
        />
      </div>
      {progress && (
        <p>
          <label>
            {t('import.progress', { done: Math.floor(progress.done), total: progress.total })}{' '}
            <progress max={progress.total} value={progress.done} />
          </label>
        </p>
      )}
      <ImportReports reports={reports} />
    </section>
  );
}
