import { useTranslation } from 'react-i18next';
import type { LectureChoice } from '@/domain/session/lecture-choices';
import { ChoiceList } from '@/ui/choice-list';

interface LecturePickerProps {
  choices: readonly LectureChoice[];
  language: string;
  onSay: (text: string) => void;
}

/** Read-through: three lines to choose from, by Tab and Enter, arrows, or the keys 1–3. */
export function LecturePicker({ choices, language, onSay }: LecturePickerProps) {
  const { t } = useTranslation();
  return (
    <ChoiceList
      choices={choices}
      language={language}
      onSay={onSay}
      idPrefix="choices"
      heading="h2"
      labels={{
        legend: t('rehearsal.stage.choicesLegend'),
        hint: t('rehearsal.stage.choicesHint'),
        key: (n) => t('rehearsal.stage.choiceKey', { n }),
      }}
      classes={{
        root: 'lecture-picker',
        heading: 'stage__subtitle',
        button: 'choice',
        key: 'choice__key',
      }}
    />
  );
}
