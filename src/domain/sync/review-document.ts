// Revue's documents on the wire: the same append-only document a feedback file carries (or a
// calibration, or a parcours file), wrapped in the sync envelope, so that importing a file and
// replicating stay the same idempotent write.
import { calibrationSchema, type Calibration } from '../review/calibration';
import { reviewDocumentSchema, type ReviewDocument } from '../review/review-documents';
import { trainingPathSchema, type TrainingPath } from '../review/training-path';
import { documentId } from './document-kinds';
import { TRAVELLING_SCHEMA_VERSION, type TravellingDocument } from './travelling-document';

/** Every Revue document that travels. */
export type RevueDocument = ReviewDocument | Calibration | TrainingPath;

/**
 * The synced document of one Revue document written by `user`: about `agent`'s session, or, for a
 * parcours (about no one agent), with no agent and the writer as its subject.
 */
export function reviewTravellingDocument<T extends RevueDocument>(
  user: string,
  agent: string | null,
  document: T,
): TravellingDocument<T> {
  return {
    _id: documentId(document.kind, agent ?? user, document.id),
    kind: document.kind,
    schemaVersion: TRAVELLING_SCHEMA_VERSION,
    id: document.id,
    createdAt: document.createdAt,
    author: user,
    ...(agent === null ? {} : { agent }),
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

/** The same for a calibration or a parcours, each read by its own schema. */
export function receivedCalibration(doc: Pick<TravellingDocument, 'kind' | 'body'>) {
  const parsed = doc.kind === 'calibration' ? calibrationSchema.safeParse(doc.body) : null;
  return parsed?.success ? parsed.data : null;
}

export function receivedPath(doc: Pick<TravellingDocument, 'kind' | 'body'>) {
  const parsed = doc.kind === 'parcours' ? trainingPathSchema.safeParse(doc.body) : null;
  return parsed?.success ? parsed.data : null;
}
