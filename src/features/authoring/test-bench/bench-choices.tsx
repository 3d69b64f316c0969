import type { LectureChoice } from '@/domain/session/lecture-choices';
import { ChoiceList } from '@/ui/choice-list';
import { useAuthoringTranslation } from '../use-authoring-translation';

interface BenchChoicesProps {
  choices: readonly LectureChoice[];
  language: string;
  onSay: (text: string) => void;
}

/** The Lecture choices of a test call, with the stage's keys: 1–3, or arrows then Enter. */
export function BenchChoices({ choices, language, onSay }: BenchChoicesProps) {
  const { t } = useAuthoringTranslation();
  return (
    <ChoiceList
      choices={choices}
      language={language}
      onSay={onSay}
      idPrefix="bench-choices"
      heading="h4"
      labels={{
        legend: t('testBench.choices'),
        hint: t('testBench.choicesHint'),
        key: (n) => t('testBench.choiceKey', { n }),
      }}
      classes={{ root: 'bench-choices', button: 'button', key: 'bench-choice__key' }}
    />
  );
}
