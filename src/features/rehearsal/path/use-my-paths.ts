import { useCallback, useEffect, useState } from 'react';
import type { BundleProblem } from '@/domain/review/envelope';
import type { PathAttempt } from '@/domain/review/path-progress';
import type { TrainingPath } from '@/domain/review/training-path';
import { gatePathFile } from '@/domain/review/training-path-file';
import type { SessionRecord } from '@/storage/session-record';
import { createReviewRepository } from '@/storage/review-repository';
import { appStorage } from '@/stores/app-storage-registry';
import { useStorageStatusStore } from '@/stores/storage-status-store';

export type PathImportResult =
  | { outcome: 'imported' | 'already' | 'conflict' }
  | { outcome: 'refused'; problems: BundleProblem[] };

const repository = () => createReviewRepository(appStorage().db);

/** What a path needs of one of the agent's own sessions (finished ones only). */
export function attemptOf(record: SessionRecord): PathAttempt {
  const card = record.status === 'ended' ? record.scoreCard : null;
  return {
    scriptId: record.scriptId,
    mode: record.mode,
    startedAt: record.startedAt,
    scores: card
      ? {
          compliance: card.compliance.score,
          brandTone: card.brandTone,
          recovery: card.recovery,
          adherence: card.adherence.score,
        }
      : null,
  };
}

/** The paths this agent imported (theirs or the whole team's), newest first, and the import. */
export function useMyPaths(profileId: string | null) {
  const [paths, setPaths] = useState<TrainingPath[] | null>(null);
  const load = useCallback(async () => {
    try {
      const all = await repository().paths();
      return all
        .filter((p) => p.assignees.length === 0 || p.assignees.some((a) => a.id === profileId))
        .sort((a, b) => b.createdAt.localeCompare(a.createdAt));
    } catch (error) {
      useStorageStatusStore.getState().reportFailure(error, 'path.read');
      return [];
    }
  }, [profileId]);
  useEffect(() => {
    let current = true;
    void load().then((rows) => {
      if (current) setPaths(rows);
    });
    return () => {
      current = false;
    };
  }, [load]);

  const importFile = async (file: File): Promise<PathImportResult> => {
    const gated = gatePathFile(await file.text());
    if (!gated.ok) return { outcome: 'refused', problems: gated.problems };
    const { path } = gated.value;
    if (path.assignees.length > 0 && !path.assignees.some((a) => a.id === profileId)) {
      return {
        outcome: 'refused',
        problems: [
          {
            path: '$.path.assignees',
            message: {
              fr: 'Ce parcours est destiné à d’autres agents.',
              en: 'This path is meant for other agents.',
            },
            fix: {
              fr: 'Ouvrez Coulisses avec le profil auquel votre responsable l’a assigné.',
              en: 'Open Coulisses with the profile your team lead assigned it to.',
            },
          },
        ],
      };
    }
    const plan = await repository().importPath(path);
    setPaths(await load());
    if (plan.conflicts.length > 0) return { outcome: 'conflict' };
    return { outcome: plan.fresh.length > 0 ? 'imported' : 'already' };
  };
  return { paths, importFile };
}
