import { useEffect } from 'react';

/**
 * Calls `flush` when the page is about to go, is hidden, or the component goes away. On a reload
 * or a closed tab, `pagehide` and `visibilitychange` come once unloading has begun, and a write
 * started then never reaches IndexedDB (the last moment of typing was lost). `beforeunload` comes
 * while the page is still whole, so the write it starts completes; hiding covers a tab switched
 * away and killed later, where no unload event comes at all.
 */
export function useFlushOnLeave(flush: () => Promise<void>): void {
  useEffect(() => {
    const onLeave = () => void flush();
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') void flush();
    };
    window.addEventListener('beforeunload', onLeave);
    window.addEventListener('pagehide', onLeave);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      window.removeEventListener('beforeunload', onLeave);
      window.removeEventListener('pagehide', onLeave);
      document.removeEventListener('visibilitychange', onVisibility);
      void flush();
    };
  }, [flush]);
}
