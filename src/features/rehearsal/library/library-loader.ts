import { libraryIndex } from 'virtual:coulisses-library';
import type { BrandGuide } from '@/domain/script/brand-guide-schema';
import type { LocalizedText } from '@/domain/script/finding.types';
import type { GatedLibraryDocument } from '@/domain/script/library-document';
import type { DocumentKind } from '@/domain/script/migrations';
import type { Persona } from '@/domain/script/persona-schema';
import type { Script } from '@/domain/script/script-schema';
import type { Rubric } from '@/domain/scoring/rubric-schema';

/** A library document the gate refused: shown to the agent, never half-loaded. */
export interface LibraryProblem {
  file: string;
  /** JSON path of the first finding (`$` for the whole file). */
  path: string;
  message: LocalizedText;
  fix: LocalizedText;
}

/** A script the gate read but the validator refused: listed with the reason, never played. */
export interface UnavailableScript {
  script: Script;
  problem: LibraryProblem;
}

export interface Library {
  scripts: Script[];
  unavailable: UnavailableScript[];
  personas: ReadonlyMap<string, Persona>;
  brands: ReadonlyMap<string, BrandGuide>;
  rubrics: ReadonlyMap<string, Rubric>;
  problems: LibraryProblem[];
}

/** One library file: kind and id are known without loading it (null when the gate refused it). */
export interface LibraryEntry {
  file: string;
  kind: DocumentKind | null;
  id: string | null;
  /** A script's or persona's language, when the gate accepted it. */
  language?: string;
  /** A script's brand guide id. */
  brand?: string;
  /** A persona's name, listed by the setup page without loading the persona. */
  name?: string;
  /** The gate read the file but the validator refused it: listed as a problem, never played. */
  unavailable?: boolean;
  load: () => Promise<{ default: GatedLibraryDocument }>;
}

/** Loads the chosen library documents (all by default) as the gate left them at build time. */
export async function loadLibrary(
  entries: readonly LibraryEntry[] = libraryIndex,
  wanted: (entry: LibraryEntry) => boolean = () => true,
): Promise<Library> {
  const scripts: Script[] = [];
  const personas = new Map<string, Persona>();
  const brands = new Map<string, BrandGuide>();
  const rubrics = new Map<string, Rubric>();
  const problems: LibraryProblem[] = [];
  const unavailable: UnavailableScript[] = [];
  const chosen = entries.filter(wanted).sort((a, b) => a.file.localeCompare(b.file));
  const loaded = await Promise.all(chosen.map(async (entry) => (await entry.load()).default));
  chosen.forEach(({ file }, index) => {
    const gated = loaded[index];
    if (!gated) return;
    if (!gated.ok) {
      problems.push({ file, path: gated.path, message: gated.message, fix: gated.fix });
    } else if (gated.unavailable) {
      const problem = { file, ...gated.unavailable };
      if (gated.kind === 'script') unavailable.push({ script: gated.document, problem });
      else problems.push(problem);
    } else if (gated.kind === 'script') scripts.push(gated.document);
    else if (gated.kind === 'persona') personas.set(gated.document.id, gated.document);
    else if (gated.kind === 'brand-guide') brands.set(gated.document.id, gated.document);
    else rubrics.set(gated.document.id, gated.document);
  });
  return { scripts, unavailable, personas, brands, rubrics, problems };
}

/** The documents one call needs: its script, persona and brand, and the rubrics. */
export interface SessionDocuments {
  scriptId: string;
  personaId: string;
  brandId: string | null;
}

/** Chooses a call's documents in the index, so a resumed call loads a handful, not the library. */
export function isSessionDocument(needs: SessionDocuments) {
  return ({ kind, id }: LibraryEntry) =>
    kind === 'rubric' ||
    (kind === 'script' && id === needs.scriptId) ||
    (kind === 'persona' && id === needs.personaId) ||
    (kind === 'brand-guide' && id === needs.brandId);
}

/**
 * The documents the setup page of one shipped script shows: the script, its brand and the
 * rubrics — not the other scripts, nor the personas, whose names the index lists
 * (`personaEntriesFor`) and of which only the one picked up is loaded. Null for a script the
 * index does not know (published in Atelier): that page needs the whole library.
 */
export function setupDocuments(entries: readonly LibraryEntry[], scriptId: string) {
  const script = entries.find((entry) => entry.kind === 'script' && entry.id === scriptId);
  if (!script) return null;
  return (entry: LibraryEntry) =>
    entry === script ||
    entry.kind === 'rubric' ||
    (entry.kind === 'brand-guide' && entry.id === script.brand);
}

/** The index's personas that can play a script, in `personasFor`'s order, none loaded. */
export function personaEntriesFor(entries: readonly LibraryEntry[], script: Script) {
  const sameLanguage = entries.filter(
    (entry) => entry.kind === 'persona' && entry.language === script.language && !entry.unavailable,
  );
  const suggested = script.suggestedPersonas
    .map((id) => sameLanguage.find((entry) => entry.id === id))
    .filter((entry): entry is LibraryEntry => entry !== undefined);
  const others = sameLanguage.filter((entry) => !suggested.includes(entry));
  return [...suggested, ...others];
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
