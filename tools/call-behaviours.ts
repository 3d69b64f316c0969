// Agent behaviours a headless call can be played with: a careful agent, one who ignores the
// customer, one who is rude, one who types nonsense, one who stays silent, and one who skips
// identity verification. Shared by `npm run call:check` and the property tests.
import { createActor } from 'xstate';
import type { AsideKind } from '../src/domain/customer/customer.types';
import { ASIDE_BETTER_LINES } from '../src/domain/scoring/aside-words';
import { fillPlaceholders } from '../src/domain/customer/customer-lines';
import { customerLines, fillCallSlots } from '../src/domain/customer/file-slots';
import type { Random } from '../src/domain/random/seeded-random';
import { createRandom } from '../src/domain/random/seeded-random';
import type { BrandGuide } from '../src/domain/script/brand-guide-schema';
import type { Persona } from '../src/domain/script/persona-schema';
import type { AgentStep, Script } from '../src/domain/script/script-schema';
import { currentStep, type ScriptSnapshot } from '../src/domain/session/script-cursor';
import { sessionMachine } from '../src/domain/session/session-machine';
import type { SessionDependencies, SessionState } from '../src/domain/session/session.types';

export const BEHAVIOURS = [
  'attentive',
  'ignoring',
  'rude',
  'nonsense',
  'silent',
  'skip_verification',
] as const;
export type Behaviour = (typeof BEHAVIOURS)[number];

const WORDS = {
  fr: {
    ignoring: ['Oui.', 'Hmm.', 'Bon.', 'Alors…', 'Ah.', 'Voilà.'],
    rude: [
      'Calmez-vous, c’est votre faute, vous avez mal lu votre contrat.',
      'Franchement t’es lourd, ça me saoule.',
      'C’est pas mon problème, débrouillez-vous.',
    ],
    nonsense: ['azerty', '?', 'qsdfgh jklm', 'blabla', 'xxxx', 'ok ok ok ok'],
  },
  en: {
    ignoring: ['Yes.', 'Hmm.', 'Well.', 'So…', 'Ah.', 'Right.'],
    rude: [
      'Calm down, it is your own fault, you misread your contract.',
      'Honestly you are a pain, shut up.',
      'Not my problem, sort it out yourself.',
    ],
    nonsense: ['qwerty', '?', 'asdfgh jkl', 'blah blah', 'xxxx', 'ok ok ok ok'],
  },
} as const;

// The scoring's better line for an interruption acts on the account at once; before identity
// is checked a careful agent acknowledges and gets to the point instead.
const ASIDE_ANSWERS: Record<'fr' | 'en', Partial<Record<AsideKind, string>>> = {
  fr: { interruption: 'Je comprends que vous soyez pressé, je vais droit à l’essentiel.' },
  en: { interruption: 'I understand you are in a hurry; I will get straight to the point.' },
};

// Asked to repeat or explain, a careful agent says it again in other words, not just « sure ».
const REPEATS = new Set<AsideKind>(['misunderstanding', 'repeat_request']);
const AGAIN = {
  fr: 'Bien sûr, je vous réexplique plus simplement :',
  en: 'Of course, let me explain that again more simply:',
};

const MAX_TURNS = 40;
const SILENCE_SECONDS = 15;

function exemplary(
  step: AgentStep,
  persona: Persona,
  random: Random,
  customerSaid: readonly string[] = [],
): string {
  const line = step.lines.length > 0 ? random.pick(step.lines).text : step.goal;
  return fillPlaceholders(fillCallSlots(line, customerSaid, persona.language), persona);
}

const ACTING = new Set(['commit', 'propose']);
const GIVING = new Set(['commit', 'propose', 'explain', 'recap']);

/** The step where the account is changed or its data given: acting first, else explaining. */
export function changeStep(script: Script): AgentStep | null {
  const disclosing = script.steps.filter(
    (step): step is AgentStep => step.kind === 'agent' && step.discloses === true,
  );
  return (
    disclosing.find((step) => step.expectedMoves.some((move) => ACTING.has(move))) ??
    disclosing.find((step) => step.expectedMoves.some((move) => GIVING.has(move))) ??
    null
  );
}

/** A line that acts on the account or gives its data, from the script's own change step. */
function changeLine(script: Script, persona: Persona, random: Random): string | null {
  const change = changeStep(script);
  return change ? exemplary(change, persona, random) : null;
}

/** What an agent with this behaviour says at this point of the call (null: stays silent). */
export function agentLine(
  behaviour: Behaviour,
  session: SessionState,
  random: Random,
  turn: number,
): string | null {
  const { script, persona } = session.config;
  const words = WORDS[script.language];
  const step = currentStep(script, session.scriptSnapshot as ScriptSnapshot);
  // An aside is answered first, as a careful agent would; then the step's line. A scripted
  // aside at an agent step is what that step's own line answers.
  const open = session.aside;
  const aside = open && (!open.scripted || step?.kind !== 'agent') ? open.kind : null;
  // Said again in other words: the last line that was not itself a repetition.
  const lastSaid =
    session.transcript.findLast(
      (t) => t.speaker === 'agent' && !t.text.startsWith(AGAIN[script.language]),
    )?.text ?? '';
  const careful = aside
    ? REPEATS.has(aside)
      ? `${AGAIN[script.language]} ${lastSaid}`
      : (ASIDE_ANSWERS[script.language][aside] ?? ASIDE_BETTER_LINES[script.language][aside])
    : step?.kind === 'agent'
      ? exemplary(step, persona, random, customerLines(session))
      : words.ignoring[0];
  switch (behaviour) {
    case 'attentive':
      return careful;
    case 'ignoring':
      return random.pick(words.ignoring);
    case 'rude':
      return turn % 2 === 1 ? random.pick(words.rude) : careful;
    case 'nonsense':
      return random.pick(words.nonsense);
    case 'silent':
      return null;
    case 'skip_verification':
      return step?.phase === 'verification'
        ? (changeLine(script, persona, random) ?? careful)
        : careful;
  }
}

/** Plays one whole call headless with the real engine and language layer. */
export function playCall(
  config: { script: Script; persona: Persona; brand: BrandGuide | null; seed: number },
  behaviour: Behaviour,
  deps: SessionDependencies,
): SessionState {
  const random = createRandom(config.seed).fork(`agent:${behaviour}`);
  const actor = createActor(sessionMachine, {
    input: { config: { ...config, mode: 'filage' }, deps },
  }).start();
  actor.send({ type: 'ANSWER' });
  for (let turn = 0; turn < MAX_TURNS && actor.getSnapshot().status !== 'done'; turn += 1) {
    const session = actor.getSnapshot().context.session;
    if (session.status === 'on_hold') actor.send({ type: 'RESUME', elapsedSeconds: 30 });
    const line = agentLine(behaviour, session, random, turn);
    if (line === null) actor.send({ type: 'DEAD_AIR', seconds: SILENCE_SECONDS });
    else actor.send({ type: 'AGENT_LINE', text: line });
  }
  if (actor.getSnapshot().status !== 'done') actor.send({ type: 'ABANDON' });
  return actor.getSnapshot().context.session;
}
