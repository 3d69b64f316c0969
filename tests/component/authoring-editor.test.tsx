// Atelier's editor parts with the real store (zustand + zundo), the real live validation and the
// real i18n: the inspector edits every kind of field, undo/redo follows the rules (a
// typed field is one step, history survives switching panels), and the problems panel takes the
// trainer to the step and field a finding names.
import { act, fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { useEditorStore } from '@/features/authoring/editor/editor-store';
import { exampleScript } from '../unit/domain/session/session-fixtures';
import { current, renderEditor } from './authoring-editor-harness';
import { seriousViolations } from './axe';

const stepOf = (id: string) => current().steps.find((step) => step.id === id);
const history = () => useEditorStore.temporal.getState();
const select = (stepId: string) =>
  act(() => useEditorStore.getState().select({ type: 'step', stepId }));

describe('Atelier inspector', () => {
  beforeEach(() => {
    useEditorStore.setState({ draftId: null, script: null, selection: { type: 'meta' } });
  });

  it("edits the script's meta and a step's common fields, every change in the store", async () => {
    const user = userEvent.setup();
    const { container } = renderEditor();
    const meta = screen.getByRole('group', { name: 'Fiche du script' });
    const title = within(meta).getByLabelText('Titre');
    await user.clear(title);
    await user.type(title, 'Report de prélèvement');
    expect(current().title).toBe('Report de prélèvement');

    const first = current().steps[0];
    if (!first) throw new Error('the example script has steps');
    select(first.id);
    const step = screen.getByRole('group', { name: `Étape « ${first.title} »` });
    await user.click(within(step).getByLabelText('Obligatoire (chaque appel doit y passer)'));
    expect(stepOf(first.id)?.mandatory).toBe(!first.mandatory || undefined);
    await user.type(within(step).getByLabelText('Notes pour les formateurs'), 'À jouer lentement');
    expect(stepOf(first.id)?.notes).toBe(`${first.notes ?? ''}À jouer lentement`);
    expect(await seriousViolations(container)).toEqual([]);
  });

  it("declares the script's variables and its longest path without any JSON", async () => {
    const user = userEvent.setup();
    renderEditor({ ...exampleScript(), variables: [] });
    expect(screen.getByText(/Aucune variable/u)).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Ajouter une variable' }));
    expect(current().variables).toEqual([{ id: 'variable-1', type: 'boolean', default: false }]);
    const id = screen.getByLabelText('Identifiant de la variable');
    await user.clear(id);
    await user.type(id, 'tentatives');
    await user.selectOptions(screen.getByLabelText('Type'), 'Nombre');
    const max = screen.getByLabelText('Maximum');
    await user.clear(max);
    await user.type(max, '3');
    expect(current().variables).toEqual([
      { id: 'tentatives', type: 'number', default: 0, min: 0, max: 3 },
    ]);
    await user.selectOptions(screen.getByLabelText('Type'), 'Liste de valeurs');
    const values = screen.getByLabelText('Valeurs possibles');
    await user.clear(values);
    await user.type(values, 'client{Enter}tiers');
    await user.selectOptions(screen.getByLabelText("Valeur au début de l'appel"), 'tiers');
    expect(current().variables).toEqual([
      { id: 'tentatives', type: 'enum', values: ['client', 'tiers'], default: 'tiers' },
    ]);
    await user.type(screen.getByLabelText(/Longueur maximale/u), '40');
    expect(current().maxPathLength).toBe(40);
    await user.click(screen.getByRole('button', { name: 'Supprimer la variable tentatives' }));
    expect(current().variables).toEqual([]);
  });

  it("writes an agent step's required content: what to say and the keywords that count", async () => {
    const user = userEvent.setup();
    renderEditor();
    const agent = current().steps.find((step) => step.kind === 'agent');
    if (!agent || agent.kind !== 'agent') throw new Error('the example has an agent step');
    const before = agent.requiredContent ?? [];
    select(agent.id);
    await user.click(screen.getByRole('button', { name: 'Ajouter un contenu obligatoire' }));
    const index = before.length;
    const group = () => screen.getAllByLabelText("Ce que l'agent doit dire")[index] as HTMLElement;
    await user.type(group(), 'Annoncer le préavis de 10 jours');
    const keywords = screen.getAllByLabelText("Mots-clés (l'un d'eux suffit)")[
      index
    ] as HTMLElement;
    await user.type(keywords, 'préavis{Enter}10 jours');
    const added = (stepOf(agent.id) as typeof agent).requiredContent?.[index];
    expect(added).toEqual({
      id: `contenu-${index + 1}`,
      description: 'Annoncer le préavis de 10 jours',
      keywords: ['préavis', '10 jours'],
    });
    await user.click(
      screen.getByRole('button', { name: `Supprimer le contenu contenu-${index + 1}` }),
    );
    expect((stepOf(agent.id) as typeof agent).requiredContent).toEqual(
      before.length > 0 ? before : undefined,
    );
  });

  it('renames a step only to a free, valid id, and says why not', async () => {
    const user = userEvent.setup();
    renderEditor();
    const [first, second] = current().steps;
    if (!first || !second) throw new Error('the example script has two steps');
    select(first.id);
    const id = screen.getByLabelText('Identifiant');
    const rename = screen.getByRole('button', { name: "Changer l'identifiant" });
    await user.clear(id);
    await user.type(id, second.id);
    expect(screen.getByText('Cet identifiant est déjà utilisé dans le script.')).toBeVisible();
    expect(rename).toBeDisabled();
    await user.clear(id);
    await user.type(id, 'Pas Valide');
    expect(screen.getByText(/Identifiant invalide/u)).toBeVisible();
    await user.clear(id);
    await user.type(id, 'accueil-renomme');
    await user.click(rename);
    expect(stepOf('accueil-renomme')?.title).toBe(first.title);
    expect(stepOf(first.id)).toBeUndefined();
    expect(useEditorStore.getState().selection).toEqual({
      type: 'step',
      stepId: 'accueil-renomme',
    });
  });
});

describe('Atelier undo and redo', () => {
  beforeEach(() => {
    useEditorStore.setState({ draftId: null, script: null, selection: { type: 'meta' } });
  });

  it('undoes a typed field as one step, redoes it, and keeps history across panels', async () => {
    const user = userEvent.setup();
    renderEditor();
    const original = current().title;
    const title = within(screen.getByRole('group', { name: 'Fiche du script' })).getByLabelText(
      'Titre',
    );
    await user.type(title, ' bis');
    expect(current().title).toBe(`${original} bis`);
    expect(history().pastStates).toHaveLength(1);

    // Switching to a step and back is not an edit, and does not lose the history.
    const first = current().steps[0];
    if (!first) throw new Error('the example script has steps');
    select(first.id);
    await user.click(screen.getByLabelText('Obligatoire (chaque appel doit y passer)'));
    expect(history().pastStates).toHaveLength(2);
    act(() => useEditorStore.getState().select({ type: 'meta' }));

    await user.keyboard('{Control>}z{/Control}');
    expect(stepOf(first.id)?.mandatory).toBe(first.mandatory);
    await user.keyboard('{Control>}z{/Control}');
    expect(current().title).toBe(original);
    expect(screen.getByLabelText('Titre')).toHaveValue(original);
    await user.keyboard('{Control>}{Shift>}z{/Shift}{/Control}');
    expect(current().title).toBe(`${original} bis`);
    await user.keyboard('{Control>}y{/Control}');
    expect(stepOf(first.id)?.mandatory).toBe(!first.mandatory || undefined);
  });

  it('starts a new group when typing pauses, so a long edit undoes in sensible pieces', () => {
    renderEditor();
    const title = within(screen.getByRole('group', { name: 'Fiche du script' })).getByLabelText(
      'Titre',
    );
    const start = Date.now();
    const at = (ms: number, value: string) => {
      const now = Date.now;
      Date.now = () => start + ms;
      try {
        fireEvent.change(title, { target: { value } });
      } finally {
        Date.now = now;
      }
    };
    at(0, 'A');
    at(400, 'AB');
    at(2_000, 'ABC');
    expect(history().pastStates).toHaveLength(2);
    act(() => history().undo());
    expect(current().title).toBe('AB');
  });
});

describe('Atelier problems panel', () => {
  beforeEach(() => {
    useEditorStore.setState({ draftId: null, script: null, selection: { type: 'meta' } });
  });

  it('lists each finding in French, and choosing one opens its step and field', async () => {
    const user = userEvent.setup();
    const script = exampleScript();
    const broken = script.steps.findIndex((step) => step.kind === 'agent');
    const target = script.steps[broken];
    if (!target || target.kind !== 'agent') throw new Error('the example has an agent step');
    renderEditor({
      ...script,
      steps: script.steps.map((step, index) => (index === broken ? { ...target, goal: '' } : step)),
    });
    const panel = screen.getByRole('region', { name: 'Problèmes' });
    expect(await within(panel).findByText(/^[1-9]\d* erreurs?, /u)).toBeVisible();
    const finding = within(panel)
      .getAllByRole('button')
      .find((button) =>
        button.textContent?.includes(
          `Étape « ${target.title} » (${target.id}) › Objectif de l'agent —`,
        ),
      );
    if (!finding) throw new Error('no finding points at the emptied goal');
    expect(finding).toHaveTextContent(/Erreur/u);
    await user.click(finding);
    expect(useEditorStore.getState().selection).toEqual({
      type: 'step',
      stepId: target.id,
      field: 'goal',
    });
    expect(screen.getByLabelText("Objectif de l'agent")).toHaveFocus();

    // Fixing the field clears the finding on the next live check.
    await user.type(screen.getByLabelText("Objectif de l'agent"), 'Confirmer la nouvelle date');
    expect(await within(panel).findByText(/^0 erreur, /u)).toBeVisible();
  });
});
