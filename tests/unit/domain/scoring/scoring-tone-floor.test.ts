import { describe, expect, it } from 'vitest';
import { createRandom } from '@/domain/random/seeded-random';
import { scoreSession } from '@/domain/scoring/score-session';
import { abandonSession, agentHangsUp } from '@/domain/session/call-endings';
import { agentSays, startSession } from '@/domain/session/session-engine';
import type { SessionState } from '@/domain/session/session.types';
import {
  defaultRubric,
  libraryCall,
  libraryCases,
} from '../../../fixtures/golden-sessions/golden-player';

const rubric = defaultRubric();
// The lowest band's ceiling: the second-lowest band starts here.
const LOWEST_BAND_CEILING = [...rubric.grades].sort((a, b) => a.min - b.min)[1]?.min ?? 50;
const SYLLABLES = ['blo', 'rf', 'zug', 'kra', 'pli', 'mou', 'tak', 'vré', 'gno', 'sti'];

/** Seeded words that mean nothing (no French or English word, no move). */
function nonsense(seed: number, index: number): string {
  const random = createRandom(`${seed}:${index}`);
  const word = () => `${random.pick(SYLLABLES)}${random.pick(SYLLABLES)}`;
  return `${word()} ${word()} ${word()}.`;
}

type Call = 'gibberish' | 'silent' | 'hung-up' | 'hung-up-after-a-line';

function play(scriptId: string, personaId: string, seed: number, call: Call): SessionState {
  const { script, persona, brand, deps } = libraryCall(scriptId, personaId);
  let session = startSession({ script, persona, brand, mode: 'filage', seed });
  if (call === 'hung-up') return agentHangsUp(session);
  if (call === 'hung-up-after-a-line')
    return agentHangsUp(agentSays(session, nonsense(seed, 0), deps));
  for (let i = 0; i < 6 && session.status !== 'ended'; i += 1)
    session = agentSays(session, call === 'silent' ? '' : nonsense(seed, i), deps);
  return session.status === 'ended' ? session : abandonSession(session);
}

describe('brand tone cannot reward what was never said (issue 13, item 7)', () => {
  const cases = libraryCases().flatMap((c) =>
    (['gibberish', 'silent', 'hung-up', 'hung-up-after-a-line'] as const).flatMap((call) =>
      [1, 2].map((seed) => ({ ...c, call, seed })),
    ),
  );
  it.each(cases)(
    '$scriptId with $personaId, $call call, seed $seed: tone in the lowest band, with its reason',
    ({ scriptId, personaId, call, seed }) => {
      const session = play(scriptId, personaId, seed, call);
      const card = scoreSession(session, rubric, session.config.brand);
      expect(card.brandTone).toBeLessThan(LOWEST_BAND_CEILING);
      expect(card.overall.score).toBeLessThan(LOWEST_BAND_CEILING);
      const reason = card.findings.find(
        (f) =>
          f.criterion === 'brandTone' &&
          (f.rule === 'tone_unheard' || f.rule === 'hung_up_on_caller'),
      );
      expect(reason?.why, 'the card says why the tone is that low').toBeTruthy();
      expect(reason?.points).toBeLessThan(0);
    },
    30_000,
  );
});
