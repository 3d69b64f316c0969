import type { DocumentKind } from './document-kinds';

export const TRAVELLING_SCHEMA_VERSION = 1;

/**
 * The envelope every synced document carries (DESIGN.md §9), plus CouchDB's `_id`. The body
 * depends on the kind; the envelope is what the server's rules and the browser's inbox read.
 */
export interface TravellingDocument<Body = unknown> {
  _id: string;
  kind: DocumentKind;
  schemaVersion: number;
  /** The id the document has on the device that wrote it. */
  id: string;
  createdAt: string;
  /** The CouchDB user who wrote it. */
  author: string;
  /** The agent the document is about (sessions and feedback). */
  agent?: string;
  body: Body;
}

/** A lead's feedback on one session, sent back to its agent. */
export interface FeedbackBody {
  sessionId: string;
  text: string;
}

/** Reads the envelope of a document that came from the server, or null if it has none. */
export function readEnvelope(value: unknown): TravellingDocument | null {
  const doc = value as Partial<TravellingDocument> | null;
  if (
    typeof doc?._id !== 'string' ||
    typeof doc.kind !== 'string' ||
    typeof doc.id !== 'string' ||
    typeof doc.author !== 'string' ||
    typeof doc.createdAt !== 'string' ||
    typeof doc.schemaVersion !== 'number'
  ) {
    return null;
  }
  return doc as TravellingDocument;
}
