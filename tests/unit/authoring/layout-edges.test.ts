import { describe, expect, it } from 'vitest';
import { scriptSchema } from '@/domain/script/script-schema';
import { branchesOf } from '@/features/authoring/graph/branches';
import { cachedLayout, layoutEdges } from '@/features/authoring/graph/graph-model';
import { generateScript } from '../../fixtures/scripts/generate-script';

const script = scriptSchema.parse(generateScript(30));
const branches = branchesOf(script);

describe('layoutEdges', () => {
  it('keeps the branches that go one or two levels on, and leaves loops and long jumps out', () => {
    const edges = layoutEdges(script, branches).map(([from, to]) => `${from}>${to}`);
    expect(edges).toContain('agent-0>client-0');
    expect(edges).toContain('client-0>agent-1');
    // Loops back to the question, and every later decision's jump to the one « lost » outcome.
    expect(edges).not.toContain('client-0>agent-0');
    expect(edges).not.toContain('decision-5>perdu');
  });

  it('still reaches every step the start reaches, so none is laid out alone', () => {
    const edges = layoutEdges(script, branches);
    const targets = new Set(edges.map(([, to]) => to));
    const starts = script.steps.filter((step) => step.start).map((step) => step.id);
    for (const step of script.steps)
      if (!starts.includes(step.id)) expect(targets.has(step.id), step.id).toBe(true);
  });
});

describe('cachedLayout', () => {
  it('lays out again only when the structure changed, not when a title did', () => {
    const first = cachedLayout(script, branches);
    const retitled = { ...script, title: 'Autre titre' };
    expect(cachedLayout(retitled, branchesOf(retitled))).toBe(first);
    const fewer = { ...script, steps: script.steps.filter((step) => step.id !== 'jamais') };
    expect(cachedLayout(fewer, branchesOf(fewer))).not.toBe(first);
  });
});
