import { fold } from '../language/normalise';
import type { Script } from '../script/script-schema';
import { safeToShow, withoutNames } from './anonymise';
import type { FloorSession, FloorTurn } from './floor-session';

/** One step where agents stumble, with the evidence. */
export interface StepStruggle {
  stepId: string;
  /** Sessions whose call passed through the step. */
  reached: number;
  /** Sessions that stumbled here: left the script or mishandled an aside (each counted once). */
  struggled: number;
  /** Sessions that left the script here (an adherence finding, a line not understood, the prompter). */
  offScript: number;
  /** Sessions that mishandled an aside the customer raised here. */
  asidesMishandled: number;
  /** Mean score out of 20 of the scored sessions that stumbled here. */
  meanOutOf20: number | null;
}

/** An agent line said at a step with no deduction on it, with how the calls that said it scored. */
export interface LineEvidence {
  stepId: string;
  /** Names replaced by slots; never a line that carried sensitive data. */
  text: string;
  sessions: number;
  meanOutOf20: number;
  bestOutOf20: number;
}

/** Something customers did that no branch of the step handles (an improvised aside). */
export interface UnhandledReaction {
  stepId: string;
  aside: string;
  /** The words customers said most often, names replaced by slots. */
  text: string;
  sessions: number;
  meanOutOf20: number | null;
}

export interface FloorMining {
  sessions: number;
  /** Steps with at least one stumble, most sessions first, then highest rate, then script order. */
  struggles: StepStruggle[];
  /** Per agent step, its best clean lines (best mean score first), a few per step. */
  bestLines: LineEvidence[];
  /** Most sessions first. */
  unhandled: UnhandledReaction[];
  /** Steps no session reached, in script order (empty when there are no sessions). */
  unreached: string[];
}

/**
 * What the mining reads of a script: its language and, per step, only what decides what is
 * mined (a Script is one). Retitling a step changes none of it, so nothing is mined again.
 */
export interface FloorScript {
  language: string;
  steps: readonly (
    | { id: string; kind: 'agent'; lines: readonly { text: string }[] }
    | { id: string; kind: 'customer'; reactions: readonly { derailment?: string }[] }
    | { id: string; kind: 'outcome'; code: string }
    | { id: string; kind: 'decision' }
  )[];
}

/** The part of a script the mining reads, as plain data (see FloorScript). */
export function floorScript(script: Script): FloorScript {
  return {
    language: script.language,
    steps: script.steps.map((step) => {
      const { id } = step;
      switch (step.kind) {
        case 'agent':
          return { id, kind: 'agent', lines: step.lines.map(({ text }) => ({ text })) };
        case 'customer':
          return {
            id,
            kind: 'customer',
            reactions: step.reactions.map(({ derailment }) => (derailment ? { derailment } : {})),
          };
        case 'outcome':
          return { id, kind: 'outcome', code: step.code };
        default:
          return { id, kind: 'decision' };
      }
    }),
  };
}

/** Lines kept per step: the trainer reads a few, not every variant agents tried. */
export const LINES_PER_STEP = 3;
/** An aside scored below this (0–100) was mishandled (the score card's own pass mark). */
export const ASIDE_PASS = 50;

const LEFT_SCRIPT_EVENTS = new Set(['not_understood', 'prompter_used']);

interface LineGroup {
  stepId: string;
  named: string;
  sessions: Set<string>;
  scores: number[];
}

interface ReactionGroup {
  stepId: string;
  aside: string;
  texts: Map<string, { named: string; count: number }>;
  sessions: Set<string>;
  scores: number[];
}

const mean = (values: readonly number[]) =>
  values.length === 0 ? null : values.reduce((sum, value) => sum + value, 0) / values.length;

/** Compare key of a line: case, accents, spacing and end punctuation do not make it new. */
const lineKey = (text: string) =>
  fold(text)
    .replace(/\s+/gu, ' ')
    .replace(/[\s.!?…]+$/u, '')
    .trim();

class Tally {
  private readonly counts = new Map<string, Set<string>>();
  add(stepId: string, sessionId: string) {
    let set = this.counts.get(stepId);
    if (!set) this.counts.set(stepId, (set = new Set()));
    set.add(sessionId);
  }
  of(stepId: string): ReadonlySet<string> {
    return this.counts.get(stepId) ?? new Set();
  }
}

