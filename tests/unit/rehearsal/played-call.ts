import type { RehearsalMode } from '@/domain/customer/customer.types';
import { agentSays, startSession } from '@/domain/session/session-engine';
import type { SessionState } from '@/domain/session/session.types';
import {
  exampleBrand,
  exampleScript,
  libraryDocument,
  POLITE_LINES,
  realDeps,
} from '../domain/session/session-fixtures';

/**
 * The example call played through the real engine and language layer, M. Garnier answering.
 * Seeds picked by running the engine (`tools/rehearse.ts`) for what each test is about.
 */
export function playExampleCall(
  seed: number,
  mode: RehearsalMode,
  lines: readonly string[],
): SessionState {
  const brand = exampleBrand();
  const deps = realDeps(brand);
  const persona = libraryDocument('persona', 'remi-garnier-presse');
  let state = startSession({ script: exampleScript(), persona, brand, mode, seed });
  for (const line of lines) {
    if (state.status === 'ended') break;
    state = agentSays(state, line, deps);
  }
  return state;
}

/** The polite call, its closing line said twice: with these seeds it always reaches the end. */
export const POLITE_CALL = [...POLITE_LINES, POLITE_LINES[3] ?? '', POLITE_LINES[3] ?? ''];

/** Répétition, seed 9: M. Garnier interrupts on turn 2 and is back on track on turn 6. */
export const INTERRUPTED_CALL = { seed: 9, mode: 'repetition' } as const;

/** Filage, seed 2: an outburst on turn 4, a manager demand on turn 8, a legal threat on turn 12. */
export const ESCALATING_CALL = { seed: 2, mode: 'filage' } as const;
