import './zod-without-eval';
import { gateDocument } from '@/domain/script/document-gate';
import type { LocalizedText } from '@/domain/script/finding.types';
import type { BrandGuide } from '@/domain/script/brand-guide-schema';
import type { Persona } from '@/domain/script/persona-schema';
import type { Script } from '@/domain/script/script-schema';
import type { Rubric } from '@/domain/scoring/rubric-schema';

/** A library document the gate refused: shown to the agent, never half-loaded. */
export interface LibraryProblem {
  file: string;
  message: LocalizedText;
}

export interface Library {
  scripts: Script[];
  personas: ReadonlyMap<string, Persona>;
  brands: ReadonlyMap<string, BrandGuide>;
  rubrics: ReadonlyMap<string, Rubric>;
  problems: LibraryProblem[];
}

type RawFiles = Record<string, () => Promise<string>>;

// Lazy globs: each document is its own chunk, fetched only when the rehearsal area opens.
const LIBRARY_FILES: RawFiles = import.meta.glob(
  '/scripts-library/{scripts,personas,brands,rubrics}/*.json',
  {
    query: '?raw',
    import: 'default',
  },
) as RawFiles;

/** Reads every library document through the document gate; bad files become problems. */
export async function loadLibrary(files: RawFiles = LIBRARY_FILES): Promise<Library> {
  const scripts: Script[] = [];
  const personas = new Map<string, Persona>();
  const brands = new Map<string, BrandGuide>();
  const rubrics = new Map<string, Rubric>();
  const problems: LibraryProblem[] = [];
  const entries = await Promise.all(
    Object.entries(files).map(async ([file, read]) => [file, await read()] as const),
  );
  for (const [file, text] of entries.sort(([a], [b]) => a.localeCompare(b))) {
    const name = file.replace(/^\/scripts-library\//u, '');
    const gated = gateDocument(text);
    if (!gated.ok) {
      const first = gated.findings[0];
      problems.push({
        file: name,
        message: first?.message ?? { fr: 'Document invalide.', en: 'Invalid document.' },
      });
      continue;
    }
    const { value } = gated;
    if (value.kind === 'script') scripts.push(value.document);
    else if (value.kind === 'persona') personas.set(value.document.id, value.document);
    else if (value.kind === 'brand-guide') brands.set(value.document.id, value.document);
    else rubrics.set(value.document.id, value.document);
  }
  return { scripts, personas, brands, rubrics, problems };
}

/** The personas that can play a script: its suggestions first, then any other in its language. */
export function personasFor(library: Library, script: Script): Persona[] {
  const sameLanguage = [...library.personas.values()].filter(
    (persona) => persona.language === script.language,
  );
  const suggested = script.suggestedPersonas
    .map((id) => library.personas.get(id))
    .filter((persona): persona is Persona => persona?.language === script.language);
  const others = sameLanguage.filter((persona) => !suggested.includes(persona));
  return [...suggested, ...others];
}
