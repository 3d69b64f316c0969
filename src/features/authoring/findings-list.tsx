import type { Finding } from '@/domain/script/finding.types';
import { useAuthoringTranslation } from './use-authoring-translation';

interface FindingsListProps {
  findings: readonly Finding[];
  /** When given, each finding is a button that selects its place in the editor. */
  onSelect?: (finding: Finding) => void;
  label: string;
}

/** Every finding with its severity, place, message and fix, in the interface language. */
export function FindingsList({ findings, onSelect, label }: FindingsListProps) {
  const { t, i18n } = useAuthoringTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'fr';
  return (
    <ul className="findings" aria-label={label}>
      {findings.map((finding, index) => {
        const text = (
          <>
            <span className={`finding-severity finding-severity--${finding.severity}`}>
              {t(`findings.${finding.severity}`)}
            </span>{' '}
            <code>{finding.path}</code>
            {finding.stepId && <> · {t('findings.step', { id: finding.stepId })}</>} —{' '}
            {finding.message[lang]} <em>{t('findings.fix', { fix: finding.fix[lang] })}</em>
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
