import { useEffect, useMemo, useState } from 'react';
import type { DocumentAuthor } from '@/domain/review/envelope';
import type { ImportedSession } from '@/domain/review/imported-session';
import type { ReviewDocument } from '@/domain/review/review-documents';
import { foldReview } from '@/domain/review/review-state';
import { selectActiveProfile, useProfileStore } from '@/stores/profile-store';
import { useStorageStatusStore } from '@/stores/storage-status-store';
import { reviewRepository } from '../review-storage';

export type NewDocument<T> = T extends ReviewDocument
  ? Omit<T, 'schemaVersion' | 'id' | 'createdAt' | 'author' | 'session'>
  : never;

interface Loaded {
  id: string;
  session: ImportedSession | null;
  documents: ReviewDocument[];
}

async function loadReview(id: string): Promise<Loaded> {
  try {
    const repository = reviewRepository();
    const session = await repository.getSession(id);
    return { id, session, documents: await repository.documentsOf([id]) };
  } catch (error) {
    useStorageStatusStore.getState().reportFailure(error, 'review.read');
    return { id, session: null, documents: [] };
  }
}

/** One imported session, its review folded from its documents, and how to append to it. */
export function useSessionReview(documentId: string) {
  const profile = useProfileStore(selectActiveProfile);
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  useEffect(() => {
    let current = true;
    void loadReview(documentId).then((result) => {
      if (current) setLoaded(result);
    });
    return () => {
      current = false;
    };
  }, [documentId]);
  const session = loaded?.id === documentId ? loaded.session : undefined;
  const documents = useMemo(
    () => (loaded?.id === documentId ? loaded.documents : []),
    [loaded, documentId],
  );
  const author: DocumentAuthor = { id: profile?.id ?? 'unknown', name: profile?.displayName ?? '' };
  /** Appends one document (a note, an edit, an adjustment, a verdict) with a fresh id. */
  const append = async (document: NewDocument<ReviewDocument>) => {
    const full = {
      ...document,
      schemaVersion: 1,
      id: `${document.kind}:${crypto.randomUUID()}`,
      createdAt: new Date().toISOString(),
      author,
      session: documentId,
    } as ReviewDocument;
    try {
      await reviewRepository().append(full);
      setLoaded((current) => current && { ...current, documents: [...current.documents, full] });
    } catch (error) {
      useStorageStatusStore.getState().reportFailure(error, 'review.save');
    }
  };
  const review = useMemo(() => foldReview(documents), [documents]);
  return { session, documents, review, append, author };
}
