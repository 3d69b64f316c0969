import { describe, expect, it } from 'vitest';
import { connect } from '@/domain/script/edit/branch-edits';
import { changedFields, compareScripts } from '@/domain/script/edit/compare-scripts';
import { blankScript } from '@/domain/script/edit/new-script';
import { addStep, setStart, updateStep } from '@/domain/script/edit/step-edits';
import type { AgentStep, Script } from '@/domain/script/script-schema';

const blank = (): Script =>
  blankScript({
    id: 'brouillon',
    title: 'Brouillon',
    author: 'Formatrice',
    brand: 'brisa-energie',
    language: 'fr',
    summary: 'Un appel.',
    objective: 'Accueillir.',
    firstStepTitle: 'Accueil',
    outcomeTitle: 'Fin',
  });
const agent = (script: Script) => script.steps.find((s) => s.id === 'accueil') as AgentStep;

describe('changedFields', () => {
  it('names each part of a step that differs, in the inspector order, and nothing else', () => {
    const before = agent(blank());
    const after: AgentStep = {
      ...before,
      title: 'Bienvenue',
      lines: [{ id: 'l1', text: 'Bonjour, Brisa Énergie.' }],
      expectedMoves: ['greet', 'identify_self'],
      mandatory: true,
      notes: 'Sourire.',
    };
    expect(changedFields(before, after)).toEqual([
      'title',
      'lines',
      'expectedMoves',
      'flags',
      'notes',
    ]);
    expect(changedFields(before, { ...before })).toEqual([]);
  });

  it('sees a guard added to a branch as a change of branches', () => {
    const before = agent(blank());
    const [first, ...rest] = before.transitions;
    if (!first) throw new Error('the blank greeting has a branch');
    const guarded = { ...first, guard: { variable: 'verifie', op: 'eq' as const, value: true } };
    expect(changedFields(before, { ...before, transitions: [guarded, ...rest] })).toEqual([
      'branches',
    ]);
  });

  it('ignores the order of keys inside a step', () => {
    const before = agent(blank());
    const reordered = Object.fromEntries(Object.entries(before).reverse()) as AgentStep;
    expect(changedFields(before, reordered)).toEqual([]);
  });
});

describe('compareScripts', () => {
  it('gives the added and removed steps and, for a changed one, both versions and the parts', () => {
    const before = blank();
    const { script: withStep, stepId } = addStep(before, 'customer', 'Objection');
    const after = setStart(
      connect(updateStep(withStep, 'accueil', { goal: 'Saluer.' }), 'accueil', stepId),
      'accueil',
    );
    const diff = compareScripts(before, after);
    expect(diff.added.map((s) => s.title)).toEqual(['Objection']);
    expect(diff.removed).toEqual([]);
    expect(diff.changed).toEqual([
      {
        id: 'accueil',
        before: agent(before),
        after: agent(after),
        fields: ['text', 'branches'],
      },
    ]);
  });
});
