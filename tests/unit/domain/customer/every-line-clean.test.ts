import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { customerFile, genderOf } from '@/domain/customer/customer-file';
import { fillCustomerLine, fillPlaceholders } from '@/domain/customer/customer-lines';
import { reactionsCallerCanGive } from '@/domain/customer/fraud-answers';
import { createRandom } from '@/domain/random/seeded-random';
import type { Persona } from '@/domain/script/persona-schema';
import type { Script } from '@/domain/script/script-schema';
import { agentSays, startSession } from '@/domain/session/session-engine';
import { stageView } from '@/domain/session/session-views';
import { libraryDocument, libraryPersonas, realDeps } from '../session/session-fixtures';
import { lineDefects } from './line-defects';

const scripts: Script[] = readdirSync(join(process.cwd(), 'scripts-library', 'scripts'))
  .filter((file) => file.endsWith('.json'))
  .map((file) => libraryDocument('script', file.replace(/\.json$/u, '')));
const personas = libraryPersonas();
const SEEDS = [1, 2];
const MAX_TURNS = 22;

// Every pairing the app offers: a script with any persona speaking its language.
const pairs = scripts.flatMap((script) =>
  personas
    .filter((persona) => persona.language === script.language)
    .map((persona) => ({ script, persona })),
);

function otherNames(persona: Persona): string[] {
  return personas
    .filter((other) => other.factSheet.lastName !== persona.factSheet.lastName)
    .map((other) => `${other.factSheet.civility} ${other.factSheet.lastName}`);
}

interface Shown {
  text: string;
  voice: 'customer' | 'agent';
  where: string;
}

/**
 * Family names a customer may not say in this call: every persona's and account holder's but the
 * caller's own and the holder's, unless the script itself gives that name (a colleague, a third
 * party). « It's Daniel Cole » said by Margaret Hill names someone the call never met.
 */
function strangers(persona: Persona, script: Script): RegExp[] {
  const people = (p: Persona) => [
    p.factSheet,
    ...(p.factSheet.accountHolder ? [p.factSheet.accountHolder] : []),
  ];
  const own = new Set(people(persona).map((who) => who.lastName));
  const written = JSON.stringify(script);
  return [...new Set(personas.flatMap(people).map((who) => who.lastName))]
    .filter((name) => !own.has(name) && !written.includes(name))
    .map((name) => new RegExp(`(?<!\\p{L})${name}(?!\\p{L})`, 'u'));
}

function check(shown: Shown[], persona: Persona, script: Script): string[] {
  const gender = genderOf(persona.factSheet.civility);
  const names = otherNames(persona);
  const unknown = strangers(persona, script);
  return shown.flatMap(({ text, voice, where }) => {
    const defects = lineDefects(text, persona.language, gender, voice);
    const name = names.find((other) => text.includes(other));
    if (name) defects.push(`another customer's name « ${name} »`);
    const stranger = voice === 'customer' ? unknown.find((pattern) => pattern.test(text)) : null;
    if (stranger) defects.push(`a name neither the caller's nor the holder's: ${stranger.source}`);
    return defects.map((defect) => `${where} [${persona.id}] ${defect}: ${text}`);
  });
}

function authorLines(script: Script, persona: Persona): Shown[] {
  const shown: Shown[] = [];
  for (const step of script.steps) {
    if (step.kind === 'agent') {
      for (const line of step.lines)
        shown.push({ text: fillPlaceholders(line.text, persona), voice: 'agent', where: line.id });
    }
    if (step.kind !== 'customer') continue;
    for (const reaction of reactionsCallerCanGive(step.reactions, persona)) {
      const filled = reaction.lines.map((line) => ({
        text: fillCustomerLine(line.text, persona),
        voice: 'customer' as const,
        where: line.id,
      }));
      // A line this persona's file cannot fill is never drawn for it (reactionLine skips it).
      const sayable = filled.filter((line) => !/\[[^\]\s]+\]/u.test(line.text));
      shown.push(...(sayable.length > 0 ? sayable : filled));
    }
  }
  return shown;
}

