import { readFindingPath } from '@/domain/script/edit/finding-path';
import type { Finding } from '@/domain/script/finding.types';
import fr from './locales/fr.json';
import { useAuthoringTranslation } from './use-authoring-translation';

type KeyName = keyof typeof fr.versionsWalk.place.keys;

/**
 * Says where a finding of the script editor is, in the trainer's words rather than as a JSON
 * path: `$.steps[2].transitions[0].to` reads « Étape « Accueil » (accueil) › Embranchements (n° 1) ›
 * Mène à ». `steps` are the script's steps in order, as the paths count them.
 */
export function useFindingPlace(
  steps: readonly { id: string; title: string }[],
): (finding: Finding) => string {
  const { t } = useAuthoringTranslation();
  const stepWords = (title: string | undefined, id: string) =>
    title?.trim()
      ? t('versionsWalk.place.step', { title: title.trim(), id })
      : t('versionsWalk.place.stepUntitled', { id });
  const keyName = (key: string) =>
    key in fr.versionsWalk.place.keys ? t(`versionsWalk.place.keys.${key as KeyName}`) : key;
  return (finding) => {
    const { stepIndex, parts } = readFindingPath(finding.path);
    const words = parts.map(({ key, index }) =>
      index === undefined
        ? keyName(key)
        : t('versionsWalk.place.item', { label: keyName(key), n: index + 1 }),
    );
    let head: string;
    if (stepIndex !== undefined) {
      const step = steps[stepIndex];
      head = step
        ? stepWords(step.title, step.id)
        : t('versionsWalk.place.stepNumber', { n: stepIndex + 1 });
    } else if (parts[0]?.key === 'steps' && parts.length === 1) {
      // A rule about the steps as a whole (none is the start, none is an outcome).
      head = t('wordsWalk.allSteps');
      words.shift();
    } else if (finding.stepId && parts.length === 0) {
      const step = steps.find((s) => s.id === finding.stepId);
      head = stepWords(step?.title, finding.stepId);
    } else {
      head = parts.length === 0 ? t('versionsWalk.place.whole') : t('versionsWalk.place.meta');
    }
    return [head, ...words].join(' › ');
  };
}
