import { describe, expect, it } from 'vitest';
import { REHEARSAL_MODES } from '@/domain/customer/customer.types';
import { createRandom } from '@/domain/random/seeded-random';
import { agentSays, deadAir, startSession } from '@/domain/session/session-engine';
import { stageView } from '@/domain/session/session-views';
import {
  exampleBrand,
  exampleScript,
  fakePersona,
  POLITE_LINES,
  realDeps,
  RUDE_LINES,
} from './session-fixtures';

const script = exampleScript();
const brand = exampleBrand();
const deps = realDeps(brand);
const persona = fakePersona({ type: 'agressif', temperament: { improvisation: 0.9 } });

const WEIRD = [
  '',
  '   ',
  '🎭🎭🎭 😡',
  '<script>alert(1)</script>',
  'Здравствуйте, чем могу помочь?',
  'é'.repeat(10_000),
  'x'.repeat(10_240),
  '?!?!;;::',
  '\u0000\u0007\u202e',
];

describe('session robustness', { timeout: 120_000 }, () => {
  it('survives 1,000 random-seed calls with garbage, huge and emoji agent lines', () => {
    const pool = [...WEIRD, ...POLITE_LINES, ...RUDE_LINES];
    for (let call = 0; call < 1000; call += 1) {
      const random = createRandom(`robust:${call}`);
      const mode = random.pick(REHEARSAL_MODES);
      let state = startSession({ script, persona, brand, mode, seed: random.int(2 ** 31) });
      const turns = 2 + random.int(6);
      for (let turn = 0; turn < turns && state.status !== 'ended'; turn += 1) {
        state = random.chance(0.1)
          ? deadAir(state, random.int(60))
          : agentSays(state, random.pick(pool), deps);
        const view = stageView(state, 'Julie');
        expect(view.mood.irritation).toBeGreaterThanOrEqual(0);
        expect(view.mood.irritation).toBeLessThanOrEqual(100);
      }
      for (const entry of state.transcript) expect(typeof entry.text).toBe('string');
    }
  });
});
