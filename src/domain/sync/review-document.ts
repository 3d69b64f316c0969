// Revue's documents on the wire: the same append-only document a feedback file carries, wrapped in
// the sync envelope, so that importing a file and replicating stay the same idempotent write.
import { reviewDocumentSchema, type ReviewDocument } from '../review/review-documents';
import { documentId } from './document-kinds';
import { TRAVELLING_SCHEMA_VERSION, type TravellingDocument } from './travelling-document';

/** The synced document of one Revue document written by `user` about `agent`'s session. */
export function reviewTravellingDocument(
  user: string,
  agent: string,
  document: ReviewDocument,
): TravellingDocument<ReviewDocument> {
  return {
    _id: documentId(document.kind, agent, document.id),
    kind: document.kind,
    schemaVersion: TRAVELLING_SCHEMA_VERSION,
    id: document.id,
    createdAt: document.createdAt,
    author: user,
    agent,
    body: document,
  };
}

/**
 * The Revue document a received one carries, or null when its body is not one (a newer build's
 * format, or a document written around the rules): the inbox keeps it, Revue does not trust it.
 */
export function receivedReviewDocument(doc: Pick<TravellingDocument, 'kind' | 'body'>) {
  const parsed = reviewDocumentSchema.safeParse(doc.body);
  return parsed.success && parsed.data.kind === doc.kind ? parsed.data : null;
}
