import { useTranslation } from 'react-i18next';
import type { Rubric } from '@/domain/scoring/rubric-schema';
import type { ScoreFinding } from '@/domain/scoring/score-card.types';
import { formatSignedOn20 } from '../format';

interface FindingNotesProps {
  findings: readonly ScoreFinding[];
  rubric: Rubric | null;
  language: string;
}

/** The director's notes on one turn: what was said, why it costs, a better line. */
export function FindingNotes({ findings, rubric, language }: FindingNotesProps) {
  const { t, i18n } = useTranslation();
  const uiLanguage = i18n.language === 'en' ? 'en' : 'fr';
  return (
    <ul className="finding-notes">
      {findings.map((finding, index) => (
        <li
          key={`${finding.rule}-${index}`}
          className={finding.points < 0 ? 'finding finding--cost' : 'finding finding--bonus'}
        >
          <strong>
            {t('rehearsal.debrief.finding', {
              label: rubric?.rules[finding.rule]?.label[uiLanguage] ?? finding.rule,
              // Points move a criterion out of 100; shown on the app's one scale, out of 20.
              points: formatSignedOn20(finding.points, i18n.language),
            })}
          </strong>
          {finding.quote && (
            <p lang={language}>{t('rehearsal.debrief.quote', { quote: finding.quote })}</p>
          )}
          <p lang={language}>{t('rehearsal.debrief.why', { why: finding.why })}</p>
          {finding.better && (
            <p lang={language}>{t('rehearsal.debrief.better', { better: finding.better })}</p>
          )}
        </li>
      ))}
    </ul>
  );
}
