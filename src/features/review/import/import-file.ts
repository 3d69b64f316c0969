import { tooLarge } from '@/domain/review/bundle-json';
import type { BundleProblem } from '@/domain/review/envelope';
import { toImportedSessions } from '@/domain/review/imported-session';
import { gateReviewFile } from '@/domain/review/review-file-gate';
import { SESSION_BUNDLE_LIMITS } from '@/domain/review/session-bundle-gate';
import type { ReviewRepository } from '@/storage/review-repository';

/** What became of one file: all of it went in, or none of it, and why. */
export type FileReport =
  | { name: string; outcome: 'imported'; fresh: number; already: number }
  | { name: string; outcome: 'refused'; problems: BundleProblem[] }
  | { name: string; outcome: 'conflict'; ids: string[] };

/**
 * Marks the end of each step of the last file's import (read, checked, converted, stored) on the
 * page's timeline: the bench reads them to tell where the time goes. A new file clears them.
 */
const STEPS = ['start', 'read', 'checked', 'converted', 'stored'] as const;
function mark(step: (typeof STEPS)[number]) {
  if (typeof performance.mark !== 'function') return;
  if (step === 'start') for (const name of STEPS) performance.clearMarks(`review-import:${name}`);
  performance.mark(`review-import:${step}`);
}

/** Lets the page paint (the progress bar) before a long synchronous step. */
const nextPaint = () =>
  new Promise<void>((done) => {
    const later = () => setTimeout(done, 0);
    if (typeof requestAnimationFrame === 'function') requestAnimationFrame(later);
    else later();
  });

// Shares of a file's progress: reading it, checking it, then writing it slice by slice.
const READ = 0.1;
const CHECKED = 0.3;
// Above this many characters, checking and converting take long enough (tens of milliseconds
// and more) to be worth a frame for the progress bar first; a small file would only wait.
const WORTH_A_PAINT = 1_000_000;

/**
 * Imports one file: its size is checked before it is read (the limit in bytes is never below
 * the text's length in characters), then the gate, then one all-or-nothing write. `onProgress`
 * hears how far along the file is, from 0 to 1.
 */
export async function importReviewFile(
  file: File,
  repository: ReviewRepository,
  knowsScript: (id: string, version: string) => boolean,
  onProgress: (share: number) => void = () => undefined,
): Promise<FileReport> {
  const { name } = file;
  if (file.size > SESSION_BUNDLE_LIMITS.maxBytes) {
    return {
      name,
      outcome: 'refused',
      problems: [tooLarge(file.size, SESSION_BUNDLE_LIMITS.maxBytes)],
    };
  }
  mark('start');
  const text = await file.text();
  mark('read');
  onProgress(READ);
  if (text.length > WORTH_A_PAINT) await nextPaint();
  const gated = gateReviewFile(text, { knowsScript });
  if (!gated.ok) return { name, outcome: 'refused', problems: gated.problems };
  mark('checked');
  onProgress(CHECKED);
  if (text.length > WORTH_A_PAINT) await nextPaint();
  let plan;
  if (gated.value.kind === 'sessions') {
    const sessions = toImportedSessions(gated.value.bundle);
    mark('converted');
    plan = await repository.importSessions(sessions, (written, total) =>
      onProgress(CHECKED + ((1 - CHECKED) * written) / total),
    );
  } else plan = await repository.importDocuments(gated.value.bundle.documents);
  mark('stored');
  if (plan.conflicts.length > 0) return { name, outcome: 'conflict', ids: plan.conflicts };
  return { name, outcome: 'imported', fresh: plan.fresh.length, already: plan.already };
}
