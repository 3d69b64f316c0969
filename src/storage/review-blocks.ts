import {
  summaryOfImported,
  type ImportedSession,
  type ImportedSummary,
} from '@/domain/review/imported-session';

/**
 * How Revue stores imported sessions: by blocks of one agent's sessions, not one row each.
 * Chromium spends about half a millisecond on each IndexedDB record whatever its size (measured:
 * 10,000 rows take 7 s of CPU to add, 100 rows holding the same bytes 0.4 s), so a team's
 * thousands of sessions go in as a hundred rows. A block's summaries (all but the transcripts,
 * what tables and lists read) and its transcripts are two rows under one key, so the team table
 * never reads a transcript.
 */
export const BLOCK_SIZE = 100;

export interface SessionBlockRow {
  /** Auto-incremented; the block's transcripts row has the same key. */
  id?: number;
  /** The agent whose sessions these are (index: one agent's page). */
  agent: string;
  /** The earliest start among them (index: retention finds what is due without reading all). */
  first: string;
  /** The sessions' document ids, in the order of `summaries` (multi-entry index: dedup by id). */
  ids: string[];
  summaries: ImportedSummary[];
}

export interface TranscriptBlockRow {
  id: number;
  /**
   * Each session's transcript as JSON text, in the block's order (null for a session stored
   * without one): a string costs a copy to read, and only the session opened is parsed.
   * Transcripts come from JSON files, so JSON gives them back exactly.
   */
  transcripts: (string | null)[];
}

export interface NewBlock {
  block: Omit<SessionBlockRow, 'id'>;
  transcripts: TranscriptBlockRow['transcripts'];
}

// A damaged row from an older version may lack these; it is stored all the same (never lost).
const agentOf = (session: ImportedSession): string => String(session.agent?.id ?? '');
const startOf = (session: ImportedSummary): string => String(session.startedAt ?? '');

/** Sessions grouped by agent, then cut into blocks of at most `BLOCK_SIZE`, in their order. */
export function toBlocks(sessions: readonly ImportedSession[]): NewBlock[] {
  const byAgent = new Map<string, ImportedSession[]>();
  for (const session of sessions) {
    const list = byAgent.get(agentOf(session));
    if (list) list.push(session);
    else byAgent.set(agentOf(session), [session]);
  }
  const blocks: NewBlock[] = [];
  for (const [agent, list] of byAgent) {
    for (let start = 0; start < list.length; start += BLOCK_SIZE) {
      const part = list.slice(start, start + BLOCK_SIZE);
      blocks.push({
        block: blockOf(agent, part.map(summaryOfImported)),
        transcripts: part.map(transcriptText),
      });
    }
  }
  return blocks;
}

/** A block of one agent's sessions, from their summaries (at least one). */
function blockOf(agent: string, summaries: ImportedSummary[]): NewBlock['block'] {
  return {
    agent,
    first: summaries.map(startOf).reduce((a, b) => (b < a ? b : a)),
    ids: summaries.map((summary) => summary.id),
    summaries,
  };
}

function transcriptText(session: ImportedSession): string | null {
  return session.transcript === undefined ? null : JSON.stringify(session.transcript);
}

/** The block with only the sessions `keep` accepts, or null when none is left. */
export function withoutPlaces(
  block: SessionBlockRow,
  transcripts: TranscriptBlockRow['transcripts'],
  keep: (id: string) => boolean,
): NewBlock | null {
  const places = block.ids.flatMap((id, place) => (keep(id) ? [place] : []));
  if (places.length === 0) return null;
  const summaries = places.map((place) => block.summaries[place] as ImportedSummary);
  return {
    block: blockOf(block.agent, summaries),
    transcripts: places.map((place) => transcripts[place] ?? null),
  };
}

/** The session at `place` in a block, with its transcript back where the document has it. */
export function sessionAt(
  block: SessionBlockRow,
  transcripts: TranscriptBlockRow | undefined,
  place: number,
): ImportedSession {
  const summary = block.summaries[place] as ImportedSummary;
  const text = transcripts?.transcripts[place] ?? null;
  if (text === null) return summary as ImportedSession;
  const transcript = JSON.parse(text) as ImportedSession['transcript'];
  // Before the score card, as `toImportedSessions` writes it (content is compared key-sorted,
  // but an unchanged order keeps the document exactly as it was).
  if (!('scoreCard' in summary)) return { ...(summary as object), transcript } as ImportedSession;
  const { scoreCard, ...head } = summary;
  return { ...head, transcript, scoreCard };
}

/** Every session of these blocks, transcripts included. */
export function sessionsOf(
  blocks: readonly (SessionBlockRow | undefined)[],
  transcripts: readonly (TranscriptBlockRow | undefined)[],
): ImportedSession[] {
  return blocks.flatMap((block, at) =>
    block ? block.ids.map((_, place) => sessionAt(block, transcripts[at], place)) : [],
  );
}

/** Id order, as one row per session was read before (IndexedDB compares strings by code unit). */
export const byId = <T extends { id: string }>(a: T, b: T): number =>
  a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
