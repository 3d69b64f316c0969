// The inspector reaches every part of a branch without JSON: its guard (one condition, all or
// any of several, values typed by the variable), what it sets (a value, or an amount added to a
// number), the fallback's assignments, and the trainers' note on each line.
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { beforeEach, describe, expect, it } from 'vitest';
import { createI18n } from '@/app/i18n/i18n';
import type { Script } from '@/domain/script/script-schema';
import { hasNoError, validateDraft } from '@/features/authoring/editor/validate-script';
import { useEditorStore } from '@/features/authoring/editor/editor-store';
import { InspectorPanel } from '@/features/authoring/inspector/inspector-panel';
import { exampleScript } from '../unit/domain/session/session-fixtures';
import { seriousViolations } from './axe';

function Inspector() {
  const script = useEditorStore((state) => state.script);
  const selection = useEditorStore((state) => state.selection);
  return script ? <InspectorPanel script={script} selection={selection} library={null} /> : null;
}

function renderStep(stepId: string, script: Script = exampleScript()) {
  act(() => {
    useEditorStore.getState().open('draft-1', script);
    useEditorStore.getState().select({ type: 'step', stepId });
  });
  return render(
    <I18nextProvider i18n={createI18n('fr')}>
      <Inspector />
    </I18nextProvider>,
  );
}

const current = () => useEditorStore.getState().script as Script;
const stepOf = (id: string) => current().steps.find((step) => step.id === id);
const branch = (stepId: string, index: number) => {
  const step = stepOf(stepId);
  if (!step || step.kind === 'outcome') throw new Error(`${stepId} has no branches`);
  return step.transitions[index];
};

describe('Atelier inspector: guards, assignments, line notes', () => {
  beforeEach(() => {
    useEditorStore.setState({ draftId: null, script: null, selection: { type: 'meta' } });
  });

  it("shows a decision's guard and edits it: comparison, value, then any of two conditions", async () => {
    const user = userEvent.setup();
    const { container } = renderStep('controle-tentatives');
    expect(screen.getAllByLabelText('Condition')[0]).toHaveValue('all');
    const comparison = screen.getAllByLabelText('Comparaison (condition 1)')[0] as HTMLElement;
    expect(comparison).toHaveValue('gte');
    await user.selectOptions(comparison, 'gt');
    const value = screen.getAllByLabelText('Valeur (condition 1)')[0] as HTMLElement;
    await user.clear(value);
    await user.type(value, '1');
    expect(branch('controle-tentatives', 0)?.guard).toEqual({
      variable: 'tentatives',
      op: 'gt',
      value: 1,
    });

    const first = within(container.querySelector('.branch-list > li') as HTMLElement);
    await user.click(first.getByRole('button', { name: 'Ajouter une condition' }));
    await user.selectOptions(first.getByLabelText('Condition'), 'any');
    expect(branch('controle-tentatives', 0)?.guard).toEqual({
      any: [
        { variable: 'tentatives', op: 'gt', value: 1 },
        { variable: 'tentatives', op: 'eq', value: 0 },
      ],
    });
    await user.selectOptions(first.getByLabelText('Condition'), 'always');
    expect(branch('controle-tentatives', 0)).not.toHaveProperty('guard');
    expect(hasNoError(validateDraft(current()))).toBe(true);
    expect(await seriousViolations(container)).toEqual([]);
  });

  it('edits what a customer branch and the fallback set: add to a number, or set its value', async () => {
    const user = userEvent.setup();
    const { container } = renderStep('reponse-identite');
    const wrong = within(container.querySelectorAll('.branch-list')[1]?.children[1] as HTMLElement);
    const amount = wrong.getByLabelText('Quantité à ajouter (changement 1)');
    await user.clear(amount);
    await user.type(amount, '2');
    expect(branch('reponse-identite', 1)?.set).toEqual([{ variable: 'tentatives', add: 2 }]);
    await user.selectOptions(wrong.getByLabelText('Comment (changement 1)'), 'value');
    expect(branch('reponse-identite', 1)?.set).toEqual([{ variable: 'tentatives', value: 0 }]);
    await user.click(wrong.getByRole('button', { name: 'Retirer le changement 1' }));
    expect(branch('reponse-identite', 1)).not.toHaveProperty('set');

    const fallback = within(container.querySelector('[data-field="otherwise-set"]') as HTMLElement);
    await user.click(fallback.getByRole('button', { name: 'Retirer le changement 1' }));
    const step = stepOf('reponse-identite');
    expect(step?.kind === 'customer' && step.otherwise).toEqual({
      id: 'identite-autre',
      to: 'controle-tentatives',
    });
    await user.click(fallback.getByRole('button', { name: 'Changer une variable' }));
    const again = stepOf('reponse-identite');
    expect(again?.kind === 'customer' && again.otherwise?.set).toEqual([
      { variable: 'tentatives', value: 0 },
    ]);
    expect(await seriousViolations(container)).toEqual([]);
  });

  it("keeps a fallback's assignments when its target changes", async () => {
    const user = userEvent.setup();
    renderStep('reponse-identite');
    await user.selectOptions(
      screen.getByLabelText('Sinon (réaction imprévue), mène à'),
      'verification',
    );
    const step = stepOf('reponse-identite');
    expect(step?.kind === 'customer' && step.otherwise).toEqual({
      id: 'identite-autre',
      to: 'verification',
      set: [{ variable: 'tentatives', add: 1 }],
    });
  });

  it('offers no condition to add while the script declares no variable, and says where to', () => {
    renderStep('controle-tentatives', {
      ...exampleScript(),
      variables: [],
      steps: exampleScript().steps.map((step) =>
        step.kind === 'decision'
          ? { ...step, transitions: step.transitions.map(({ guard: _g, ...rest }) => rest) }
          : step,
      ),
    });
    expect(screen.getAllByRole('button', { name: 'Ajouter une condition' })[0]).toBeDisabled();
    expect(screen.getAllByText(/Déclarez une variable/u)[0]).toBeVisible();
  });

  it("writes a trainer's note on an agent line and on a customer line, and clears it", async () => {
    const user = userEvent.setup();
    renderStep('accueil');
    const agentLine = (id: string) => {
      const step = stepOf(id);
      return step?.kind === 'agent' ? step.lines[0] : undefined;
    };
    const text = agentLine('accueil')?.text;
    await user.click(screen.getByText(/Notes sur les répliques/u));
    const note = screen.getByLabelText(`Pourquoi la réplique 1 est exemplaire : « ${text} »`);
    await user.type(note, 'Nom et service dès la première phrase');
    expect(agentLine('accueil')?.note).toBe('Nom et service dès la première phrase');
    await user.clear(note);
    expect(agentLine('accueil')).not.toHaveProperty('note');

    act(() => useEditorStore.getState().select({ type: 'step', stepId: 'demande' }));
    const [reactionNotes] = screen.getAllByText(/Notes sur les répliques/u);
    await user.click(reactionNotes as HTMLElement);
    await user.type(
      screen.getAllByLabelText(/^Pourquoi la réplique 1/u)[0] as HTMLElement,
      'Naturel',
    );
    const demande = stepOf('demande');
    expect(demande?.kind === 'customer' && demande.reactions[0]?.lines[0]?.note).toBe('Naturel');
  });
});
