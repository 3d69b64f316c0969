// Atelier's test bench with the real engine, library, storage (fake-indexeddb) and i18n: a call
// opened at a middle step, played to its score card, the step being played shared with the map,
// the last run replayed after an edit, a run kept as a regression case, and a removed step
// reported in the panel with its name instead of a blank panel.
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { createI18n } from '@/app/i18n/i18n';
import { removeStep } from '@/domain/script/edit/step-edits';
import type { Script } from '@/domain/script/script-schema';
import { useEditorStore } from '@/features/authoring/editor/editor-store';
import {
  loadStudioLibrary,
  type StudioLibrary,
} from '@/features/authoring/library/library-documents';
import { TestBenchPanel } from '@/features/authoring/test-bench/test-bench-panel';
import { useTestBenchStore } from '@/features/authoring/test-bench/test-bench-store';
import { openAppStorage } from '@/storage/app-storage';
import { registerAppStorage } from '@/stores/app-storage-registry';
import {
  exampleScript,
  POLITE_LINES,
  withAgreementSaying,
} from '../unit/domain/session/session-fixtures';
import { seriousViolations } from './axe';
import { freshStorage } from './render-app';

let library: StudioLibrary;
beforeAll(async () => {
  const storage = freshStorage();
  await openAppStorage(storage);
  registerAppStorage(storage);
  library = await loadStudioLibrary();
});

function Bench() {
  const script = useEditorStore((state) => state.script);
  if (!script) return null;
  return (
    <main>
      <TestBenchPanel
        draftId="draft-bench"
        script={script}
        findings={[]}
        library={library}
        selectedStepId="verification"
      />
    </main>
  );
}

function renderBench(script: Script = exampleScript()) {
  act(() => useEditorStore.getState().open('draft-bench', script));
  return render(
    <I18nextProvider i18n={createI18n('fr')}>
      <Bench />
    </I18nextProvider>,
  );
}

/** The draft with the customer's agreement said in other words. */
const withNewAgreement = (script: Script): Script =>
  withAgreementSaying(script, { id: 'accord-neuf', text: 'Parfait, le 15 me convient très bien.' });

