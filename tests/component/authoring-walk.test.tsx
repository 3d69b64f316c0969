// What a careless trainer does to Atelier, found by walking it: each test fails without its fix.
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { createI18n } from '@/app/i18n/i18n';
import { useEditorStore } from '@/features/authoring/editor/editor-store';
import { PathsPanel } from '@/features/authoring/floor/paths-panel';
import { DraftRow } from '@/features/authoring/shelf/draft-row';
import { ShelfPage } from '@/features/authoring/shelf/shelf-page';
import type { ScriptDraftRecord } from '@/storage/script-draft-repository';
import en from '@/features/authoring/locales/en.json';
import { exampleScript } from '../unit/domain/session/session-fixtures';
import { current, renderEditor } from './authoring-editor-harness';
import { blankFrenchScript, useFreshAppStorage } from './authoring-fixtures';
import { seriousViolations } from './axe';

const noop = () => Promise.resolve();

describe('Atelier, walked carelessly', () => {
  it('keeps a draft whose title was emptied reachable from the shelf, by its id', async () => {
    const script = { ...exampleScript(), title: '  ' };
    const draft: ScriptDraftRecord = { id: 'd-1', script, updatedAt: '2026-12-03T16:00:00Z' };
    const { container } = render(
      <I18nextProvider i18n={createI18n('fr')}>
        <MemoryRouter>
          <ul>
            <DraftRow
              draft={draft}
              valid={false}
              brandName="Brisa Énergie"
              onRename={noop}
              onDuplicate={noop}
              onDelete={noop}
            />
          </ul>
        </MemoryRouter>
      </I18nextProvider>,
    );
    const link = screen.getByRole('link', { name: `Sans titre (${script.id})` });
    expect(link).toHaveAttribute('href', '/atelier/brouillon/d-1');
    expect(screen.getByRole('group', { name: `Actions sur « Sans titre (${script.id}) »` }));
    await userEvent.setup().click(screen.getByRole('button', { name: 'Supprimer' }));
    expect(
      screen.getByRole('alertdialog', {
        name: `Supprimer le brouillon « Sans titre (${script.id}) » ?`,
      }),
    ).toBeVisible();
    expect(await seriousViolations(container)).toEqual([]);
  });

  it('deletes the open step from the inspector, with the branches that led to it, in one undo step', async () => {
    const user = userEvent.setup();
    const script = exampleScript();
    renderEditor(script);
    act(() => useEditorStore.getState().select({ type: 'step', stepId: 'verification' }));
    // Two reactions of « demande », its « sinon » and the retry of « controle-tentatives ».
    expect(
      screen.getByText(
        '4 embranchements y mènent : ils seront retirés avec elle. Ctrl+Z rétablit le tout.',
      ),
    ).toBeVisible();
    await user.click(screen.getByRole('button', { name: "Supprimer l'étape" }));
    expect(current().steps.map((step) => step.id)).not.toContain('verification');
    const demande = current().steps.find((step) => step.id === 'demande');
    expect(demande?.kind === 'customer' && demande.transitions).toEqual([]);
    expect(demande?.kind === 'customer' && demande.otherwise).toBeUndefined();
    // The keyboard focus is not lost with the button: it lands on the inspector's heading.
    expect(screen.getByRole('heading', { level: 2, name: 'Fiche du script' })).toHaveFocus();
    await user.keyboard('{Control>}z{/Control}');
    expect(current()).toEqual(script);
  });

  it('tells a finding of the form in the words of the form, not of the JSON', async () => {
    const script = exampleScript();
    const steps = script.steps.map((step) =>
      step.id === 'demande' && step.kind === 'customer' ? { ...step, otherwise: undefined } : step,
    );
    renderEditor({ ...script, steps });
    const status = await screen.findByText(/^1 erreur, /);
    expect(status).toHaveTextContent(/^1 erreur, \d+ avertissements?\.$/);
    const panel = screen.getByRole('list', { name: 'Problèmes' });
    const finding = within(panel).getByRole('button', {
      name: /Étape « Le client expose sa demande » \(demande\)/,
    });
    expect(finding).toHaveTextContent(
      "Correction : Choisissez l'étape où mène « Sinon (réaction imprévue), mène à ».",
    );
    expect(finding).not.toHaveTextContent('Ajoutez "otherwise"');
    await userEvent.setup().click(finding);
    expect(
      screen.getByRole('heading', { level: 2, name: 'Étape « Le client expose sa demande »' }),
    ).toBeVisible();
  });

  it('counts one path, one transition and one turn in the singular', () => {
    // A blank script: its greeting leads straight to its one outcome.
    const script = blankFrenchScript();
    act(() => useEditorStore.getState().open('draft-blank', script));
    render(
      <I18nextProvider i18n={createI18n('fr')}>
        <PathsPanel script={script} library={null} unreached={null} sessions={0} />
      </I18nextProvider>,
    );
    expect(
      screen.getByText('1 chemin vers une issue (1 transition essayée, tout le script parcouru).'),
    ).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 3, name: /^Vers « Fin »/u })).toHaveTextContent(
      / · 1 tour$/u,
    );
  });

  it('says an emptied title is an empty field to fill, not a Zod « >=1 caractères »', async () => {
    renderEditor({ ...exampleScript(), title: '' });
    const panel = await screen.findByRole('list', { name: 'Problèmes' });
    const finding = within(panel).getByRole('button', {
      name: /^Erreur Fiche du script › Titre —/u,
    });
    expect(finding).toHaveTextContent('Champ vide : il doit être rempli.');
    expect(finding).not.toHaveTextContent('>=1');
    // Choosing it takes the trainer to the field.
    await userEvent.setup().click(finding);
    expect(screen.getByLabelText('Titre')).toHaveFocus();
  });

  it('quotes in English with “ ”, not with the French « » (« Persona « New customer » »)', () => {
    expect(JSON.stringify(en)).not.toMatch(/[«»]/u);
  });

  describe('on the shelf', () => {
    useFreshAppStorage('walk');

    it('says the library is loading instead of counting « 0 script » while it is read', async () => {
      render(
        <I18nextProvider i18n={createI18n('fr')}>
          <MemoryRouter>
            <ShelfPage />
          </MemoryRouter>
        </I18nextProvider>,
      );
      expect(screen.getByRole('heading', { level: 2, name: 'Bibliothèque' })).toBeVisible();
      expect(screen.getByText('Chargement de la bibliothèque…')).toBeVisible();
      expect(screen.queryByText(/Bibliothèque \(0 script\)/u)).toBeNull();
      expect(
        await screen.findByRole(
          'heading',
          { level: 2, name: /^Bibliothèque \([1-9]\d* scripts?\)$/u },
          { timeout: 20_000 },
        ),
      ).toBeVisible();
      expect(screen.queryByText('Chargement de la bibliothèque…')).toBeNull();
    });
  });
});
