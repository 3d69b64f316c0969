import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createAnalyser, type Analyser } from '@/domain/language/analyser';
import { defaultCorpus } from '@/domain/language/default-corpus';
import { redactAgentLine as redact } from '@/domain/language/redaction';
import { gateDocument, type GatedDocument } from '@/domain/script/document-gate';
import type { BrandGuide } from '@/domain/script/brand-guide-schema';
import type { Persona } from '@/domain/script/persona-schema';
import type { Script } from '@/domain/script/script-schema';
import type { SessionDependencies } from '@/domain/session/session.types';

const LIBRARY = join(process.cwd(), 'scripts-library');
const FOLDERS = {
  script: 'scripts',
  persona: 'personas',
  'brand-guide': 'brands',
  rubric: 'rubrics',
} as const;

/** A library document through the real gate (a broken library document fails the test). */
export function libraryDocument<K extends GatedDocument['kind']>(kind: K, id: string) {
  const gated = gateDocument(readFileSync(join(LIBRARY, FOLDERS[kind], `${id}.json`), 'utf8'));
  if (!gated.ok || gated.value.kind !== kind)
    throw new Error(`Library ${kind} ${id} does not pass the gate`);
  return gated.value.document as Extract<GatedDocument, { kind: K }>['document'];
}

/** Every persona of the library. */
export function libraryPersonas(): Persona[] {
  return readdirSync(join(LIBRARY, 'personas'))
    .filter((file) => file.endsWith('.json'))
    .map((file) => libraryDocument('persona', file.replace(/\.json$/u, '')));
}

export const exampleScript = (): Script => libraryDocument('script', 'exemple-date-prelevement');
export const exampleBrand = (): BrandGuide => libraryDocument('brand-guide', 'brisa-energie');

/** The example script with the customer's agreement (step `accord`) said in one other line. */
export function withAgreementSaying(script: Script, line: { id: string; text: string }): Script {
  return {
    ...script,
    steps: script.steps.map((step) =>
      step.kind === 'customer' && step.id === 'accord'
        ? { ...step, reactions: step.reactions.map((r) => ({ ...r, lines: [line] })) }
        : step,
    ),
  };
}

/** A persona built on the library's example, with the traits a test is about. */
export function fakePersona(
  overrides: Omit<Partial<Persona>, 'temperament'> & {
    temperament?: Partial<Persona['temperament']>;
  } = {},
): Persona {
  const base = libraryDocument('persona', 'remi-garnier-presse');
  return { ...base, ...overrides, temperament: { ...base.temperament, ...overrides.temperament } };
}

const analysers = new Map<string, Analyser>();

/** The real language layer (trained once per language and brand for the whole test file). */
export function realDeps(brand: BrandGuide | null, lang: 'fr' | 'en' = 'fr'): SessionDependencies {
  const key = `${lang}:${brand?.id ?? ''}`;
  let analyser = analysers.get(key);
  if (!analyser) {
    analyser = createAnalyser({
      lang,
      corpus: defaultCorpus(lang),
      ...(brand ? { brandVoice: brand } : {}),
    });
    analysers.set(key, analyser);
  }
  const ready = analyser;
  return { analyse: (text, options) => ready.analyse(text, options), redact };
}

export const POLITE_LINES = [
  'Brisa Énergie bonjour, Julie à votre écoute ; cet appel est enregistré pour la qualité. En quoi puis-je vous aider ?',
  "Bien sûr. Pour sécuriser votre dossier, pouvez-vous me donner votre numéro client, s'il vous plaît ?",
  'Merci Monsieur Garnier. Si je comprends bien, vous souhaitez que le prélèvement passe du 5 au 15 ; je fais le changement maintenant, vous recevrez la confirmation par courriel avant ce soir.',
  "Je récapitule : prélèvement le 15 dès le mois prochain, confirmation ce soir. Avez-vous d'autres questions ? Merci de votre appel, Monsieur Garnier, je vous souhaite une bonne journée.",
];

export const RUDE_LINES = [
  "Ouais allô, c'est pour quoi ?",
  "C'est quoi ton numéro client ?",
  'Pas de souci, je vais essayer de changer ça, normalement ça devrait marcher, on verra.',
  'Calmez-vous, c’est votre faute, vous avez mal lu votre contrat.',
  'Bon courage !',
];
