import type { DocumentAuthor } from '@/domain/review/envelope';
import type { TrainingPath } from '@/domain/review/training-path';
import { buildPathFile } from '@/domain/review/training-path-file';
import { downloadJson } from '@/ui/download-json';

/** Downloads the file agents import in Répéter (« coulisses-parcours-… »). */
export function exportPath(path: TrainingPath, author: DocumentAuthor): void {
  const now = new Date();
  const stamp = now.toISOString().slice(0, 10);
  downloadJson(
    `coulisses-parcours-${stamp}.json`,
    buildPathFile(crypto.randomUUID(), author, now, path),
  );
}
