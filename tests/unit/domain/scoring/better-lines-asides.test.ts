// Issue 13 item 5, with the customer improvising: the read-through never goes off-script, so the
// advice for an aside (« Mieux » after an interruption, a manager demand, a digression…) is only
// met in a rehearsal. An agent who reads the author's line whatever the customer does draws that
// advice; each « Mieux », said in its place (same seed, same lines before), must draw no deduction
// and no breach on its turn, be a whole sentence filled for this customer, and skip no mandatory
// step the original call had covered.
import { describe, expect, it } from 'vitest';
import { fillPlaceholders } from '@/domain/customer/customer-lines';
import type { ScoreCard } from '@/domain/scoring/score-card.types';
import { scoreSession } from '@/domain/scoring/score-session';
import { abandonSession } from '@/domain/session/call-endings';
import { currentStep, type ScriptSnapshot } from '@/domain/session/script-cursor';
import { agentSays, startSession } from '@/domain/session/session-engine';
import type { SessionConfig, SessionDependencies } from '@/domain/session/session.types';
import {
  defaultRubric,
  libraryCall,
  libraryCases,
} from '../../../fixtures/golden-sessions/golden-player';

const rubric = defaultRubric();
const CASES = libraryCases();
const SEEDS = [1, 2, 3];
// The customer's mood over the next turns is the simulation's, not one line's; the turns it took
// to come back are the earlier lines' (the late answer is where they are counted).
const NOT_ONE_LINE = new Set(['irritation_stays_high', 'slow_return']);
// Findings about the whole call, pinned on a line of it: after the « Mieux » the agent here still
// reads on through every later aside, so the rest of the call is not the line's doing. Whether
// the « Mieux » skips a mandatory step is checked on its own below.
const WHOLE_CALL = new Set([
  'closing_missing',
  'customer_never_named',
  'mandatory_step_missed',
  'step_out_of_order',
  'call_not_held',
  'call_lost',
  'never_back_on_track',
  'hung_up_on_caller',
]);

// The agent reads the author's line for the step the call is at, whatever the customer just did;
// its `swapAt`-th line (0-based) is `swap` instead, and the call goes on as before after it.
function readOn(config: SessionConfig, deps: SessionDependencies, swapAt = -1, swap = '') {
  const { script, persona } = config;
  let session = startSession(config);
  let model: string | undefined;
  for (let i = 0; i < 16 && session.status === 'in_call'; i += 1) {
    const step = currentStep(script, session.scriptSnapshot as ScriptSnapshot);
    // While an aside holds the script on the customer's step, the agent says its line again.
    model = step?.kind === 'agent' ? step.lines[0]?.text : model;
    if (!model) break;
    session = agentSays(session, i === swapAt ? swap : fillPlaceholders(model, persona), deps);
  }
  return session.status === 'ended' ? session : abandonSession(session);
}

let advisedAtAll = 0;

const missed = (card: ScoreCard) =>
  new Set(card.findings.filter((f) => f.rule === 'mandatory_step_missed').map((f) => f.why));

describe('every « Mieux » for an aside, said in its place, passes its own rules', () => {
  it.each(CASES)(
    '$scriptId with $personaId',
    ({ scriptId, personaId }) => {
      const { script, persona, brand, deps } = libraryCall(scriptId, personaId);
      for (const seed of SEEDS) {
        const config: SessionConfig = { script, persona, brand, mode: 'filage', seed };
        const session = readOn(config, deps);
        const card = scoreSession(session, rubric, brand);
        const agentTurns = session.transcript
          .filter((t) => t.speaker === 'agent')
          .map((t) => t.index);
        const advised = card.findings.filter(
          (f) =>
            f.points < 0 &&
            f.criterion === 'recovery' &&
            !NOT_ONE_LINE.has(f.rule) &&
            agentTurns.includes(f.turn),
        );
        advisedAtAll += advised.length;
        for (const finding of advised) {
          const swapped = readOn(config, deps, agentTurns.indexOf(finding.turn), finding.better);
          const after = scoreSession(swapped, rubric, brand);
          const where = `seed ${seed}, ${finding.rule} at turn ${finding.turn}: « ${finding.better} »`;
          expect(
            after.findings
              .filter(
                (f) =>
                  f.turn === finding.turn &&
                  f.points < 0 &&
                  !NOT_ONE_LINE.has(f.rule) &&
                  !WHOLE_CALL.has(f.rule),
              )
              .map((f) => `${f.rule}: ${f.why}`),
            where,
          ).toEqual([]);
          expect(
            after.compliance.breaches.filter((b) => b.turn === finding.turn),
            where,
          ).toEqual([]);
          const before = missed(card);
          expect(
            [...missed(after)].filter((why) => !before.has(why)),
            `${where}: a mandatory step skipped`,
          ).toEqual([]);
          expect(finding.better, where).toMatch(/^[\p{Lu}«"]/u);
          expect(finding.better, where).toMatch(/[.?!»"]$/u);
          expect(finding.better, where).not.toMatch(/[{}]/u);
        }
      }
    },
    120_000,
  );

  // Some calls draw no advice (the author's lines answer every aside there): across them all,
  // reading on through the asides must, or this test checks nothing.
  it('reading on through the asides draws advice somewhere', () => {
    expect(advisedAtAll).toBeGreaterThan(10);
  });
});
