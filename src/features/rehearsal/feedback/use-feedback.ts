import { useCallback, useEffect, useState } from 'react';
import type { BundleProblem } from '@/domain/review/envelope';
import { sessionDocumentId } from '@/domain/review/envelope';
import type { ReviewDocument } from '@/domain/review/review-documents';
import { createReviewRepository } from '@/storage/review-repository';
import { appStorage } from '@/stores/app-storage-registry';
import type { Profile } from '@/domain/profile/profile';
import { useStorageStatusStore } from '@/stores/storage-status-store';

export type FeedbackImportResult =
  | { outcome: 'imported'; fresh: number; already: number }
  | { outcome: 'refused'; problems: BundleProblem[] }
  | { outcome: 'conflict' };

const repository = () => createReviewRepository(appStorage().db);

async function loadDocuments(profileId: string | undefined): Promise<ReviewDocument[]> {
  if (!profileId) return [];
  try {
    const all = await repository().allDocuments();
    const prefix = sessionDocumentId(profileId, '');
    return all.filter((document) => document.session.startsWith(prefix));
  } catch (error) {
    useStorageStatusStore.getState().reportFailure(error, 'feedback.read');
    return [];
  }
}

// A feedback file is for the agent whose sessions it reviews; anyone else's is refused whole.
function othersSessions(sessions: { agentId: string }[], profileId: string): BundleProblem | null {
  const index = sessions.findIndex((ref) => ref.agentId !== profileId);
  if (index < 0) return null;
  return {
    path: `$.sessions[${index}].agentId`,
    message: {
      fr: 'Ce retour concerne les séances d’un autre profil.',
      en: 'This feedback is about another profile’s sessions.',
    },
    fix: {
      fr: 'Ouvrez Coulisses avec le profil qui a exporté ces séances.',
      en: 'Open Coulisses with the profile that exported those sessions.',
    },
  };
}

/** The review documents about the active agent's sessions, and how to import and answer them. */
export function useFeedback(profile: Pick<Profile, 'id' | 'displayName'> | null) {
  const [documents, setDocuments] = useState<ReviewDocument[]>([]);
  const profileId = profile?.id;
  useEffect(() => {
    let current = true;
    void loadDocuments(profileId).then((rows) => {
      if (current) setDocuments(rows);
    });
    return () => {
      current = false;
    };
  }, [profileId]);
  const reload = useCallback(async () => setDocuments(await loadDocuments(profileId)), [profileId]);

  const importFile = async (file: File): Promise<FeedbackImportResult> => {
    // The gate and its schemas load with the first file: the history page opens without them.
    const { gateFeedbackBundle } = await import('@/domain/review/feedback-bundle');
    const gated = gateFeedbackBundle(await file.text());
    if (!gated.ok) return { outcome: 'refused', problems: gated.problems };
    const foreign = othersSessions(gated.value.sessions, profileId ?? '');
    if (foreign) return { outcome: 'refused', problems: [foreign] };
    const plan = await repository().importDocuments(gated.value.documents);
    await reload();
    if (plan.conflicts.length > 0) return { outcome: 'conflict' };
    return { outcome: 'imported', fresh: plan.fresh.length, already: plan.already };
  };

  const respond = async (
    session: string,
    response: 'acknowledged' | 'disputed',
    comment: string,
  ) => {
    if (!profile) return;
    await repository().append({
      kind: 'response',
      schemaVersion: 1,
      id: `response:${crypto.randomUUID()}`,
      createdAt: new Date().toISOString(),
      author: { id: profile.id, name: profile.displayName },
      session,
      response,
      comment,
    });
    await reload();
  };
  return { documents, importFile, respond };
}
