import { useLayoutEffect } from 'react';
import { create } from 'zustand';

interface LiveCallState {
  /** Calls on the stage in this tab (picked up and not yet ended); 0 or 1 in practice. */
  liveCalls: number;
}

/**
 * Whether a call is being played in this tab. The update banner reads it so a new version is
 * never offered, nor its reload done, while an agent is on a call.
 */
export const useLiveCallStore = create<LiveCallState>()(() => ({ liveCalls: 0 }));

export const selectCallIsLive = (state: LiveCallState) => state.liveCalls > 0;

/**
 * Counts the calling component as a live call while `live` is true and it is mounted. A layout
 * effect: the call counts as live in the same commit that puts the stage on screen, so no frame
 * (and nothing reading the store) ever sees the stage with no call marked live.
 */
export function useLiveCallMarker(live: boolean): void {
  useLayoutEffect(() => {
    if (!live) return;
    useLiveCallStore.setState((state) => ({ liveCalls: state.liveCalls + 1 }));
    return () => useLiveCallStore.setState((state) => ({ liveCalls: state.liveCalls - 1 }));
  }, [live]);
}
