import { readFindingPath } from '@/domain/script/edit/finding-path';
import type { Finding } from '@/domain/script/finding.types';
import { useDocumentPlace } from '../cast/document-place';
import { useAuthoringTranslation } from '../use-authoring-translation';
import { useFindingPlace } from '../use-finding-place';

/** What a refused file is, as far as it can be read: its kind and its steps' ids and titles. */
export interface FileShape {
  kind: string | null;
  steps: { id: string; title: string }[];
}

const text = (value: unknown) => (typeof value === 'string' ? value : '');

/**
 * Reads what the places of a refused file's findings need, from text the gate refused: any JSON
 * the plain parser takes (a file refused for a duplicate key or a wrong field still names its
 * kind and its steps); nothing from text that is not JSON, whose findings point at the whole file.
 */
export function readFileShape(body: string): FileShape {
  let data: unknown;
  try {
    data = JSON.parse(body.charCodeAt(0) === 0xfeff ? body.slice(1) : body);
  } catch {
    return { kind: null, steps: [] };
  }
  if (typeof data !== 'object' || data === null) return { kind: null, steps: [] };
  const { kind, steps } = data as { kind?: unknown; steps?: unknown };
  return {
    kind: typeof kind === 'string' ? kind : null,
    steps: Array.isArray(steps)
      ? steps.map((step: unknown) => {
          const { id, title } = (typeof step === 'object' && step !== null ? step : {}) as {
            id?: unknown;
            title?: unknown;
          };
          return { id: text(id), title: text(title) };
        })
      : [],
  };
}

/**
 * Says where a finding of an imported file is, in the words the studio uses for that kind of
 * document: a script's steps by title, a brand guide's or persona's fields by their form labels.
 * A file of no known kind has only its whole, its kind and its format version to point at.
 */
export function useFilePlace(shape: FileShape): (finding: Finding) => string {
  const { t } = useAuthoringTranslation();
  const scriptPlace = useFindingPlace(shape.steps);
  const brandPlace = useDocumentPlace('brand-guide');
  const personaPlace = useDocumentPlace('persona');
  return (finding) => {
    const { stepIndex, parts } = readFindingPath(finding.path);
    const [first] = parts;
    if (!first && stepIndex === undefined) return t('wordsWalk.whole.file');
    if (parts.length === 1 && (first?.key === 'kind' || first?.key === 'schemaVersion'))
      return t(`wordsWalk.fileKeys.${first.key}`);
    if (shape.kind === 'brand-guide') return brandPlace(finding);
    if (shape.kind === 'persona') return personaPlace(finding);
    return scriptPlace(finding);
  };
}
