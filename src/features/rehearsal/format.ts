// One formatter per language, shared with the rest of the app: building one per row is what
// made long lists slow.
export { formatDateTime } from '@/ui/format-date-time';

/** Seconds as m:ss (or h:mm:ss), the way a call timer reads. */
export function formatDuration(totalSeconds: number): string {
  const seconds = Math.max(0, Math.floor(totalSeconds));
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = String(seconds % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
}
