// Issue 15, second walk: the shelf shows only the latest import's outcome, versions compare step
// by step with the changed fields side by side, and problems name their place in the trainer's words.
import { readFileSync } from 'node:fs';
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { createI18n } from '@/app/i18n/i18n';
import { addStep } from '@/domain/script/edit/step-edits';
import type { AgentStep, Script } from '@/domain/script/script-schema';
import { useEditorStore } from '@/features/authoring/editor/editor-store';
import { ProblemsPanel } from '@/features/authoring/editor/problems-panel';
import { useLiveValidation } from '@/features/authoring/editor/use-live-validation';
import { ShelfPage } from '@/features/authoring/shelf/shelf-page';
import { VersionList } from '@/features/authoring/versions/version-list';
import { createScriptVersionRepository } from '@/storage/script-version-repository';
import { renderEditor } from './authoring-editor-harness';
import { blankFrenchScript, useFreshAppStorage } from './authoring-fixtures';
import { seriousViolations } from './axe';

describe('shelf imports', () => {
  useFreshAppStorage('versions-walk-shelf');

  it('clears a refused JSON import once a later Twee import goes through', async () => {
    render(
      <I18nextProvider i18n={createI18n('fr')}>
        <MemoryRouter>
          <ShelfPage />
        </MemoryRouter>
      </I18nextProvider>,
    );
    const user = userEvent.setup();
    const jsonInput = await screen.findByLabelText(
      'Importer un fichier JSON',
      {},
      { timeout: 20_000 },
    );
    await user.upload(
      jsonInput,
      new File(['{ "kind": '], 'casse.json', { type: 'application/json' }),
    );
    expect(await screen.findByRole('alert')).toHaveTextContent('« casse.json » est refusé');

    const twee = readFileSync('tests/fixtures/twee/sugarcube-gaps.twee', 'utf8');
    await user.upload(
      screen.getByLabelText('Importer une histoire Twine (Twee 3)'),
      new File([twee], 'histoire.twee', { type: 'text/plain' }),
    );
    expect(
      await screen.findByRole('heading', { name: /« Appel avec du code SugarCube » importé/u }),
    ).toBeVisible();
    await waitFor(() => expect(screen.queryByText(/« casse\.json » est refusé/u)).toBeNull());
  });
});

/** The blank script with its greeting rewritten: title, a line, a move, a guard and a flag. */
function rewritten(script: Script): Script {
  return {
    ...script,
    variables: [{ id: 'verifie', type: 'boolean', default: false }],
    steps: script.steps.map((step) => {
      if (step.id !== 'accueil' || step.kind !== 'agent') return step;
      const greeting: AgentStep = {
        ...step,
        title: 'Bienvenue',
        lines: [{ id: 'bonjour', text: 'Brisa Énergie, bonjour !' }],
        expectedMoves: ['greet', 'introduce_self'],
        mandatory: true,
        transitions: step.transitions.map((branch) => ({
          ...branch,
          guard: { variable: 'verifie', op: 'eq', value: true },
        })),
      };
      return greeting;
    }),
  };
}

describe('comparing versions', () => {
  const storage = useFreshAppStorage('versions-walk-compare');

  it('lists steps added and shows a changed step part by part, before and after', async () => {
    const first = blankFrenchScript();
    const second = rewritten(first);
    const draft = addStep(second, 'customer', 'Objection').script;
    const versions = createScriptVersionRepository(storage().db);
    for (const [script, note] of [
      [first, 'Premier jet'],
      [second, 'Accueil revu'],
    ] as const) {
      await versions.publish({
        script,
        author: 'Formatrice',
        note,
        publishedAt: '2026-12-01T09:00:00Z',
      });
    }
    const { container } = render(
      <I18nextProvider i18n={createI18n('fr')}>
        <MemoryRouter>
          <VersionList script={draft} refreshKey={0} />
        </MemoryRouter>
      </I18nextProvider>,
    );
    const user = userEvent.setup();
    const form = await screen.findByRole('form', { name: 'Comparer deux versions' });
    await user.selectOptions(within(form).getByLabelText('Avant'), 'Version 1');
    await user.selectOptions(within(form).getByLabelText('Après'), 'Version 2');
    await user.click(within(form).getByRole('button', { name: 'Comparer' }));

    const heading = screen.getByRole('heading', { name: 'De « Version 1 » à « Version 2 »' });
    expect(heading).toHaveFocus();
    expect(screen.getByText('1 étape modifiée')).toBeVisible();
    expect(screen.getByText('0 étape ajoutée')).toBeVisible();
    const table = screen.getByRole('table', { name: 'Étape « Bienvenue » (accueil)' });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((th) => th.textContent),
    ).toEqual(['Élément', 'Avant : Version 1', 'Après : Version 2']);
    const row = (name: string) =>
      within(table).getByRole('rowheader', { name }).closest('tr')?.querySelectorAll('td');
    expect([...(row('Titre') ?? [])].map((td) => td.textContent)).toEqual(['Accueil', 'Bienvenue']);
    expect([...(row('Répliques exemplaires') ?? [])].map((td) => td.textContent)).toEqual([
      '—',
      'Brisa Énergie, bonjour !',
    ]);
    expect(row('Actes attendus')?.[1]?.textContent).toBe('saluerse présenter');
    expect(row('Embranchements')?.[1]?.textContent).toMatch(/→ Fin \(.+\) · si verifie = true$/u);
    expect(row('Marques et conformité')?.[1]).toHaveTextContent('Obligatoire');
    expect(within(table).queryByRole('rowheader', { name: "Type d'étape" })).toBeNull();
    expect(await seriousViolations(container)).toEqual([]);

    // A version's own button compares it with the draft, where the new step shows as added.
    await user.click(screen.getByRole('button', { name: 'Comparer la version 2 au brouillon' }));
    expect(
      screen.getByRole('heading', { name: 'De « Version 2 » à « Brouillon actuel »' }),
    ).toHaveFocus();
    expect(screen.getByRole('list', { name: 'Étapes ajoutées' })).toHaveTextContent(
      'Objection (objection)',
    );
    expect(screen.queryByRole('table')).toBeNull();
  });
});

