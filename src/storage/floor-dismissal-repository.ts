import type { CoulissesDatabase } from './database';
import { guardStorage } from './storage-failure';

/**
 * The floor proposals a trainer dismissed, per draft: one preference row per draft (no new
 * table; the row travels with backups like any preference). A damaged row reads as none.
 */
export interface FloorDismissalRepository {
  read(draftId: string): Promise<Set<string>>;
  dismiss(draftId: string, proposalId: string): Promise<Set<string>>;
}

const keyOf = (draftId: string) => `floorDismissed:${draftId}`;

function parse(value: string | undefined): Set<string> {
  try {
    const list: unknown = JSON.parse(value ?? '[]');
    return new Set(Array.isArray(list) ? list.filter((id) => typeof id === 'string') : []);
  } catch {
    return new Set();
  }
}

export function createFloorDismissalRepository(db: CoulissesDatabase): FloorDismissalRepository {
  const read = async (draftId: string) => parse((await db.preferences.get(keyOf(draftId)))?.value);
  return {
    read: (draftId) => guardStorage('floor.read', () => read(draftId)),
    dismiss: (draftId, proposalId) =>
      guardStorage('floor.dismiss', () =>
        db.transaction('rw', db.preferences, async () => {
          const dismissed = await read(draftId);
          dismissed.add(proposalId);
          await db.preferences.put({ key: keyOf(draftId), value: JSON.stringify([...dismissed]) });
          return dismissed;
        }),
      ),
  };
}
