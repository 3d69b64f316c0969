import { fillerLine } from '../customer/customer-lines';
import type { AgentTurnReading } from '../customer/customer.types';
import { findDeadline } from '../customer/deadline';
import { isGoodbye, promiseReply, replyLine, type ReplyKind } from '../customer/reply-lines';
import type { Random } from '../random/seeded-random';
import type { Persona } from '../script/persona-schema';
import type { ScriptStep } from '../script/script-schema';
import { heardUpset } from './agent-line-reading';
import type { ReplyInput } from './customer-reply';
import { credited, provesIdentity } from './identity-proof';
import { currentStep, type ScriptSnapshot } from './script-cursor';
import type { SessionState, TurnEvent } from './session.types';
import { progressOf } from './step-gate';
import { wordsReplyKind } from './words-reply';

/** What the customer's turn came to, before it is recorded. */
export interface ReplyDraft {
  parts: string[];
  events: TurnEvent[];
  snapshot: ScriptSnapshot;
  mood: SessionState['mood'];
  aside: SessionState['aside'];
  memory: SessionState['memory'];
  /** The step the customer answers at, not the one its reaction leads to. */
  spokenAt: ScriptStep | null;
  /** The outcome the turn reached, if any. */
  reached: SessionState['outcome'];
  /** Lines already said, this turn's included, so the goodbye or filler is a fresh one. */
  said: Set<string>;
}

// What a line that did something gets back when the script has no reaction for it: an apology
// is received, a promise acknowledged, a refusal argued — a filler only for what asks nothing.
const ANSWERED = new Set<ReplyKind>([
  'offended',
  'blamed',
  'toldToCalmDown',
  'apologyReceived',
  'vaguePromise',
  'commitmentTaken',
  'empathyReceived',
  'refusalArgued',
  'thanksReturned',
]);

function nothingScripted(
  input: ReplyInput,
  persona: Persona,
  random: Random,
  said: ReadonlySet<string>,
  upset: boolean,
): string {
  const kind = input.reading ? wordsReplyKind(input.reading) : 'nudge';
  if (!ANSWERED.has(kind)) return fillerLine('waiting', persona, random, said);
  const dated = findDeadline((input.reading as AgentTurnReading).text, persona.language) !== null;
  return replyLine(promiseReply(kind, dated, upset), persona, random, said);
}

/**
 * Records the customer's turn: their words (a goodbye to end a call, a filler rather than
 * nothing), identity proven by what they said, and the outcome reached.
 */
export function recordCustomerTurn(
  session: SessionState,
  input: ReplyInput,
  draft: ReplyDraft,
): SessionState {
  const { persona, script } = session.config;
  const { parts, events, snapshot, mood, aside, memory, spokenAt, reached, said } = draft;
  const { random } = input;
  const index = session.transcript.length;
  const step = spokenAt ?? currentStep(script, snapshot);
  const outcome = reached && credited(session, reached);
  // The last word of a call is a goodbye, not « Je vous écoute ».
  const agentClosed = input.reading?.moves.some((move) => move.id === 'close') ?? false;
  const lastPart = parts.at(-1);
  if (
    outcome &&
    (lastPart === undefined || agentClosed) &&
    !isGoodbye(parts.join(' '), persona.language)
  )
    parts.push(replyLine('goodbye', persona, random, said));
  if (parts.length === 0)
    parts.push(nothingScripted(input, persona, random, said, heardUpset(session)));
  const text = parts.join(' ');
  let progress = progressOf(session);
  if (!progress.identityVerified && provesIdentity(session, text, events, snapshot)) {
    events.push({ type: 'identity_verified' });
    progress = { ...progress, identityVerified: true };
  }
  if (outcome) events.push({ type: 'outcome', code: outcome.code, success: outcome.success });
  return {
    ...session,
    scriptSnapshot: snapshot,
    mood,
    aside,
    progress,
    memory: { ...memory, said: [...memory.said, text] },
    status: outcome ? 'ended' : session.status,
    outcome: outcome ?? session.outcome,
    transcript: [
      ...session.transcript,
      {
        index,
        speaker: 'customer',
        text,
        moves: [],
        flags: [],
        mood,
        events,
        step: step?.id ?? null,
        phase: step?.phase ?? null,
      },
    ],
  };
}