/**
 * Reads the sessions agents played on a script (any version) and finds where they stumble, the
 * best lines they said at each step and the customer reactions no branch handles. Pure: the
 * same sessions give the same proposals, and nothing is sent anywhere.
 */
export function mineFloor(script: FloorScript, sessions: Iterable<FloorSession>): FloorMining {
  const lang = script.language === 'en' ? 'en' : 'fr';
  const steps = new Map(script.steps.map((step, order) => [step.id, { step, order }]));
  const outcomeByCode = new Map(
    script.steps.flatMap((step) => (step.kind === 'outcome' ? [[step.code, step.id]] : [])),
  );
  const reached = new Tally();
  const offScript = new Tally();
  const asides = new Tally();
  const scoreOf = new Map<string, number | null>();
  const lines = new Map<string, LineGroup>();
  const reactions = new Map<string, ReactionGroup>();
  let count = 0;

  for (const session of sessions) {
    count += 1;
    scoreOf.set(session.id, session.outOf20);
    const byIndex = new Map<number, FloorTurn>();
    const deducted = new Set<number>();
    for (const finding of session.findings) {
      if (finding.points < 0) deducted.add(finding.turn);
    }
    let lastAgent: FloorTurn | null = null;
    // Agent lines that may be good ones: kept only if no deduction and the customer followed them.
    const candidates: FloorTurn[] = [];
    const notFollowed = new Set<FloorTurn>();
    for (const turn of session.turns) {
      byIndex.set(turn.index, turn);
      if (turn.step === null || !steps.has(turn.step)) continue;
      reached.add(turn.step, session.id);
      if (turn.speaker === 'agent') lastAgent = turn;
      for (const event of turn.events ?? []) {
        if (event.type === 'not_understood' && lastAgent) notFollowed.add(lastAgent);
        if (event.type === 'prompter_used' && 'step' in event && steps.has(event.step))
          offScript.add(event.step, session.id);
        // A line the customer could not follow belongs to the step the agent said it at.
        else if (LEFT_SCRIPT_EVENTS.has(event.type))
          offScript.add(lastAgent?.step ?? turn.step, session.id);
        if (event.type === 'aside_started' && 'source' in event && event.source === 'improvised')
          addReaction(reactions, session, turn, event.aside, lang);
      }
      if (
        turn.speaker === 'agent' &&
        session.outOf20 !== null &&
        !deducted.has(turn.index) &&
        steps.get(turn.step)?.step.kind === 'agent'
      )
        candidates.push(turn);
    }
    // A line the customer could not make sense of is no example, whatever the call scored.
    for (const turn of candidates) if (!notFollowed.has(turn)) addLine(lines, session, turn, lang);
    const outcome =
      session.outcomeCode === null ? undefined : outcomeByCode.get(session.outcomeCode);
    if (outcome !== undefined) reached.add(outcome, session.id);
    for (const finding of session.findings) {
      const step = byIndex.get(finding.turn)?.step;
      if (finding.points >= 0 || step == null || !steps.has(step)) continue;
      if (finding.criterion === 'adherence') offScript.add(step, session.id);
      if (finding.criterion === 'recovery') asides.add(step, session.id);
    }
    for (const aside of session.asides) {
      const step = byIndex.get(aside.turn)?.step;
      if (aside.score < ASIDE_PASS && step != null && steps.has(step)) asides.add(step, session.id);
    }
  }

  const struggles = script.steps
    .map((step): StepStruggle => {
      const left = offScript.of(step.id);
      const mishandled = asides.of(step.id);
      const both = new Set([...left, ...mishandled]);
      const scores = [...both].flatMap((id) => scoreOf.get(id) ?? []);
      return {
        stepId: step.id,
        // A stumble is evidence the step was reached even when no turn was recorded there.
        reached: new Set([...reached.of(step.id), ...both]).size,
        struggled: both.size,
        offScript: left.size,
        asidesMishandled: mishandled.size,
        meanOutOf20: mean(scores),
      };
    })
    .filter((struggle) => struggle.struggled > 0)
    .sort(
      (a, b) =>
        b.struggled - a.struggled ||
        b.struggled / b.reached - a.struggled / a.reached ||
        (steps.get(a.stepId)?.order ?? 0) - (steps.get(b.stepId)?.order ?? 0),
    );

  return {
    sessions: count,
    struggles,
    bestLines: bestLines(script, lines),
    unhandled: unhandledReactions(script, reactions),
    unreached:
      count === 0 ? [] : script.steps.filter((s) => reached.of(s.id).size === 0).map((s) => s.id),
  };
}

