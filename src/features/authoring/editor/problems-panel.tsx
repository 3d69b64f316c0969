import type { Finding } from '@/domain/script/finding.types';
import { FindingsList } from '../findings-list';
import { useAuthoringTranslation } from '../use-authoring-translation';
import { useFindingPlace } from '../use-finding-place';
import { useEditorStore } from './editor-store';
import { selectionForFinding } from './finding-place';

/** Every finding of the live check; choosing one selects its step and field. */
export function ProblemsPanel({
  findings,
  stepIds,
}: {
  findings: Finding[] | null;
  stepIds: readonly string[];
}) {
  const { t } = useAuthoringTranslation();
  const select = useEditorStore((state) => state.select);
  const steps = useEditorStore((state) => state.script?.steps);
  const placeOf = useFindingPlace(steps ?? []);
  const errors = findings?.filter((f) => f.severity === 'error').length ?? 0;
  const warnings = (findings?.length ?? 0) - errors;
  return (
    <section className="problems" aria-labelledby="problems-title">
      <h2 id="problems-title">{t('problems.title')}</h2>
      <p role="status">
        {findings === null
          ? t('problems.checking')
          : t('walk.summary', {
              errors: t('walk.errors', { count: errors }),
              warnings: t('walk.warnings', { count: warnings }),
            })}
      </p>
      {findings && findings.length > 0 && (
        <FindingsList
          findings={findings}
          label={t('problems.title')}
          inForms
          placeOf={placeOf}
          onSelect={(finding) => select(selectionForFinding(finding, stepIds))}
        />
      )}
    </section>
  );
}
