import type { Finding } from '@/domain/script/finding.types';
import fr from './locales/fr.json';
import { useAuthoringTranslation } from './use-authoring-translation';

interface FindingsListProps {
  findings: readonly Finding[];
  /** When given, each finding is a button that selects its place in the editor. */
  onSelect?: (finding: Finding) => void;
  label: string;
  /**
   * The findings of a form the trainer fills in (editor, brand and persona forms): a rule whose
   * fix speaks of JSON keys (`"otherwise"`, `"start": true`) says it with the form's own labels.
   * Off for an imported file, where the trainer holds the JSON the fix speaks of.
   */
  inForms?: boolean;
  /**
   * Says a finding's place in the trainer's words (the script editor); without it the place is
   * the JSON path, for a file the trainer holds.
   */
  placeOf?: (finding: Finding) => string;
}

/** Every finding with its severity, place, message and fix, in the interface language. */
export function FindingsList({
  findings,
  onSelect,
  label,
  inForms = false,
  placeOf,
}: FindingsListProps) {
  const { t, i18n } = useAuthoringTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'fr';
  return (
    <ul className="findings" aria-label={label}>
      {findings.map((finding, index) => {
        const fix =
          inForms && finding.ruleId in fr.walk.fix
            ? t(`walk.fix.${finding.ruleId as keyof typeof fr.walk.fix}`)
            : finding.fix[lang];
        const text = (
          <>
            <span className={`finding-severity finding-severity--${finding.severity}`}>
              {t(`findings.${finding.severity}`)}
            </span>{' '}
            {placeOf ? (
              // The place names the step already.
              <span className="finding-place">{placeOf(finding)}</span>
            ) : (
              <>
                <code>{finding.path}</code>
                {finding.stepId && <> · {t('findings.step', { id: finding.stepId })}</>}
              </>
            )}{' '}
            — {finding.message[lang]} <em>{t('findings.fix', { fix })}</em>
          </>
        );
        return (
          <li key={`${finding.path}-${finding.ruleId}-${index}`}>
            {onSelect ? (
              <button type="button" className="finding-button" onClick={() => onSelect(finding)}>
                {text}
              </button>
            ) : (
              text
            )}
          </li>
        );
      })}
    </ul>
  );
}
