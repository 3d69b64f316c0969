import { describe, expect, it } from 'vitest';
import { outcomeCoverage } from '@/domain/floor/outcome-coverage';
import { pathLines, playPath } from '@/domain/floor/play-path';
import type { SessionConfig } from '@/domain/session/session.types';
import { exampleBrand, exampleScript, fakePersona, realDeps } from '../session/session-fixtures';

const script = exampleScript();
const brand = exampleBrand();
const config: SessionConfig = {
  script,
  persona: fakePersona({ temperament: { improvisation: 0 } }),
  brand,
  mode: 'filage',
  seed: 7,
};
const paths = outcomeCoverage(script).paths;
const pathTo = (outcome: string) => {
  const found = paths.find((path) => path.outcomeId === outcome);
  if (!found) throw new Error(`no path to ${outcome}`);
  return found;
};

describe('pathLines', () => {
  it('says a bank line at each agent step of the path, with the moves its branch needs', () => {
    const lines = pathLines(config, pathTo('resolu'));
    expect(lines.map((line) => line.stepId)).toEqual([
      'accueil',
      'verification',
      'changement',
      'conclusion',
    ]);
    const verification = lines[1];
    expect(verification?.moves).toContain('verify_identity');
    expect(verification?.text).toContain('numéro client');
    // Generated from the bank, not the author's example line; no real agent's name.
    expect(lines.every((line) => line.text !== '' && !line.text.includes('{'))).toBe(true);
    // Same seed, same lines.
    expect(pathLines(config, pathTo('resolu'))).toEqual(lines);
  });
});

describe('playPath', { timeout: 60_000 }, () => {
  it('plays the path through the real engine to an outcome, and says where it left the path', () => {
    const played = playPath(config, realDeps(brand), pathTo('resolu'));
    const path = pathTo('resolu');
    expect(played.session.status).toBe('ended');
    const outcome = script.steps.find((s) => s.id === played.stepIds.at(-1));
    expect(outcome?.kind === 'outcome' && outcome.code).toBe(played.session.outcome?.code);
    const agentTurns = played.session.transcript.filter((turn) => turn.speaker === 'agent');
    expect(agentTurns[0]?.text).toBe(played.lines[0]?.text);
    if (played.leftAfter === null) {
      expect(played.stepIds).toEqual(path.stepIds);
    } else {
      // The call shared the path up to that step, then went elsewhere.
      const shared = played.stepIds.indexOf(played.leftAfter) + 1;
      expect(played.stepIds.slice(0, shared)).toEqual(path.stepIds.slice(0, shared));
      expect(played.stepIds[shared]).not.toBe(path.stepIds[shared]);
    }
  });
});
