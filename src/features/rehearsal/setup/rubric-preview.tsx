import { useTranslation } from 'react-i18next';
import { CRITERIA } from '@/domain/scoring/criteria';
import type { Rubric, RubricRule } from '@/domain/scoring/rubric-schema';
import { formatSignedOn20 } from '../format';
import { DEAD_AIR_SECONDS } from '../stage/stage-timing';

interface RubricPreviewProps {
  rubric: Rubric | null;
  withPrompter: boolean;
  titleId: string;
}

/** The rubric in plain words before the call: no secret rules. */
export function RubricPreview({ rubric, withPrompter, titleId }: RubricPreviewProps) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'fr';
  const rules = rubric ? (Object.entries(rubric.rules) as [string, RubricRule][]) : [];
  return (
    <section aria-labelledby={titleId}>
      <h3 id={titleId}>{t('rehearsal.setup.rubricTitle')}</h3>
      <ul>
        {rubric ? (
          CRITERIA.map((criterion) => (
            <li key={criterion}>
              <strong>{rubric.criteria[criterion].label[lang]}</strong> :{' '}
              {rubric.criteria[criterion].description[lang]}
            </li>
          ))
        ) : (
          <>
            <li>{t('rehearsal.setup.rubric.tone')}</li>
            <li>{t('rehearsal.setup.rubric.recovery')}</li>
            <li>{t('rehearsal.setup.rubric.compliance')}</li>
            <li>{t('rehearsal.setup.rubric.adherence')}</li>
          </>
        )}
        {withPrompter && <li>{t('rehearsal.setup.rubric.prompter')}</li>}
        <li>{t('rehearsal.setup.rubric.silence', { seconds: DEAD_AIR_SECONDS })}</li>
      </ul>
      {rules.length > 0 && (
        <details>
          <summary>{t('rehearsal.debrief.rulesTitle')}</summary>
          <ul>
            {rules.map(([id, rule]) => (
              <li key={id}>
                {t('rehearsal.debrief.rule', {
                  label: rule.label[lang],
                  // On the debrief's one scale: what one occurrence moves its criterion, out of 20.
                  points: formatSignedOn20(rule.points, i18n.language),
                  description: rule.description[lang],
                })}
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
