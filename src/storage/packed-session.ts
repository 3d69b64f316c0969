import type { TranscriptTurn, TurnEvent } from '@/domain/session/session.types';
import { lengthenKeys, restoreRepeats, shareRepeats, shortenKeys } from './packed-keys';
import type { SessionRecord, TurnRecord } from './session-record';

/**
 * A finished call as one row: its record and its whole transcript, written once when the call
 * ends (while it goes on, turns are appended one row each). Nothing is dropped: what is stored
 * twice (the customer's lines in the engine's memory, breaches that repeat findings, a quote that
 * is a turn's words, the card's outcome) is stored once and pointed at, and field names are
 * shortened (`packed-keys.ts`). A call is packed only when unpacking gives it back exactly.
 */
export interface PackedSessionRow {
  // Plain: the sessions table's indexes, and the one field written after the call (export).
  id: string;
  profileId: string;
  status: SessionRecord['status'];
  startedAt: string;
  exportedAt: string | null;
  /** The format of `body` and `turns`; a new format needs a schema version that converts. */
  packed: 1;
  body: unknown;
  turns: PackedTurn[];
  /** Strings that body and turns hold more than once, pointed at as `{ $: n }`. */
  strings?: string[];
}

/**
 * One turn: `s` speaker, `x` words, `m` moves, `f` flags, `o` mood, `e` events, `p` step, `h`
 * phase. Its index is its place; empty lists are left out, and so are a mood, step or phase that
 * did not change since the turn before.
 */
interface PackedTurn {
  s: string;
  x?: string;
  m?: unknown[];
  f?: unknown[];
  o?: number[];
  e?: unknown[];
  p?: string | null;
  h?: string | null;
}

const SPEAKER_CODES: Record<string, string> = { agent: 'a', customer: 'c', system: 's' };
const SPEAKERS: Record<string, TranscriptTurn['speaker']> = {
  a: 'agent',
  c: 'customer',
  s: 'system',
};

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
const keysAre = (value: object, keys: string) => Object.keys(value).join() === keys;

// Words quoted from the line (a move's evidence, a mood cause's) as [start, end] in it, when that
// is shorter; a list can only be such a pointer, as quoted words are strings.
function pointInto(line: string, words: string): string | number[] {
  const at = words.length > 6 ? line.indexOf(words) : -1;
  return at < 0 ? words : [at, at + words.length];
}

const readFrom = (line: string, item: unknown) =>
  Array.isArray(item) ? line.slice(item[0] as number, item[1] as number) : item;

// A move as the analyser writes it, [id, confidence, ...evidence]; any other shape as it is.
function packMove(move: unknown, line: string): unknown {
  const m = move as { id: unknown; confidence: unknown; evidence: unknown };
  return keysAre(m, 'id,confidence,evidence') &&
    Array.isArray(m.evidence) &&
    m.evidence.every((word) => typeof word === 'string')
    ? [m.id, m.confidence, ...(m.evidence as string[]).map((words) => pointInto(line, words))]
    : shortenKeys(move);
}

function unpackMove(packed: unknown, line: string): TranscriptTurn['moves'][number] {
  if (!Array.isArray(packed)) return lengthenKeys(packed) as TranscriptTurn['moves'][number];
  const [id, confidence, ...evidence] = packed as [string, number, ...unknown[]];
  const words = evidence.map((item) => readFrom(line, item));
  return { id, confidence, evidence: words } as TranscriptTurn['moves'][number];
}

// What moved the customer's mood, [id, 1 calm | 0 inflame, irritation, trust, evidence?]: the
// events list holds it as a list, any other event as an object.
const EFFECTS = ['inflame', 'calm'];
function packEvent(event: TurnEvent, line: string): unknown {
  if (event.type !== 'mood_causes' || !keysAre(event, 'type,causes')) return shortenKeys(event);
  const causes = event.causes.map((cause) => {
    const effect = EFFECTS.indexOf(cause.effect);
    const plain = keysAre(cause, 'id,effect,irritation,trust');
    const quoted = keysAre(cause, 'id,effect,irritation,trust,evidence');
    if (effect < 0 || !(plain || quoted)) return shortenKeys(cause);
    const tuple = [cause.id, effect, cause.irritation, cause.trust];
    return quoted && typeof cause.evidence === 'string'
      ? [...tuple, pointInto(line, cause.evidence)]
      : tuple;
  });
  return causes;
}

function unpackEvent(packed: unknown, line: string): TurnEvent {
  if (!Array.isArray(packed)) return lengthenKeys(packed) as TurnEvent;
  const causes = packed.map((cause: unknown) => {
    if (!Array.isArray(cause)) return lengthenKeys(cause);
    const [id, effect, irritation, trust, ...evidence] = cause as unknown[];
    const base = { id, effect: EFFECTS[effect as number], irritation, trust };
    return evidence.length > 0 ? { ...base, evidence: readFrom(line, evidence[0]) } : base;
  });
  return { type: 'mood_causes', causes } as TurnEvent;
}

