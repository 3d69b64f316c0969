import { describe, expect, it } from 'vitest';
import { scoreSession } from '@/domain/scoring/score-session';
import { abandonSession } from '@/domain/session/call-endings';
import { agentSays, startSession } from '@/domain/session/session-engine';
import { stageView } from '@/domain/session/session-views';
import type { SessionConfig, SessionDependencies } from '@/domain/session/session.types';
import {
  defaultRubric,
  libraryCall,
  libraryCases,
} from '../../../fixtures/golden-sessions/golden-player';

const rubric = defaultRubric();
const CASES = libraryCases();
// The customer's mood over the next turns is the simulation's, not one line's: no line can
// promise it (noted for the engine in the note).
const NOT_ONE_LINE = new Set(['irritation_stays_high']);

function play(config: SessionConfig, deps: SessionDependencies, lines: readonly string[]) {
  let session = startSession(config);
  for (const line of lines) {
    if (session.status === 'ended') break;
    session = agentSays(session, line, deps);
  }
  return session.status === 'ended' ? session : abandonSession(session);
}

describe('every « Mieux », said in its place, passes its own rules (issue 13, item 5)', () => {
  it.each(CASES)(
    '$scriptId with $personaId: each better line draws no deduction and no breach on its turn',
    ({ scriptId, personaId }) => {
      const { script, persona, brand, deps } = libraryCall(scriptId, personaId);
      const config: SessionConfig = { script, persona, brand, mode: 'lecture', seed: 1 };
      // A clumsy read-through: every other line a realistic mistake (never the breach, so the
      // rest of the call is still scored), the others the best line.
      let session = startSession(config);
      const lines: string[] = [];
      for (let i = 0; i < 30 && session.status !== 'ended'; i += 1) {
        const view = stageView(session, 'Camille');
        if (view.waitingFor !== 'agent') break;
        const mistakes = view.choices.filter(
          (c) => c.quality === 'mistake' && c.lesson !== 'skipped_verification',
        );
        const best = view.choices.find((c) => c.quality === 'best');
        const pick = i % 2 === 0 && mistakes.length > 0 ? mistakes[i % mistakes.length] : best;
        if (!pick) break;
        lines.push(pick.text);
        session = agentSays(session, pick.text, deps);
      }
      session = session.status === 'ended' ? session : abandonSession(session);
      const card = scoreSession(session, rubric, brand);
      const agentTurns = session.transcript
        .filter((t) => t.speaker === 'agent')
        .map((t) => t.index);
      const advised = card.findings.filter(
        (f) => f.points < 0 && f.better && !NOT_ONE_LINE.has(f.rule) && agentTurns.includes(f.turn),
      );
      expect(advised.length, 'the clumsy call draws advice').toBeGreaterThan(0);
      for (const finding of advised) {
        const replay = [...lines];
        replay[agentTurns.indexOf(finding.turn)] = finding.better;
        const after = scoreSession(play(config, deps, replay), rubric, brand);
        const where = `${finding.rule} at turn ${finding.turn}: « ${finding.better} »`;
        expect(
          after.findings
            .filter((f) => f.turn === finding.turn && f.points < 0)
            .map((f) => `${f.rule}: ${f.why}`),
          where,
        ).toEqual([]);
        expect(
          after.compliance.breaches.filter((b) => b.turn === finding.turn),
          where,
        ).toEqual([]);
        // A whole sentence, never a list of words.
        expect(finding.better, where).toMatch(/^[\p{Lu}«"]/u);
        expect(finding.better, where).toMatch(/[.?!»"]$/u);
      }
    },
    120_000,
  );
});
