import { existsSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { REHEARSAL_MODES } from '@/domain/customer/customer.types';
import { createRandom } from '@/domain/random/seeded-random';
import { agentSays, startSession } from '@/domain/session/session-engine';
import { deadAir } from '@/domain/session/silence-and-hold';
import { stageView } from '@/domain/session/session-views';
import {
  exampleBrand,
  exampleScript,
  fakePersona,
  libraryDocument,
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

  it('plays every library script with each persona it suggests', () => {
    const generic = {
      fr: [
        ...POLITE_LINES,
        'Je vous mets en relation avec ma collègue, à qui j’explique votre situation.',
      ],
      en: [
        'Harbour Mobile, good morning, this is Sam; this call is recorded for quality. How can I help?',
        'To protect your account, could you give me your account number, please?',
        'I understand how frustrating this is; if I understand correctly, you were overcharged, is that right?',
        'I am raising the refund now; you will see it within 5 working days.',
        'Is there anything else I can help with? Have a lovely day.',
      ],
    };
    for (const file of readdirSync('scripts-library/scripts')) {
      const script = libraryDocument('script', file.replace(/\.json$/u, ''));
      const scriptBrand = libraryDocument('brand-guide', script.brand);
      const scriptDeps = realDeps(scriptBrand, script.language);
      const personas = script.suggestedPersonas.filter((id) =>
        existsSync(`scripts-library/personas/${id}.json`),
      );
      expect(personas.length, `${script.id} suggests personas that exist`).toBeGreaterThan(0);
      for (const id of personas) {
        const character = libraryDocument('persona', id);
        for (let seed = 1; seed <= 5; seed += 1) {
          let state = startSession({
            script,
            persona: character,
            brand: scriptBrand,
            mode: 'filage',
            seed,
          });
          for (const line of generic[script.language]) state = agentSays(state, line, scriptDeps);
          const speakers = state.transcript
            .filter((turn) => turn.speaker !== 'system')
            .map((turn) => turn.speaker);
          expect(speakers[0], `${script.id}/${id}`).toBeDefined();
          expect(
            state.transcript.every((turn) => !turn.text.includes('{')),
            `${script.id}/${id}`,
          ).toBe(true);
        }
      }
    }
  });
});