function playedLines(
  script: Script,
  persona: Persona,
  seed: number,
  mode: 'lecture' | 'repetition',
) {
  const brand = libraryDocument('brand-guide', script.brand);
  const deps = realDeps(brand, script.language);
  const random = createRandom(`clean:${script.id}:${persona.id}:${seed}`);
  let state = startSession({ script, persona, brand, mode, seed });
  const shown: Shown[] = [];
  for (let turn = 0; turn < MAX_TURNS && state.status !== 'ended'; turn += 1) {
    const view = stageView(state, 'Julie');
    const where = `${script.id}/${mode}/${seed}/${view.stepId ?? '-'}`;
    if (view.prompter?.line) shown.push({ text: view.prompter.line, voice: 'agent', where });
    for (const choice of view.choices) shown.push({ text: choice.text, voice: 'agent', where });
    const line =
      mode === 'lecture' && view.choices.length > 0
        ? random.pick(view.choices).text
        : (view.prompter?.line ?? (script.language === 'fr' ? 'Je vous écoute.' : 'Go on.'));
    state = agentSays(state, line, deps);
  }
  for (const turn of state.transcript) {
    if (turn.speaker === 'customer')
      shown.push({
        text: turn.text,
        voice: 'customer',
        where: `${script.id}/${mode}/${seed}/${turn.step ?? '-'}`,
      });
  }
  return { shown, state };
}

describe('every line shown is clean, for every script × persona', { timeout: 600_000 }, () => {
  it.each([
    ['{civilité} {nom}, {montant} euros', 'fr', 'm', 'agent', 'raw slot'],
    ['Deux fois 87 euros euros.', 'fr', 'm', 'customer', 'doubled word « euros euros »'],
    ['Je suis perdu, là.', 'fr', 'f', 'customer', '« perdu » for a woman'],
    ['Vous avez raison d’être excédée.', 'fr', 'm', 'agent', '« excédée » for a man'],
    ['Vous feriez quoi, vous ?, c’est pour…', 'fr', 'm', 'customer', 'glued punctuation'],
    ['Ras le bol, !', 'fr', 'm', 'customer', 'glued punctuation'],
    ['Elle-même. Vous êtes qui, déjà ?', 'fr', 'm', 'customer', '« elle-même » for a man'],
    ['Bonjour. Lui-même, oui.', 'fr', 'f', 'customer', '« lui-même » for a woman'],
    ['Merci, thank you.', 'fr', 'm', 'customer', 'English in a French call'],
    ['I am not happy.', 'en', 'f', 'customer', 'uncontracted spoken English'],
  ] as const)(
    'the checker sees the defects the issue quotes: %s',
    (text, language, gender, voice, defect) => {
      expect(lineDefects(text, language, gender, voice)).toContain(defect);
    },
  );

  it('sees a customer line naming someone who is neither the caller nor the holder', () => {
    const margaret = personas.find((p) => p.id === 'margaret-hill-upset') as Persona;
    const billing = scripts.find((x) => x.id === 'en-billing-dispute') as Script;
    const said = (text: string) =>
      check([{ text, voice: 'customer', where: 'x' }], margaret, billing);
    expect(said("Hiya, it's Daniel Cole, account holder.")).toHaveLength(1);
    expect(said("Hiya, it's Margaret Hill, account holder.")).toEqual([]);
  });

  it('fills every author line for every persona: no slot, doubled word, wrong gender or name', () => {
    const problems = pairs.flatMap(({ script, persona }) =>
      check(authorLines(script, persona), persona, script),
    );
    expect(problems).toEqual([]);
  });

  it('plays every pairing across seeds: customer lines, model lines, Lecture options, souffleur', () => {
    const problems: string[] = [];
    for (const { script, persona } of pairs) {
      for (const seed of SEEDS) {
        for (const mode of ['lecture', 'repetition'] as const)
          problems.push(...check(playedLines(script, persona, seed, mode).shown, persona, script));
      }
    }
    expect([...new Set(problems)]).toEqual([]);
  });

  it('never lets a fraudster read out the holder’s secrets', () => {
    const fraudsters = pairs.filter(({ persona }) => persona.hiddenIntent);
    expect(fraudsters.length).toBeGreaterThan(0);
    for (const { script, persona } of fraudsters) {
      const file = customerFile(persona);
      const secrets = [
        file.customerNumber,
        ...file.checks.map((entry) => entry.value.replace(/^£|\s*euros?$/gu, '')),
      ];
      for (const seed of [1, 2, 3, 4, 5, 6]) {
        const { state } = playedLines(script, persona, seed, 'repetition');
        for (const turn of state.transcript.filter((entry) => entry.speaker === 'customer'))
          for (const secret of secrets)
            expect(turn.text, `${script.id} ${seed}`).not.toContain(secret);
      }
    }
  });
});
