import { describe, expect, it } from 'vitest';
import { agentSays, startSession } from '@/domain/session/session-engine';
import { stageView } from '@/domain/session/session-views';
import { libraryCall, libraryCases } from '../../../fixtures/golden-sessions/golden-player';

const CASES = libraryCases();
// Ways a reader picks: always the first line shown, always the last, or the best and a mistake
// by turns — enough to send the customer off the script and back.
const POLICIES = ['first', 'last', 'alternate'] as const;
const SEEDS = [1, 8];

/**
 * A read-through never leaves the agent with nothing to say while the call is live: whatever
 * they pick, the customer's asides included, each turn offers three lines until the call ends.
 */
describe('Lecture never gets stuck (issue 13 §9: every turn offers options)', () => {
  it.each(CASES)(
    '$scriptId with $personaId: three lines at every turn until the call ends',
    ({ scriptId, personaId }) => {
      const { script, persona, brand, deps } = libraryCall(scriptId, personaId);
      for (const policy of POLICIES) {
        for (const seed of SEEDS) {
          let session = startSession({ script, persona, brand, mode: 'lecture', seed });
          for (let turn = 0; turn < 40 && session.status === 'in_call'; turn += 1) {
            const view = stageView(session, 'Camille');
            const where = `${policy} × seed ${seed}, turn ${turn} (${view.stepId ?? 'aside'})`;
            expect(view.waitingFor, where).toBe('agent');
            expect(view.choices, where).toHaveLength(3);
            const pick =
              policy === 'first'
                ? view.choices[0]
                : policy === 'last'
                  ? view.choices[2]
                  : view.choices.find((choice) => (choice.quality === 'best') === (turn % 2 === 0));
            session = agentSays(session, pick?.text ?? '', deps);
          }
        }
      }
    },
    // Eighteen read-throughs through the real analyser: seconds on the shared 2-core machine.
    120_000,
  );

  it('an English read-through where the impostor goes off the script still offers three lines', () => {
    // Found walking the app: en-billing-dispute, seed 8, Mr Cole, the first line twice.
    const { script, persona, brand, deps } = libraryCall(
      'en-billing-dispute',
      'daniel-cole-impostor',
    );
    let session = startSession({ script, persona, brand, mode: 'lecture', seed: 8 });
    for (let turn = 0; turn < 40 && session.status === 'in_call'; turn += 1) {
      const view = stageView(session, 'Sam');
      expect(view.choices, `turn ${turn} (${view.stepId ?? 'aside'})`).toHaveLength(3);
      session = agentSays(session, view.choices[0]?.text ?? '', deps);
    }
  }, 60_000);
});