describe('Atelier test bench', () => {
  it('plays from the selected step to the score card, then replays the run after an edit', async () => {
    const user = userEvent.setup();
    const { container } = renderBench();
    const start = await screen.findByRole(
      'button',
      { name: 'Lancer le test' },
      { timeout: 30_000 },
    );
    expect(screen.getByLabelText('Étape de départ')).toHaveValue('verification');
    await user.clear(screen.getByLabelText('Graine (même graine, même appel)'));
    await user.type(screen.getByLabelText('Graine (même graine, même appel)'), '7');
    expect(await seriousViolations(container)).toEqual([]);
    await user.click(start);

    expect(useTestBenchStore.getState().playingStepId).toBe('verification');
    for (const line of POLITE_LINES.slice(1)) {
      await user.type(screen.getByLabelText('Votre réplique'), line);
      await user.click(screen.getByRole('button', { name: 'Dire' }));
    }
    const card = await screen.findByRole('region', { name: 'Fiche de note' });
    expect(within(card).getByText(/Appel terminé : resolved \(réussi\)/u)).toBeVisible();
    expect(within(card).getByText(/\/ 20 —/u)).toBeVisible();
    expect(useTestBenchStore.getState().playingStepId).toBeNull();
    expect(await seriousViolations(container)).toEqual([]);

    act(() => useEditorStore.getState().edit(withNewAgreement));
    const replay = await screen.findByRole('region', {
      name: 'Dernier test rejoué sur le brouillon modifié',
    });
    expect(
      await within(replay).findByText(
        /Même parcours ; les répliques changent à partir de l'échange \d/u,
      ),
    ).toBeVisible();
    const diff = within(replay).getByRole('table', {
      name: 'Échanges avant et après la modification',
    });
    expect(within(diff).getByText(/le 15 me convient très bien/u)).toBeVisible();
    const results = within(replay).getByRole('table', { name: 'Résultats avant et après' });
    expect(within(results).getAllByText('resolved (réussi)')).toHaveLength(2);
    expect(await seriousViolations(container)).toEqual([]);

    await user.click(screen.getByRole('button', { name: 'Enregistrer comme cas de régression' }));
    const cases = screen.getByRole('region', { name: 'Cas de régression' });
    expect(
      await within(cases).findByText(/Test depuis « Vérification d'identité » — /u),
    ).toBeVisible();
  }, 60_000);

  it('scores a test started after the identity step as verified before the test', async () => {
    const user = userEvent.setup();
    renderBench();
    const start = await screen.findByRole(
      'button',
      { name: 'Lancer le test' },
      { timeout: 30_000 },
    );
    await user.selectOptions(screen.getByLabelText('Étape de départ'), 'changement');
    await user.click(screen.getByRole('checkbox', { name: 'Identité déjà vérifiée' }));
    await user.click(start);
    for (const line of POLITE_LINES.slice(2)) {
      await user.type(screen.getByLabelText('Votre réplique'), line);
      await user.click(screen.getByRole('button', { name: 'Dire' }));
    }
    const card = await screen.findByRole('region', { name: 'Fiche de note' });
    // The line that changes the account comes after a proof the transcript never shows.
    expect(within(card).getByText('Conformité : 100 / 100')).toBeVisible();
    expect(within(card).getByText('Identité : vérifiée avant le test')).toBeVisible();
  }, 60_000);

  it('offers the Lecture choices with the stage keys: arrows between them, 1–3 to say one', async () => {
    const user = userEvent.setup();
    renderBench();
    await screen.findByRole('button', { name: 'Lancer le test' }, { timeout: 30_000 });
    await user.click(screen.getByRole('radio', { name: 'Choix de la Lecture' }));
    await user.click(screen.getByRole('button', { name: 'Lancer le test' }));
    const choices = screen.getByRole('group', { name: 'Choisissez une réplique' });
    expect(choices).toHaveAccessibleDescription('Touches 1, 2 ou 3, ou flèches puis Entrée.');
    const buttons = within(choices).getAllByRole('button');
    expect(buttons.map((button) => button.textContent?.slice(0, 11))).toEqual([
      'Réplique 1 ',
      'Réplique 2 ',
      'Réplique 3 ',
    ]);
    // The keyboard lands on the first choice; the arrows move round the three.
    expect(buttons[0]).toHaveFocus();
    await user.keyboard('{ArrowUp}');
    expect(buttons[2]).toHaveFocus();
    await user.keyboard('{ArrowDown}');
    expect(buttons[0]).toHaveFocus();
    const chosen = (buttons[1]?.textContent ?? '').replace(/^Réplique 2 /u, '');
    await user.keyboard('2');
    const transcript = screen.getByRole('list', { name: 'Échanges du test' });
    expect(within(transcript).getAllByRole('listitem')[0]).toHaveTextContent(chosen);
    expect(screen.queryByLabelText('Votre réplique')).toBeNull();
    // New choices after the customer's answer: the keyboard is on them again.
    const next = within(screen.getByRole('group', { name: 'Choisissez une réplique' }));
    expect(next.getAllByRole('button')[0]).toHaveFocus();
  }, 60_000);

  it('reports a run whose start step was removed, with the step, in the panel', async () => {
    const user = userEvent.setup();
    renderBench();
    await user.click(
      await screen.findByRole('button', { name: 'Lancer le test' }, { timeout: 30_000 }),
    );
    await user.type(screen.getByLabelText('Votre réplique'), POLITE_LINES[1] ?? '');
    await user.click(screen.getByRole('button', { name: 'Dire' }));
    act(() => useEditorStore.getState().edit((s) => removeStep(s, 'verification')));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(/Le test s'est arrêté à l'étape « verification »/u);
    expect(alert).toHaveTextContent(/Cette étape n'existe plus dans le brouillon/u);
  }, 60_000);
});
