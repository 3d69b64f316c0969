import { useMemo } from 'react';
import { useAuthoringTranslation } from '../use-authoring-translation';

/** Scores out of 20 as the interface's language writes them (« 14,5 » in French). */
export function useScoreFormat(): (value: number) => string {
  const { i18n } = useAuthoringTranslation();
  return useMemo(() => {
    const format = new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 1 });
    return (value: number) => format.format(value);
  }, [i18n.language]);
}
