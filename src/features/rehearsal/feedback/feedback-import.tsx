import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useStorageStatusStore } from '@/stores/storage-status-store';
import type { FeedbackImportResult } from './use-feedback';

/** Picks a feedback file from the team lead; says what went in or why nothing did. */
export function FeedbackImport({
  importFile,
}: {
  importFile: (file: File) => Promise<FeedbackImportResult>;
}) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const language = i18n.language === 'en' ? 'en' : 'fr';
  const [result, setResult] = useState<{ name: string; result: FeedbackImportResult } | null>(null);
  const onFile = async (file: File | undefined) => {
    if (!file) return;
    try {
      setResult({ name: file.name, result: await importFile(file) });
    } catch (error) {
      useStorageStatusStore.getState().reportFailure(error, 'feedback.import');
    }
  };
  return (
    <div className="field">
      <label htmlFor={id}>{t('rehearsal.feedback.import')}</label>
      <input
        id={id}
        type="file"
        accept="application/json,.json"
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = '';
          void onFile(file);
        }}
      />
      <div aria-live="polite">
        {result?.result.outcome === 'imported' && (
          <p>
            {result.name} :{' '}
            {t('rehearsal.feedback.imported', {
              fresh: result.result.fresh,
              already: result.result.already,
            })}
          </p>
        )}
        {result?.result.outcome === 'conflict' && (
          <p className="form-error">
            {result.name} : {t('rehearsal.feedback.conflict')}
          </p>
        )}
        {result?.result.outcome === 'refused' && (
          <div className="form-error">
            <p>
              {result.name} : {t('rehearsal.feedback.refused')}
            </p>
            <ul>
              {result.result.problems.map((problem, index) => (
                <li key={index}>
                  <code>{problem.path}</code> — {problem.message[language]}{' '}
                  <em>{problem.fix[language]}</em>
                </li>
              ))}
            </ul>
          </div>
        )}
      </div>
    </div>
  );
}
