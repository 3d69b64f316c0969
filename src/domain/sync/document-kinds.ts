/**
 * The travelling documents of team sync, one row per kind. The server's `validate_doc_update`,
 * the server-side replications and the browser's mapping are all generated from this table, so a
 * new kind (Revue's notes, adjustments, verdicts, calibration scores, parcours) plugs in by adding
 * a row here — see docs/sync.md, « Adding a kind ».
 */

import { RESPONSES, VERDICTS } from '../review/review-documents';
import { RECURRENCES } from '../review/training-path';
import { CRITERIA } from '../scoring/criteria';

/** The roles a CouchDB user can hold in a Coulisses team. */
export const TEAM_ROLES = ['agent', 'lead', 'trainer', 'admin'] as const;
export type TeamRole = (typeof TEAM_ROLES)[number];

/** The three kinds of database of the topology (docs/sync.md). */
export type DatabaseKind = 'agent' | 'team' | 'catalogue';

/**
 * What the server checks in one field of a document's body. Plain data: the server's
 * `validate_doc_update` (ES5, run by CouchDB) reads it, so no zod schema can travel there.
 */
export type BodyFieldRule =
  | { type: 'string'; min?: number; max?: number }
  | { type: 'integer'; min: number; max: number }
  | { type: 'boolean' }
  | { oneOf: readonly string[] };

export interface DocumentKindRule {
  /** The only role that may create this kind (server admins and the replicator aside). */
  writer: TeamRole;
  /** The database the writer's browser pushes it to. */
  home: DatabaseKind;
  /**
   * The field naming the document's subject, the middle part of its id
   * (`<kind>:<subject>:<local id>`): the agent the document is about, the script, or the writer
   * (a parcours is about no one agent).
   */
  subjectField: 'agent' | 'scriptId' | 'author';
  /** The subject must be the writer themself (an agent writes only their own sessions). */
  subjectIsWriter: boolean;
  /** Server-side replication copies it from each agent's database into the team database. */
  fansIn: boolean;
  /** Server-side replication copies it from the team database back to its agent's database. */
  fansBack: boolean;
  /** Fields of `body` the server requires, with their shape (Revue's documents). */
  body?: Readonly<Record<string, BodyFieldRule>>;
}

const text = (max: number, min = 0): BodyFieldRule => ({ type: 'string', min, max });
const sessionRef = { session: text(300, 1) };

/** A lead's Revue document about one agent's session: written in the team, sent back to the agent. */
const leadReview = {
  writer: 'lead',
  home: 'team',
  subjectField: 'agent',
  subjectIsWriter: false,
  fansIn: false,
  fansBack: true,
} as const;

/** Every kind the server accepts. Documents of any other kind are refused. */
export const DOCUMENT_KINDS = {
  // A finished rehearsal, immutable once written, read by the leads.
  session: {
    writer: 'agent',
    home: 'agent',
    subjectField: 'agent',
    subjectIsWriter: true,
    fansIn: true,
    fansBack: false,
  },
  // A lead's free word to one agent about one session (the team inbox's « Envoyer un retour »).
  feedback: {
    writer: 'lead',
    home: 'team',
    subjectField: 'agent',
    subjectIsWriter: false,
    fansIn: false,
    fansBack: true,
  },
  // Revue's append-only documents (src/domain/review/review-documents.ts), the whole Revue
  // document in `body`. An edit or a deletion is a new document of the same thread, never a
  // second revision, so none of them can conflict.
  note: {
    ...leadReview,
    body: {
      ...sessionRef,
      thread: text(300, 1),
      turn: { type: 'integer', min: 0, max: 10_000 },
      text: text(4_000),
      deleted: { type: 'boolean' },
    },
  },
  adjustment: {
    ...leadReview,
    body: {
      ...sessionRef,
      criterion: { oneOf: CRITERIA },
      score: { type: 'integer', min: 0, max: 100 },
      reason: text(2_000, 1),
    },
  },
  verdict: {
    ...leadReview,
    body: { ...sessionRef, verdict: { oneOf: VERDICTS }, action: text(2_000) },
  },
  // The agent's answer to the feedback on one of their sessions, going up to the leads.
  response: {
    writer: 'agent',
    home: 'agent',
    subjectField: 'agent',
    subjectIsWriter: true,
    fansIn: true,
    fansBack: false,
    body: { ...sessionRef, response: { oneOf: RESPONSES }, comment: text(2_000) },
  },
  // One lead's blind scores of one session (Revue's calibration): read by the other leads in the
  // team database, never sent back to the agent (it changes nothing the agent is credited with).
  calibration: {
    writer: 'lead',
    home: 'team',
    subjectField: 'agent',
    subjectIsWriter: false,
    fansIn: false,
    fansBack: false,
    body: { ...sessionRef, comment: text(2_000) },
  },
  // A parcours a lead composed, flowing down from the catalogue every member reads. Append-only
  // like Revue's other documents: a new version is a new document.
  parcours: {
    writer: 'lead',
    home: 'catalogue',
    subjectField: 'author',
    subjectIsWriter: true,
    fansIn: false,
    fansBack: false,
    body: {
      title: text(200, 1),
      recurrence: { oneOf: RECURRENCES },
      startsOn: text(10, 10),
    },
  },
  // A published script version, flowing down from the catalogue that agents only read.
  script: {
    writer: 'trainer',
    home: 'catalogue',
    subjectField: 'scriptId',
    subjectIsWriter: false,
    fansIn: false,
    fansBack: false,
  },
} as const satisfies Record<string, DocumentKindRule>;

export type DocumentKind = keyof typeof DOCUMENT_KINDS;

/** True when the value names a kind of the table. */
export function isDocumentKind(value: unknown): value is DocumentKind {
  return typeof value === 'string' && Object.hasOwn(DOCUMENT_KINDS, value);
}

/** The stable id of a travelling document: `<kind>:<subject>:<local id>`. */
export function documentId(kind: DocumentKind, subject: string, localId: string): string {
  return `${kind}:${subject}:${localId}`;
}

/** CouchDB user names we accept: they also name a database, whose rules are stricter. */
export const TEAM_USER_NAME = /^[a-z][a-z0-9_-]{1,39}$/u;

/** Names of the databases of one team. */
export const teamDatabases = {
  team: 'coulisses-team',
  catalogue: 'coulisses-catalogue',
  agent: (name: string) => `coulisses-agent-${name}`,
};
