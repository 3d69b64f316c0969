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
   * message or fix speaks of JSON keys (`"otherwise"`, `"start": true`) says it with the form's
   * own labels. Off for an imported file, where the trainer holds the JSON they speak of.
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
  // A key that stays with its finding when one listed before it goes away (a list field tidied
  // as it loses focus to the next finding's button): a key by position would hand that button
  // to another finding under the trainer's pointer, and the click would be lost.
  const seen = new Map<string, number>();
  const keyOf = (finding: Finding) => {
    const base = `${finding.path}-${finding.ruleId}`;
    const count = seen.get(base) ?? 0;
    seen.set(base, count + 1);
    return `${base}-${count}`;
  };
  return (
    <ul className="findings" aria-label={label}>
      {findings.map((finding) => {
        const fix =
          inForms && finding.ruleId in fr.wordsWalk.fix
            ? t(`wordsWalk.fix.${finding.ruleId as keyof typeof fr.wordsWalk.fix}`)
            : inForms && finding.ruleId in fr.walk.fix
              ? t(`walk.fix.${finding.ruleId as keyof typeof fr.walk.fix}`)
              : finding.fix[lang];
        const message =
          inForms && finding.ruleId in fr.wordsWalk.message
            ? t(`wordsWalk.message.${finding.ruleId as keyof typeof fr.wordsWalk.message}`)
            : finding.message[lang];
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
            — {message} <em>{t('findings.fix', { fix })}</em>
          </>
        );
        return (
          <li key={keyOf(finding)}>
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