// A flag whose text is the line's words between start and end: [id, start, end].
function packFlag(flag: unknown, line: string): unknown {
  const f = flag as { id: unknown; text: unknown; start: unknown; end: unknown };
  return keysAre(f, 'id,text,start,end') &&
    typeof f.start === 'number' &&
    typeof f.end === 'number' &&
    line.slice(f.start, f.end) === f.text
    ? [f.id, f.start, f.end]
    : shortenKeys(flag);
}

function unpackFlag(packed: unknown, line: string): TranscriptTurn['flags'][number] {
  if (!Array.isArray(packed)) return lengthenKeys(packed) as TranscriptTurn['flags'][number];
  const [id, start, end] = packed as [string, number, number];
  return { id, text: line.slice(start, end), start, end } as TranscriptTurn['flags'][number];
}

function packTurns(turns: readonly TranscriptTurn[]): PackedTurn[] {
  let mood: unknown = null;
  let step: unknown = null;
  let phase: unknown = null;
  return turns.map((turn) => {
    const packed: PackedTurn = { s: SPEAKER_CODES[turn.speaker] ?? turn.speaker };
    if (turn.text !== '') packed.x = turn.text;
    if (turn.moves.length > 0) packed.m = turn.moves.map((move) => packMove(move, turn.text));
    if (turn.flags.length > 0) packed.f = turn.flags.map((flag) => packFlag(flag, turn.text));
    const { irritation, trust, patience } = turn.mood;
    if (!same(turn.mood, mood)) packed.o = [irritation, trust, patience];
    if (turn.events.length > 0) packed.e = turn.events.map((event) => packEvent(event, turn.text));
    if (turn.step !== step) packed.p = turn.step;
    if (turn.phase !== phase) packed.h = turn.phase;
    ({ mood, step, phase } = turn);
    return packed;
  });
}

function unpackTurns(packed: readonly PackedTurn[]): TranscriptTurn[] {
  const turns: TranscriptTurn[] = [];
  for (const [index, row] of packed.entries()) {
    const before = turns.at(-1);
    const text = row.x ?? '';
    const [irritation, trust, patience] = row.o ?? [];
    turns.push({
      index,
      speaker: SPEAKERS[row.s] ?? (row.s as TranscriptTurn['speaker']),
      text,
      moves: (row.m ?? []).map((move) => unpackMove(move, text)),
      flags: (row.f ?? []).map((flag) => unpackFlag(flag, text)),
      mood: row.o
        ? { irritation: irritation ?? 0, trust: trust ?? 0, patience: patience ?? 0 }
        : { ...(before?.mood ?? { irritation: 0, trust: 0, patience: 0 }) },
      events: (row.e ?? []).map((event) => unpackEvent(event, text)),
      step: row.p !== undefined ? row.p : (before?.step ?? null),
      phase: (row.h !== undefined ? row.h : (before?.phase ?? null)) as TranscriptTurn['phase'],
    });
  }
  return turns;
}

// The record's fields kept plain on the row; the body keeps a 0 in their place, for field order.
const PLAIN = ['id', 'profileId', 'status', 'startedAt', 'exportedAt'] as const;
type Body = SessionRecord;

/**
 * What the record repeats of the transcript or of itself, replaced in place (so field order is
 * kept) by pointers: turn numbers for the customer's lines and quotes, finding numbers for the
 * breaches, `1` for a card outcome that is the engine's.
 */
function pointAtRepeats(body: Body, turns: readonly TranscriptTurn[]): Body {
  const copy = structuredClone(body);
  const said = copy.engine.memory?.said;
  if (Array.isArray(said)) {
    const customer = turns.filter((turn) => turn.speaker === 'customer');
    const found = said.map((line) => customer.find((turn) => turn.text === line)?.index ?? -1);
    if (found.every((index) => index >= 0)) (copy.engine.memory as { said: unknown }).said = found;
  }
  const card = copy.scoreCard;
  if (!card) return copy;
  const findings = card.findings as { turn: number; quote: unknown; why: unknown }[];
  const breaches = card.compliance.breaches.map((breach) =>
    card.findings.findIndex((finding) => {
      const { rule, turn, quote, why } = finding;
      return same(breach, { rule, turn, quote, why });
    }),
  );
  if (breaches.every((index) => index >= 0)) {
    (card.compliance as { breaches: unknown }).breaches = breaches;
  }
  if (card.outcome !== null && same(card.outcome, copy.engine.outcome)) {
    (card as { outcome: unknown }).outcome = 1;
  }
  for (const finding of findings) {
    const words = turns[finding.turn]?.text ?? '';
    const quote = finding.quote;
    const at = typeof quote === 'string' && quote !== '' ? words.indexOf(quote) : -1;
    if (at < 0 || typeof quote !== 'string') continue;
    // « quote » — why: the scorer's notes open with the quote; kept once.
    const opening = `« ${quote} » — `;
    if (typeof finding.why === 'string' && finding.why.startsWith(opening)) {
      finding.why = [finding.why.slice(opening.length)];
    }
    finding.quote = [at, at + quote.length];
  }
  return copy;
}

