import { create } from 'zustand';

interface TestBenchState {
  /** The step the bench's call is at: the map and the list highlight it. */
  playingStepId: string | null;
  setPlaying: (stepId: string | null) => void;
}

/** What the test bench shares with the map: the step being played. */
export const useTestBenchStore = create<TestBenchState>()((set) => ({
  playingStepId: null,
  setPlaying: (playingStepId) => set({ playingStepId }),
}));