function addLine(
  groups: Map<string, LineGroup>,
  session: FloorSession,
  turn: FloorTurn,
  lang: 'fr' | 'en',
) {
  const named = withoutNames(turn.text, session.names, lang).trim();
  if (named === '') return;
  const key = `${turn.step}\u0000${lineKey(named)}`;
  let group = groups.get(key);
  if (!group)
    groups.set(
      key,
      (group = { stepId: turn.step as string, named, sessions: new Set(), scores: [] }),
    );
  // A line said twice in one call is one piece of evidence.
  if (group.sessions.has(session.id)) return;
  group.sessions.add(session.id);
  group.scores.push(session.outOf20 as number);
}

function addReaction(
  groups: Map<string, ReactionGroup>,
  session: FloorSession,
  turn: FloorTurn,
  aside: string,
  lang: 'fr' | 'en',
) {
  const stepId = turn.step as string;
  const key = `${stepId}\u0000${aside}`;
  let group = groups.get(key);
  if (!group)
    groups.set(key, (group = { stepId, aside, texts: new Map(), sessions: new Set(), scores: [] }));
  const named = withoutNames(turn.text, session.names, lang).trim();
  const text = group.texts.get(lineKey(named)) ?? { named, count: 0 };
  text.count += 1;
  group.texts.set(lineKey(named), text);
  if (group.sessions.has(session.id)) return;
  group.sessions.add(session.id);
  if (session.outOf20 !== null) group.scores.push(session.outOf20);
}

function bestLines(script: FloorScript, groups: ReadonlyMap<string, LineGroup>): LineEvidence[] {
  const byStep = new Map<string, LineEvidence[]>();
  for (const group of groups.values()) {
    const list = byStep.get(group.stepId) ?? [];
    list.push({
      stepId: group.stepId,
      text: group.named,
      sessions: group.sessions.size,
      meanOutOf20: mean(group.scores) ?? 0,
      bestOutOf20: Math.max(...group.scores),
    });
    byStep.set(group.stepId, list);
  }
  return script.steps.flatMap((step) => {
    if (step.kind !== 'agent') return [];
    // The author's own lines are already there: the floor proposes what the text lacks.
    const written = new Set(step.lines.map((line) => lineKey(line.text)));
    const ranked = (byStep.get(step.id) ?? [])
      .filter((line) => !written.has(lineKey(line.text)))
      .sort(
        (a, b) =>
          b.meanOutOf20 - a.meanOutOf20 || b.sessions - a.sessions || a.text.localeCompare(b.text),
      );
    const kept: LineEvidence[] = [];
    // Redaction runs on the few lines shown, not on every line of every call.
    for (const line of ranked) {
      if (kept.length === LINES_PER_STEP) break;
      if (safeToShow(line.text) !== null) kept.push(line);
    }
    return kept;
  });
}

function unhandledReactions(
  script: FloorScript,
  groups: ReadonlyMap<string, ReactionGroup>,
): UnhandledReaction[] {
  const steps = new Map(script.steps.map((step) => [step.id, step]));
  return [...groups.values()]
    .flatMap((group): UnhandledReaction[] => {
      const step = steps.get(group.stepId);
      // Once a branch of the step handles this kind of aside, it is no longer unhandled.
      if (step?.kind === 'customer' && step.reactions.some((r) => r.derailment === group.aside))
        return [];
      const text = [...group.texts.values()]
        .filter((candidate) => safeToShow(candidate.named) !== null)
        .sort((a, b) => b.count - a.count || a.named.localeCompare(b.named))[0];
      if (!text) return [];
      return [
        {
          stepId: group.stepId,
          aside: group.aside,
          text: text.named,
          sessions: group.sessions.size,
          meanOutOf20: mean(group.scores),
        },
      ];
    })
    .sort(
      (a, b) =>
        b.sessions - a.sessions ||
        a.stepId.localeCompare(b.stepId) ||
        a.aside.localeCompare(b.aside),
    );
}
