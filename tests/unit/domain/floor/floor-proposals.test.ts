import { describe, expect, it } from 'vitest';
import { addExampleLine, addReactionBranch, floorProposals } from '@/domain/floor/floor-proposals';
import { mineFloor } from '@/domain/floor/mine-floor';
import { validateScript } from '@/domain/script/script-validator';
import { exampleScript } from '../session/session-fixtures';
import { agent, customer, floorSession } from './floor-fixtures';

const script = exampleScript();
const errors = (s: typeof script) => validateScript(s).filter((f) => f.severity === 'error');

const stumble = (id: string, step: string, line: string, score: number) =>
  floorSession(id, score, [agent(step, 'Hum.'), agent(step, line)], {
    findings: [{ rule: 'mandatory_step_missed', criterion: 'adherence', turn: 0, points: -10 }],
  });

function mined(on = script) {
  return mineFloor(on, [
    stumble('a', 'conclusion', 'Je récapitule : prélèvement le 10. Autre chose ?', 17),
    stumble('b', 'conclusion', 'Bonne journée.', 12),
    stumble('c', 'verification', 'Votre numéro client, s’il vous plaît ?', 15),
    floorSession('d', 19, [agent('accueil', 'Bonjour, bienvenue chez Brisa.')]),
    floorSession('e', 8, [
      customer('demande', 'Vous êtes nuls, franchement !', [
        { type: 'aside_started', aside: 'outburst', source: 'improvised' },
      ]),
      customer('demande', 'Répétez ?', [
        { type: 'aside_started', aside: 'repeat_request', source: 'improvised' },
      ]),
    ]),
  ]);
}

describe('floorProposals', () => {
  it('offers one line per step, the hardest steps first, then branches for real asides', () => {
    const proposals = floorProposals(script, mined(), new Set());
    expect(proposals.map((p) => [p.kind, p.stepId, p.text])).toEqual([
      ['example-line', 'conclusion', 'Je récapitule : prélèvement le 10. Autre chose ?'],
      ['example-line', 'verification', 'Votre numéro client, s’il vous plaît ?'],
      ['example-line', 'accueil', 'Bonjour, bienvenue chez Brisa.'],
      // « Répétez ? » is an aside no reaction can be marked as: no branch for it.
      ['reaction-branch', 'demande', 'Vous êtes nuls, franchement !'],
    ]);
    expect(proposals[0]).toMatchObject({
      struggleRank: 1,
      evidence: { sessions: 1, meanOutOf20: 17, bestOutOf20: 17 },
    });
  });

  it('leaves dismissed proposals out, and offers the next line of that step instead', () => {
    const first = floorProposals(script, mined(), new Set())[0];
    const next = floorProposals(script, mined(), new Set([first?.id ?? '']));
    expect(next[0]).toMatchObject({ stepId: 'conclusion', text: 'Bonne journée.' });
    // Ids are stable: the same sessions give the same ids.
    expect(floorProposals(script, mined(), new Set())[0]?.id).toBe(first?.id);
  });

  it('stops proposing what was accepted', () => {
    const [line, , , branch] = floorProposals(script, mined(), new Set());
    if (line?.kind !== 'example-line' || branch?.kind !== 'reaction-branch')
      throw new Error('setup');
    let edited = addExampleLine(script, line.stepId, line.text, 'Du terrain');
    edited = addReactionBranch(edited, branch.stepId, {
      aside: branch.aside,
      text: branch.text,
      label: 'Le client s’emporte',
    });
    const again = floorProposals(edited, mineFloor(edited, []), new Set());
    expect(again).toEqual([]);
    const after = floorProposals(edited, mined(edited), new Set()).map((p) => p.text);
    expect(after).not.toContain(line.text);
    expect(after).not.toContain(branch.text);
  });
});

describe('floor edits', () => {
  it('adds the line as an exemplary line with its note, and the script stays valid', () => {
    const edited = addExampleLine(script, 'conclusion', 'Autre chose ?', 'Dit par 3 agents');
    const step = edited.steps.find((s) => s.id === 'conclusion');
    expect(step?.kind === 'agent' && step.lines.at(-1)).toMatchObject({
      id: 'conclusion-terrain',
      text: 'Autre chose ?',
      note: 'Dit par 3 agents',
    });
    expect(errors(edited)).toEqual([]);
    // Not an agent step: nothing changes.
    expect(addExampleLine(script, 'demande', 'x', 'y')).toBe(script);
  });

  it('adds a reaction marked as the aside, leading where the « sinon » led', () => {
    const edited = addReactionBranch(script, 'demande', {
      aside: 'outburst',
      text: 'Vous êtes nuls !',
      label: 'Le client s’emporte',
    });
    const step = edited.steps.find((s) => s.id === 'demande');
    if (step?.kind !== 'customer') throw new Error('setup');
    expect(step.reactions.at(-1)).toEqual({
      id: 'terrain-outburst',
      label: 'Le client s’emporte',
      lines: [{ id: 'terrain-outburst-1', text: 'Vous êtes nuls !' }],
      derailment: 'outburst',
    });
    expect(step.transitions.at(-1)).toEqual({
      id: 'terrain-outburst-vers-verification',
      on: 'terrain-outburst',
      to: 'verification',
    });
    expect(errors(edited)).toEqual([]);
    expect(
      addReactionBranch(script, 'demande', { aside: 'repeat_request', text: 'x', label: 'y' }),
    ).toBe(script);
  });
});
