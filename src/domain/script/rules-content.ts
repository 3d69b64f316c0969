import type { BrandGuide } from './brand-guide-schema';
import type { Finding } from './finding.types';
import { makeFinding } from './make-finding';
import type { Persona } from './persona-schema';
import type { Script } from './script-schema';
import { stepPath } from './script-walk';

/** Brand guides and personas known to the validator (the library being checked). */
export interface LibraryContext {
  brands: ReadonlyMap<string, BrandGuide>;
  personas: ReadonlyMap<string, Persona>;
}

/** Lower-cases and strips accents and apostrophe variants so "Pas de souci" matches "pas de soucí". */
export function foldText(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').replace(/[’ʼ`]/gu, "'").toLowerCase();
}

/** A matcher for a phrase as whole words, on folded text. */
function phraseMatcher(phrase: string): RegExp | null {
  const folded = foldText(phrase).trim();
  if (folded.length === 0) return null;
  const escaped = folded.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(^|[^\\p{L}\\p{N}])${escaped}($|[^\\p{L}\\p{N}])`, 'u');
}

/** The same sample line under two reactions of one step makes the reactions indistinguishable. */
export function checkSampleLines(script: Script): Finding[] {
  const findings: Finding[] = [];
  script.steps.forEach((step, index) => {
    if (step.kind !== 'customer') return;
    const owner = new Map<string, string>();
    step.reactions.forEach((reaction, r) => {
      reaction.lines.forEach((line, l) => {
        const key = foldText(line.text)
          .replace(/[^\p{L}\p{N}]+/gu, ' ')
          .trim();
        const first = owner.get(key);
        if (first !== undefined && first !== reaction.id) {
          findings.push(
            makeFinding(
              'duplicate-sample-line',
              `${stepPath(index)}.reactions[${r}].lines[${l}]`,
              {
                fr: `La réplique « ${line.text} » figure sous les réactions "${first}" et "${reaction.id}".`,
                en: `The line "${line.text}" appears under reactions "${first}" and "${reaction.id}".`,
              },
              { stepId: step.id },
            ),
          );
        } else owner.set(key, reaction.id);
      });
    });
  });
  return findings;
}

/** Each reaction offers at least two sample lines, so the simulated customer can vary. */
export function checkSampleLineCount(script: Script): Finding[] {
  return script.steps.flatMap((step, index) =>
    step.kind !== 'customer'
      ? []
      : step.reactions.flatMap((reaction, r) =>
          reaction.lines.length >= 2
            ? []
            : [
                makeFinding(
                  'few-sample-lines',
                  `${stepPath(index)}.reactions[${r}].lines`,
                  {
                    fr: `La réaction "${reaction.id}" n’a qu’une réplique : le client simulé la répétera mot pour mot.`,
                    en: `Reaction "${reaction.id}" has a single line: the simulated customer will repeat it word for word.`,
                  },
                  { stepId: step.id },
                ),
              ],
        ),
  );
}

/** The brand and personas exist in the library and speak the script's language. */
export function checkLibraryReferences(script: Script, context: LibraryContext): Finding[] {
  const findings: Finding[] = [];
  const brand = context.brands.get(script.brand);
  if (!brand) {
    findings.push(
      makeFinding('unknown-brand', '$.brand', {
        fr: `La charte de marque "${script.brand}" est introuvable.`,
        en: `Brand guide "${script.brand}" cannot be found.`,
      }),
    );
  } else if (brand.language !== script.language) {
    findings.push(
      languageMismatch(
        '$.brand',
        `charte "${brand.id}"`,
        `brand guide "${brand.id}"`,
        brand.language,
        script.language,
      ),
    );
  }
  script.suggestedPersonas.forEach((id, index) => {
    const persona = context.personas.get(id);
    const path = `$.suggestedPersonas[${index}]`;
    if (!persona) {
      findings.push(
        makeFinding('unknown-persona', path, {
          fr: `Le persona "${id}" est introuvable.`,
          en: `Persona "${id}" cannot be found.`,
        }),
      );
    } else if (persona.language !== script.language) {
      findings.push(
        languageMismatch(
          path,
          `persona "${id}"`,
          `persona "${id}"`,
          persona.language,
          script.language,
        ),
      );
    }
  });
  return findings;
}

function languageMismatch(path: string, fr: string, en: string, theirs: string, ours: string) {
  return makeFinding('language-mismatch', path, {
    fr: `La ${fr} est en "${theirs}", le script en "${ours}".`,
    en: `The ${en} is in "${theirs}", the script in "${ours}".`,
  });
}

/** The author's own agent lines must be on-brand: none may use a banned phrase. */
export function checkBannedPhrases(script: Script, brand: BrandGuide | undefined): Finding[] {
  if (!brand) return [];
  const findings: Finding[] = [];
  const banned = brand.bannedPhrases.flatMap(({ phrase, alternative }) => {
    const matcher = phraseMatcher(phrase);
    return matcher ? [{ phrase, alternative, matcher }] : [];
  });
  script.steps.forEach((step, index) => {
    if (step.kind !== 'agent') return;
    step.lines.forEach((line, l) => {
      const text = foldText(line.text);
      for (const { phrase, alternative, matcher } of banned) {
        if (!matcher.test(text)) continue;
        findings.push(
          makeFinding(
            'banned-phrase-in-line',
            `${stepPath(index)}.lines[${l}].text`,
            {
              fr: `La réplique "${line.id}" contient « ${phrase} », banni par la charte ${brand.name}.`,
              en: `Line "${line.id}" contains "${phrase}", banned by the ${brand.name} brand guide.`,
            },
            {
              stepId: step.id,
              fix: {
                fr: `Dites plutôt : « ${alternative} ».`,
                en: `Say instead: "${alternative}".`,
              },
            },
          ),
        );
      }
    });
  });
  return findings;
}
