// What became of the documents that left: sent (the server holds them) or refused (with the
// server's reason, kept locally and shown). Reconciling asks the server about rows still pending,
// which covers a tab that died between the server's answer and our note of it.
import type { SyncRepository } from '@/storage/sync-repository';
import type { PouchDatabase } from './pouch.types';

/** Sets the state of the given outbox rows. */
export async function markOutbox(
  repository: SyncRepository,
  ids: readonly string[],
  state: 'sent' | 'refused',
  reason: string | null = null,
): Promise<void> {
  if (ids.length === 0) return;
  const now = new Date().toISOString();
  const rows = await repository.outboxRows(ids);
  await repository.putOutbox(rows.map((row) => ({ ...row, state, reason, updatedAt: now })));
}

/** Marks a document the server refused, from the replication's `denied` event. */
export async function markDenied(repository: SyncRepository, error: unknown): Promise<void> {
  const denied = error as { id?: string; reason?: string; message?: string };
  if (denied.id) {
    await markOutbox(repository, [denied.id], 'refused', denied.reason ?? denied.message ?? '');
  }
}

/**
 * After a caught-up push: rows still pending are either on the server already, or were refused
 * while nobody listened. The first are marked sent; the others are pushed once more by id, so a
 * refusal comes back with its reason.
 */
export async function reconcileOutbox(
  repository: SyncRepository,
  local: PouchDatabase,
  remote: PouchDatabase,
  kinds: readonly string[],
): Promise<void> {
  const pending = (await repository.outboxIn('pending'))
    .filter((row) => kinds.includes(row.kind))
    .map((row) => row.id);
  if (pending.length === 0) return;
  const found = await remote.allDocs({ keys: pending });
  const present = found.rows.filter((row) => !row.error && !row.value?.deleted).map((r) => r.key);
  await markOutbox(repository, present, 'sent');
  const missing = pending.filter((id) => !present.includes(id));
  if (missing.length === 0) return;
  const denials: unknown[] = [];
  const again = local.replicate.to(remote, { doc_ids: missing });
  again.on('denied', (error) => void denials.push(error));
  const result = (await again) as { docs_written?: number };
  for (const error of denials) await markDenied(repository, error);
  if (result.docs_written) await reconcileOutbox(repository, local, remote, kinds);
}
