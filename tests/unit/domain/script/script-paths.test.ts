import { describe, expect, it } from 'vitest';
import {
  exploreOutcomePaths,
  formatOutcomePath,
  shortestOutcomePaths,
} from '@/domain/script/script-paths';
import { scriptSchema } from '@/domain/script/script-schema';
import { minimalBundle, step } from '../../../fixtures/scripts/rule-cases';

describe('shortestOutcomePaths', () => {
  it('gives one shortest path per outcome, in document order', () => {
    const script = scriptSchema.parse(minimalBundle().script);
    const paths = shortestOutcomePaths(script);
    expect(paths.map((p) => [p.outcomeId, p.code, p.stepIds])).toEqual([
      ['fin', 'resolved', ['accueil', 'demande', 'verification', 'solde', 'fin']],
      ['transfere', 'escalated', ['accueil', 'demande', 'verification', 'solde', 'transfere']],
      ['perdu', 'customer_lost', ['accueil', 'demande', 'accueil', 'demande', 'perdu']],
    ]);
    expect(paths[1]?.events.at(-1)).toEqual({ type: 'agent.turn', moves: ['transfer'] });
  });

  it('leaves out outcomes that no run can reach', () => {
    const bundle = minimalBundle();
    step(bundle, 'solde').transitions.shift();
    const paths = shortestOutcomePaths(scriptSchema.parse(bundle.script));
    expect(paths.map((p) => p.outcomeId)).toEqual(['fin', 'perdu']);
  });

  it('renders a path as numbered, readable steps', () => {
    const script = scriptSchema.parse(minimalBundle().script);
    const [first] = shortestOutcomePaths(script);
    if (!first) throw new Error('no path');
    const lines = formatOutcomePath(script, first);
    expect(lines[0]).toBe('fin — resolved, success, 4 turns');
    expect(lines[2]).toBe('  2. demande · Demande [customer]  --reaction.ok-->');
    expect(lines.at(-1)).toBe('  5. fin · Résolu [outcome]');
  });
});

describe('exploreOutcomePaths on a huge state space (issue 14)', () => {
  it('stops at its limit and says so instead of throwing', () => {
    const bundle = minimalBundle();
    bundle.script.variables[0].max = 100_000;
    step(bundle, 'relance').transitions[0].guard.value = 100_000;
    const result = exploreOutcomePaths(scriptSchema.parse(bundle.script), 500);
    expect(result.complete).toBe(false);
    expect(result.transitions).toBe(500);
    // What was reached within the limit is still listed.
    expect(result.paths.length).toBeGreaterThan(0);
  });
});
