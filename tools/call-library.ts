// The scripts library loaded through the document gate, and one analyser per language × brand:
// what the headless call tools (`call:check`, `coherence:sample`) play with.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createAnalyser } from '../src/domain/language/analyser';
import { defaultCorpus } from '../src/domain/language/default-corpus';
import { redactAgentLine as redact } from '../src/domain/language/redaction';
import type { BrandGuide } from '../src/domain/script/brand-guide-schema';
import { gateDocument, type GatedDocument } from '../src/domain/script/document-gate';
import type { Persona } from '../src/domain/script/persona-schema';
import type { Script } from '../src/domain/script/script-schema';
import type { Rubric } from '../src/domain/scoring/rubric-schema';
import type { SessionDependencies } from '../src/domain/session/session.types';

const LIBRARY = resolve(fileURLToPath(new URL('../scripts-library', import.meta.url)));

function loadAll<K extends GatedDocument['kind']>(kind: K, folder: string) {
  return readdirSync(join(LIBRARY, folder))
    .filter((file) => file.endsWith('.json'))
    .map((file) => {
      const gated = gateDocument(readFileSync(join(LIBRARY, folder, file), 'utf8'));
      if (!gated.ok || gated.value.kind !== kind)
        throw new Error(`${folder}/${file} does not pass the gate: run npm run scripts:check.`);
      return gated.value.document as Extract<GatedDocument, { kind: K }>['document'];
    });
}

export function loadLibrary() {
  return {
    scripts: loadAll('script', 'scripts') as Script[],
    personas: loadAll('persona', 'personas') as Persona[],
    brands: loadAll('brand-guide', 'brands') as BrandGuide[],
    rubrics: loadAll('rubric', 'rubrics') as Rubric[],
  };
}

const brands = loadAll('brand-guide', 'brands') as BrandGuide[];
const deps = new Map<string, SessionDependencies>();

/** The real language layer for a script's language and brand, built once. */
export function depsFor(script: Script): SessionDependencies {
  const key = `${script.language}:${script.brand}`;
  let found = deps.get(key);
  if (!found) {
    const brand = brands.find((candidate) => candidate.id === script.brand);
    const analyser = createAnalyser({
      lang: script.language,
      corpus: defaultCorpus(script.language),
      ...(brand ? { brandVoice: brand } : {}),
    });
    found = { analyse: (text, options) => analyser.analyse(text, options), redact };
    deps.set(key, found);
  }
  return found;
}
