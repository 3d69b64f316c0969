import { useAuthoringTranslation } from './use-authoring-translation';

/**
 * A script's title (or a brand's or persona's name) as the studio shows it. A trainer may empty
 * the field; the shelf's link to the draft would then have no text (nothing to click, the draft
 * lost) and the editor's heading none either, so an empty one reads « Sans titre (its id) ».
 */
export function useShownTitle() {
  const { t } = useAuthoringTranslation();
  return (title: string, id: string) => title.trim() || t('walk.untitled', { id });
}
