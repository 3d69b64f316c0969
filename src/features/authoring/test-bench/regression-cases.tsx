import { useCallback, useEffect, useState } from 'react';
import type { Script } from '@/domain/script/script-schema';
import {
  createRegressionCaseRepository,
  type RegressionCaseRecord,
  type RegressionCaseRepository,
} from '@/storage/regression-case-repository';
import { appStorage } from '@/stores/app-storage-registry';
import { useAuthoringTranslation } from '../use-authoring-translation';
import { regressionCaseOf } from './bench-run';
import { useOutcomeLabel } from './bench-score';
import type { LiveRun } from './use-test-bench';

/** The regression cases table of the storage installed at start. */
export const regressionCaseRepository = (): RegressionCaseRepository =>
  createRegressionCaseRepository(appStorage().db);

/** A draft's saved cases, reloaded after each save or removal. */
function useCases(draftId: string) {
  const [cases, setCases] = useState<RegressionCaseRecord[]>([]);
  const reload = useCallback(
    () =>
      regressionCaseRepository()
        .listFor(draftId)
        .then(setCases, () => setCases([])),
    [draftId],
  );
  useEffect(() => {
    void reload();
  }, [reload]);
  return { cases, reload };
}

interface RegressionCasesProps {
  draftId: string;
  script: Script;
  /** The run to save; null before any test. */
  live: LiveRun | null;
}

/** Saves test runs as regression cases of the draft, and lists them (each can be removed). */
export function RegressionCases({ draftId, script, live }: RegressionCasesProps) {
  const { t } = useAuthoringTranslation();
  const outcomeLabel = useOutcomeLabel();
  const { cases, reload } = useCases(draftId);
  const [name, setName] = useState('');
  const [message, setMessage] = useState('');
  const titles = new Map(script.steps.map((step) => [step.id, step.title]));
  const startTitle = (stepId: string) => titles.get(stepId) ?? stepId;
  const save = async (run: LiveRun) => {
    const caseName =
      name.trim() || t('testBench.cases.defaultName', { step: startTitle(run.run.preset.stepId) });
    try {
      await regressionCaseRepository().save(
        regressionCaseOf(
          { id: crypto.randomUUID(), draftId, createdAt: new Date().toISOString(), name: caseName },
          run.playedOn,
          run.run,
          run.state,
          run.card,
        ),
      );
      setName('');
      setMessage(t('testBench.cases.saved', { name: caseName }));
      await reload();
    } catch {
      setMessage(t('testBench.cases.failed'));
    }
  };
  return (
    <section className="bench-cases" aria-labelledby="bench-cases-title">
      <h3 id="bench-cases-title">{t('testBench.cases.title')}</h3>
      {live && live.run.lines.length > 0 && (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            void save(live);
          }}
        >
          <div className="field">
            <label htmlFor="bench-case-name">{t('testBench.cases.name')}</label>
            <input id="bench-case-name" value={name} onChange={(e) => setName(e.target.value)} />
          </div>
          <button type="submit" className="button">
            {t('testBench.cases.save')}
          </button>
        </form>
      )}
      <p role="status">{message}</p>
      {cases.length === 0 ? (
        <p>{t('testBench.cases.none')}</p>
      ) : (
        <ul>
          {cases.map((record) => (
            <li key={record.id}>
              {t('testBench.cases.item', {
                name: record.name,
                step: startTitle(record.run.preset.stepId),
                outcome: outcomeLabel(record.expected.outcome),
                score:
                  record.expected.outOf20 === null
                    ? t('testBench.cases.noScore')
                    : `${record.expected.outOf20} / 20`,
              })}{' '}
              <button
                type="button"
                className="button button--quiet"
                aria-label={t('testBench.cases.remove', { name: record.name })}
                onClick={() => void regressionCaseRepository().remove(record.id).then(reload)}
              >
                ✕
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
