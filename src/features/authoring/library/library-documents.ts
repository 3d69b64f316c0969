import { libraryIndex } from 'virtual:coulisses-library';
import type { BrandGuide } from '@/domain/script/brand-guide-schema';
import type { Persona } from '@/domain/script/persona-schema';
import type { LibraryContext } from '@/domain/script/rules-content';
import type { Script } from '@/domain/script/script-schema';

/** The library as the studio needs it: scripts to start from, brands and personas to refer to. */
export interface StudioLibrary extends LibraryContext {
  scripts: Script[];
  brands: ReadonlyMap<string, BrandGuide>;
  personas: ReadonlyMap<string, Persona>;
}

let loading: Promise<StudioLibrary> | null = null;

/** Loads the library documents the build already gated (once; they ship with the app). */
export function loadStudioLibrary(): Promise<StudioLibrary> {
  loading ??= Promise.all(
    libraryIndex
      .filter(
        (entry) =>
          entry.kind === 'script' || entry.kind === 'brand-guide' || entry.kind === 'persona',
      )
      .map(async (entry) => (await entry.load()).default),
  ).then(
    (documents) => {
      const scripts: Script[] = [];
      const brands = new Map<string, BrandGuide>();
      const personas = new Map<string, Persona>();
      for (const gated of documents) {
        if (!gated.ok) continue; // Répéter lists refused files; the studio starts from valid ones.
        if (gated.kind === 'script') scripts.push(gated.document);
        if (gated.kind === 'brand-guide') brands.set(gated.document.id, gated.document);
        if (gated.kind === 'persona') personas.set(gated.document.id, gated.document);
      }
      scripts.sort((a, b) => a.title.localeCompare(b.title, 'fr'));
      return { scripts, brands, personas };
    },
    (error: unknown) => {
      loading = null;
      throw error;
    },
  );
  return loading;
}
