import { useState } from 'react';
import { useRetentionStore } from '@/stores/retention-store';
import { useStorageStatusStore } from '@/stores/storage-status-store';
import { libraryScripts } from '../library-scripts';
import { reviewRepository } from '../review-storage';
import { importReviewFile, type FileReport } from './import-file';

export interface ImportProgress {
  /** Files done, with the current file's share (so the bar moves within a large file). */
  done: number;
  total: number;
}

/** Imports files one after another, reporting each; a storage failure goes to the banner. */
export function useImport(onImported: () => Promise<void>) {
  const [progress, setProgress] = useState<ImportProgress | null>(null);
  const [reports, setReports] = useState<FileReport[]>([]);
  const importFiles = async (files: File[]) => {
    if (files.length === 0) return;
    setReports([]);
    setProgress({ done: 0, total: files.length });
    const scripts = await libraryScripts();
    const knowsScript = (id: string, version: string) => scripts.get(id)?.version === version;
    const done: FileReport[] = [];
    try {
      for (const file of files) {
        const before = done.length;
        const report = await importReviewFile(file, reviewRepository(), knowsScript, (share) =>
          setProgress({ done: before + share, total: files.length }),
        );
        done.push(report);
        setReports([...done]);
        setProgress({ done: done.length, total: files.length });
      }
      await onImported();
    } catch (error) {
      useStorageStatusStore.getState().reportFailure(error, 'review.import');
    } finally {
      setProgress(null);
    }
    // Agents' files may hold sessions already past the retention period: the notice (and, its
    // week over, the purge) must not wait for the next start. The import is over meanwhile.
    if (done.some((report) => report.outcome === 'imported' && report.fresh > 0)) {
      void useRetentionStore.getState().check();
    }
  };
  return { importFiles, progress, reports };
}
