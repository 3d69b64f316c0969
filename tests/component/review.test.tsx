import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { exampleScript } from '../unit/domain/session/session-fixtures';
import { bundledSession, sessionBundle } from '../fixtures/review/session-bundles';
import { seriousViolations } from './axe';
import { fakeProfile, seedProfiles } from './profile-fixture';
import { freshStorage, renderApp } from './render-app';

const LAZY = { timeout: 15_000 };

// The library's own version of the example script: the gate refuses versions it does not know.
const version = exampleScript().version;
const session = (id: string, overrides: Record<string, unknown> = {}) =>
  bundledSession(id, {
    script: { id: 'exemple-date-prelevement', version, title: 'Changer la date de prélèvement' },
    ...overrides,
  });
const file = (name: string, data: unknown) =>
  new File([typeof data === 'string' ? data : JSON.stringify(data)], name, {
    type: 'application/json',
  });

async function leadOnReview() {
  const storage = freshStorage();
  await seedProfiles(storage, [fakeProfile({ role: 'team_lead', displayName: 'Nadia Lefort' })]);
  return renderApp('/revue', storage);
}

describe('Revue', () => {
  it('explains how to get bundles when nothing is imported', async () => {
    const { container } = await leadOnReview();
    expect(await screen.findByText(/Aucune séance importée/u, {}, LAZY)).toBeVisible();
    expect(screen.getByText(/Exporter toutes mes séances/u)).toBeVisible();
    expect(await seriousViolations(container)).toEqual([]);
  });

  it('imports good files whole, refuses bad ones whole, and adds nothing the second time', async () => {
    const user = userEvent.setup();
    const { container } = await leadOnReview();
    const input = await screen.findByLabelText('Choisir des fichiers', {}, LAZY);
    const good = sessionBundle([session('s1'), session('s2')]);
    const bad = sessionBundle([session('s3'), session('s4', { mode: 'impro' })]);
    await user.upload(input, [file('julie.json', good), file('abime.json', bad)]);
    const reports = await screen.findByRole('list', { name: "Résultat de l'import" });
    expect(
      await within(reports).findByText(/importé : 2 nouvelles, 0 déjà présentes/u),
    ).toBeVisible();
    expect(within(reports).getByText('abime.json').parentElement).toHaveTextContent(
      /refusé en entier.*\$\.sessions\[1\]\.mode/u,
    );
    const table = await screen.findByRole('table', { name: /Une ligne par agent/u });
    expect(within(table).getAllByRole('row')).toHaveLength(2);
    expect(within(table).getByRole('link', { name: 'Julie Martin' })).toBeVisible();

    await user.upload(input, [file('julie.json', good)]);
    expect(await screen.findByText(/importé : 0 nouvelles, 2 déjà présentes/u)).toBeVisible();
    const changed = sessionBundle([session('s1', { durationSeconds: 9 })]);
    await user.upload(input, [file('modifie.json', changed)]);
    expect(await screen.findByText(/un contenu différent/u)).toBeVisible();
    expect(await seriousViolations(container)).toEqual([]);
  });

  it('reviews a session: a note on a turn and an adjustment with its reason, both scores shown', async () => {
    const user = userEvent.setup();
    const { container } = await leadOnReview();
    const input = await screen.findByLabelText('Choisir des fichiers', {}, LAZY);
    await user.upload(input, [file('julie.json', sessionBundle([session('s1')]))]);
    await user.click(await screen.findByRole('link', { name: 'Julie Martin' }));
    await user.click(await screen.findByRole('link', { name: /2026/u }));
    await screen.findByRole('heading', {
      level: 1,
      name: /Changer la date de prélèvement — Julie Martin/u,
    });

    await user.click(screen.getByRole('button', { name: 'Ajouter une note au tour 2' }));
    await user.type(
      screen.getByLabelText('Note sur le tour 2'),
      'Reformulez la demande du client.',
    );
    await user.click(screen.getByRole('button', { name: 'Enregistrer la note' }));
    const notes = await screen.findByRole('list', { name: 'Notes de coaching' });
    expect(notes).toHaveTextContent('Reformulez la demande du client.');
    expect(notes).toHaveTextContent('Nadia Lefort');

    await user.selectOptions(screen.getByLabelText('Critère'), 'brandTone');
    await user.type(screen.getByLabelText('Note de revue (0 à 100)'), '65');
    await user.click(screen.getByRole('button', { name: "Enregistrer l'ajustement" }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      "Indiquez la raison de l'ajustement.",
    );
    await user.type(screen.getByLabelText('Raison (obligatoire)'), 'Le ton reste familier.');
    await user.click(screen.getByRole('button', { name: "Enregistrer l'ajustement" }));
    expect(await screen.findByText(/auto 80 → revue 65 : Le ton reste familier\./u)).toBeVisible();
    expect(await seriousViolations(container)).toEqual([]);
  });
});
