import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { scriptCoverage } from '@/domain/review/coverage';
import type { ImportedSession } from '@/domain/review/imported-session';
import type { Script } from '@/domain/script/script-schema';
import { libraryScripts } from '../library-scripts';

/** Each played script's steps and branches, with what this agent has never been through. */
export function CoverageSection({ sessions }: { sessions: ImportedSession[] }) {
  const { t } = useTranslation('review');
  const [scripts, setScripts] = useState<Map<string, Script> | null>(null);
  useEffect(() => {
    void libraryScripts().then(setScripts);
  }, []);
  const played = [...new Set(sessions.map((s) => s.script.id))];
  return (
    <section aria-labelledby="coverage-title" className="review-section">
      <h2 id="coverage-title">{t('coverage.title')}</h2>
      <p>{t('coverage.explain')}</p>
      {played.map((scriptId) => {
        const script = scripts?.get(scriptId);
        if (!script) return null;
        const steps = scriptCoverage(script, sessions);
        const missing = steps.filter((step) => step.visits === 0).length;
        return (
          <details key={scriptId} className="coverage">
            <summary>
              {script.title} — {t('coverage.summary', { missing, total: steps.length })}
            </summary>
            <ul>
              {steps.map((step) => (
                <li key={step.id} className={step.visits === 0 ? 'coverage-missing' : undefined}>
                  {step.title} ({t(`stepKinds.${step.kind}`)}) —{' '}
                  {step.visits === 0
                    ? t('coverage.never')
                    : t('coverage.visits', { count: step.visits })}
                  {step.branches.length > 0 && (
                    <ul>
                      {step.branches.map((branch, index) => (
                        <li
                          key={`${branch.to}-${index}`}
                          className={branch.taken === 0 ? 'coverage-missing' : undefined}
                        >
                          → {branch.label ?? branch.to} —{' '}
                          {branch.taken === 0
                            ? t('coverage.never')
                            : t('coverage.visits', { count: branch.taken })}
                        </li>
                      ))}
                    </ul>
                  )}
                </li>
              ))}
            </ul>
          </details>
        );
      })}
    </section>
  );
}
