/**
 * The travelling documents of team sync, one row per kind. The server's `validate_doc_update`,
 * the server-side replications and the browser's mapping are all generated from this table, so a
 * new kind (Revue's notes, adjustments, verdicts, calibration scores, parcours) plugs in by adding
 * a row here — see docs/sync.md, « Adding a kind ».
 */

/** The roles a CouchDB user can hold in a Coulisses team. */
export const TEAM_ROLES = ['agent', 'lead', 'trainer', 'admin'] as const;
export type TeamRole = (typeof TEAM_ROLES)[number];

/** The three kinds of database of the topology (docs/sync.md). */
export type DatabaseKind = 'agent' | 'team' | 'catalogue';

export interface DocumentKindRule {
  /** The only role that may create this kind (server admins and the replicator aside). */
  writer: TeamRole;
  /** The database the writer's browser pushes it to. */
  home: DatabaseKind;
  /**
   * The field naming the document's subject, the middle part of its id
   * (`<kind>:<subject>:<local id>`): the agent the document is about, or the script.
   */
  subjectField: 'agent' | 'scriptId';
  /** The subject must be the writer themself (an agent writes only their own sessions). */
  subjectIsWriter: boolean;
  /** Server-side replication copies it from each agent's database into the team database. */
  fansIn: boolean;
  /** Server-side replication copies it from the team database back to its agent's database. */
  fansBack: boolean;
}

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
  // A lead's word to one agent about one session; Revue's notes, adjustments and verdicts will
  // travel as rows shaped like this one.
  feedback: {
    writer: 'lead',
    home: 'team',
    subjectField: 'agent',
    subjectIsWriter: false,
    fansIn: false,
    fansBack: true,
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