function followPointers(body: Body, turns: readonly { text: string }[]): Body {
  const memory = body.engine.memory as { said: unknown } | undefined;
  if (memory && Array.isArray(memory.said) && memory.said.every((n) => typeof n === 'number')) {
    memory.said = (memory.said as number[]).map((index) => turns[index]?.text ?? '');
  }
  const card = body.scoreCard;
  if (!card) return body;
  const findings = card.findings as { turn: number; quote: unknown; why: unknown }[];
  for (const finding of findings) {
    if (!Array.isArray(finding.quote)) continue;
    const [from, to] = finding.quote as [number, number];
    finding.quote = (turns[finding.turn]?.text ?? '').slice(from, to);
    if (Array.isArray(finding.why))
      finding.why = `« ${finding.quote as string} » — ${finding.why[0] as string}`;
  }
  const breaches = card.compliance.breaches as unknown[];
  if (breaches.every((n) => typeof n === 'number')) {
    card.compliance.breaches = (breaches as number[]).map((index) => {
      const { rule, turn, quote, why } = card.findings[index] ?? ({} as never);
      return { rule, turn, quote, why };
    });
  }
  if ((card.outcome as unknown) === 1) card.outcome = structuredClone(body.engine.outcome);
  return body;
}

/** A finished call as one row, or null when it cannot be packed and given back exactly. */
export function packSession(
  record: SessionRecord,
  rows: readonly TurnRecord[],
): PackedSessionRow | null {
  if (record.status === 'in_progress') return null;
  try {
    return packExactly(record, rows);
  } catch {
    // A row of another shape than the engine writes (an old or damaged one): kept plain.
    return null;
  }
}

function packExactly(record: SessionRecord, rows: readonly TurnRecord[]): PackedSessionRow | null {
  const ordered = [...rows].sort((a, b) => a.index - b.index);
  const exact = ordered.every(
    (row, place) => row.sessionId === record.id && row.index === place && row.turn.index === place,
  );
  if (!exact) return null;
  const { id, profileId, status, startedAt, exportedAt } = record;
  const body = { ...record };
  for (const field of PLAIN) (body as Record<string, unknown>)[field] = 0;
  const turns = ordered.map((row) => row.turn);
  const shared = shareRepeats([shortenKeys(pointAtRepeats(body, turns)), packTurns(turns)]);
  const [packedBody, packedTurns] = shared.value as [unknown, PackedTurn[]];
  const packed: PackedSessionRow = {
    id,
    profileId,
    status,
    startedAt,
    exportedAt,
    packed: 1,
    body: packedBody,
    turns: packedTurns,
    ...(shared.strings.length > 0 ? { strings: shared.strings } : {}),
  };
  const back = unpackSession(packed);
  // Field order included: an export written from the unpacked call is the same file.
  return same(back.record, record) && same(back.turns, ordered) ? packed : null;
}

export function isPackedRow(row: unknown): row is PackedSessionRow {
  return (row as Partial<PackedSessionRow> | null)?.packed === 1;
}

/** The record and turns a packed row holds, as they were before packing. */
export function unpackSession(row: PackedSessionRow): {
  record: SessionRecord;
  turns: TurnRecord[];
} {
  const turns = unpackTurns(restoreRepeats(row.turns, row.strings ?? []) as PackedTurn[]);
  return {
    record: recordOf(row, turns),
    turns: turns.map((turn) => ({ sessionId: row.id, index: turn.index, turn })),
  };
}

/** The record alone, for lists: of the turns it only needs their words. */
export function unpackRecord(row: PackedSessionRow): SessionRecord {
  const words = restoreRepeats(
    row.turns.map((turn) => turn.x ?? ''),
    row.strings ?? [],
  ) as string[];
  return recordOf(
    row,
    words.map((text) => ({ text })),
  );
}

function recordOf(row: PackedSessionRow, turns: readonly { text: string }[]): SessionRecord {
  const body = lengthenKeys(restoreRepeats(row.body, row.strings ?? [])) as Body;
  const record = followPointers(body, turns);
  for (const field of PLAIN) (record as unknown as Record<string, unknown>)[field] = row[field];
  return record;
}