/** The blank script whose greeting's branch leads to a step that does not exist. */
function lostBranch(): Script {
  const blank = blankFrenchScript();
  return {
    ...blank,
    steps: blank.steps.map((step) =>
      step.kind === 'agent'
        ? { ...step, transitions: step.transitions.map((b) => ({ ...b, to: 'nulle-part' })) }
        : step,
    ),
  };
}

describe('comparing versions, in English', () => {
  const storage = useFreshAppStorage('versions-walk-compare-en');

  it('compares the newest version with the draft by default, with English headers', async () => {
    const first = blankFrenchScript();
    await createScriptVersionRepository(storage().db).publish({
      script: first,
      author: 'Trainer',
      note: 'First draft',
      publishedAt: '2026-12-01T09:00:00Z',
    });
    render(
      <I18nextProvider i18n={createI18n('en')}>
        <MemoryRouter>
          <VersionList script={rewritten(first)} refreshKey={0} />
        </MemoryRouter>
      </I18nextProvider>,
    );
    const form = await screen.findByRole('form', { name: 'Compare two versions' });
    await userEvent.setup().click(within(form).getByRole('button', { name: 'Compare' }));
    const table = screen.getByRole('table', { name: 'Step “Bienvenue” (accueil)' });
    expect(
      within(table)
        .getAllByRole('rowheader')
        .map((th) => th.textContent),
    ).toEqual(['Title', 'Exemplary lines', 'Expected moves', 'Branches', 'Flags and compliance']);
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((th) => th.textContent),
    ).toEqual(['Part', 'Before: Version 1', 'After: Current draft']);
  });
});

describe('a changed customer step', () => {
  const storage = useFreshAppStorage('versions-walk-reactions');
  const freshDb = () => storage().db;

  it('shows its reactions with their lines, mood effect and aside in words', async () => {
    const first = addStep(blankFrenchScript(), 'customer', 'Objection').script;
    const second: Script = {
      ...first,
      steps: first.steps.map((step) =>
        step.kind === 'customer'
          ? {
              ...step,
              reactions: step.reactions.map((r) => ({
                ...r,
                label: 'Trop cher',
                lines: [{ id: 'cher', text: "C'est trop cher." }],
                moodShift: -0.5,
                derailment: 'off_topic' as const,
              })),
            }
          : step,
      ),
    };
    await createScriptVersionRepository(freshDb()).publish({
      script: first,
      author: 'Formatrice',
      note: 'Premier jet',
      publishedAt: '2026-12-01T09:00:00Z',
    });
    render(
      <I18nextProvider i18n={createI18n('fr')}>
        <MemoryRouter>
          <VersionList script={second} refreshKey={0} />
        </MemoryRouter>
      </I18nextProvider>,
    );
    const form = await screen.findByRole('form', { name: 'Comparer deux versions' });
    await userEvent.setup().click(within(form).getByRole('button', { name: 'Comparer' }));
    const table = screen.getByRole('table', { name: 'Étape « Objection » (objection)' });
    const cells = within(table)
      .getByRole('rowheader', { name: 'Réactions du client' })
      .closest('tr')
      ?.querySelectorAll('td');
    expect(cells?.[1]?.textContent).toBe(
      "Trop cher : C'est trop cher. · humeur -0.5 · imprévu Hors sujet",
    );
  });
});

describe('problem places', () => {
  it('names the step and the field in words, and choosing the problem still selects them', async () => {
    renderEditor(lostBranch());
    const panel = screen.getByRole('region', { name: 'Problèmes' });
    const problem = await within(panel).findByRole('button', {
      name: /^Erreur Étape « Accueil » \(accueil\) › Embranchements \(n° 1\) › Mène à — /u,
    });
    expect(panel).not.toHaveTextContent('$.');
    await userEvent.setup().click(problem);
    expect(useEditorStore.getState().selection).toEqual({
      type: 'step',
      stepId: 'accueil',
      field: 'transitions-0-to',
    });
  });

  it('names a place of the script details, in English too', async () => {
    function Panel() {
      const script = useEditorStore((state) => state.script);
      const findings = useLiveValidation(script, undefined);
      return <ProblemsPanel findings={findings} stepIds={[]} />;
    }
    act(() => useEditorStore.getState().open('draft-1', { ...blankFrenchScript(), title: '' }));
    render(
      <I18nextProvider i18n={createI18n('en')}>
        <Panel />
      </I18nextProvider>,
    );
    const problem = await screen.findByRole('button', { name: /^Error Script details › Title — / });
    await userEvent.setup().click(problem);
    expect(useEditorStore.getState().selection).toEqual({ type: 'meta', field: 'title' });
  });
});
