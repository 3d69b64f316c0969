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
    // Means read out of 20 like Répéter (they read 100, 80, 90): recovery was never measured.
    expect(within(table).getByRole('row', { name: /Julie Martin/u })).toHaveTextContent(
      /20\/20.*16\/20.*—.*18\/20/u,
    );
    expect(table).not.toHaveTextContent(/\bpts\b|\/100/u);

    await user.upload(input, [file('julie.json', good)]);
    expect(await screen.findByText(/importé : 0 nouvelles, 2 déjà présentes/u)).toBeVisible();
    const changed = sessionBundle([session('s1', { durationSeconds: 9 })]);
    await user.upload(input, [file('modifie.json', changed)]);
    expect(await screen.findByText(/un contenu différent/u)).toBeVisible();
    expect(await seriousViolations(container)).toEqual([]);
  });

  it('finds the weakest agent on recovery: the column sorts, unmeasured agents last, and the row opens the agent', async () => {
    const user = userEvent.setup();
    const { container } = await leadOnReview();
    const input = await screen.findByLabelText('Choisir des fichiers', {}, LAZY);
    const agent = (id: string, displayName: string, recovery: number | null) =>
      sessionBundle(
        [
          session(`${id}-1`, { scoreCard: { ...bundledSession('x').scoreCard, recovery } }),
          session(`${id}-2`, { scoreCard: { ...bundledSession('x').scoreCard, recovery } }),
        ],
        { id, displayName, role: 'agent' },
      );
    await user.upload(input, [
      file('julie.json', agent('agent-julie', 'Julie Martin', 80)),
      file('karim.json', agent('agent-karim', 'Karim Benali', 35)),
      file('lea.json', agent('agent-lea', 'Léa Roux', 60)),
      file('hugo.json', agent('agent-hugo', 'Hugo Petit', null)),
    ]);
    const table = await screen.findByRole('table', { name: /Une ligne par agent/u });
    await within(table).findByRole('link', { name: 'Hugo Petit' }, LAZY);
    const names = () =>
      within(table)
        .getAllByRole('row')
        .slice(1)
        .map((row) => within(row).getByRole('link').textContent);

    await user.click(within(table).getByRole('button', { name: 'Reprise en main' }));
    expect(within(table).getByRole('columnheader', { name: 'Reprise en main' })).toHaveAttribute(
      'aria-sort',
      'ascending',
    );
    expect(names()).toEqual(['Karim Benali', 'Léa Roux', 'Julie Martin', 'Hugo Petit']);
    expect(within(table).getAllByRole('row')[1]).toHaveTextContent(/7\/20/u);
    await user.click(within(table).getByRole('button', { name: 'Reprise en main' }));
    expect(names()).toEqual(['Julie Martin', 'Léa Roux', 'Karim Benali', 'Hugo Petit']);
    expect(await seriousViolations(container)).toEqual([]);

    await user.click(within(table).getByRole('link', { name: 'Karim Benali' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Agent : Karim Benali' }, LAZY),
    ).toBeVisible();
  });

  it('checks retention after an import: sessions already past it are announced at once', async () => {
    const user = userEvent.setup();
    await leadOnReview();
    const input = await screen.findByLabelText('Choisir des fichiers', {}, LAZY);
    // Nothing was due when the app started.
    expect(screen.queryByTestId('retention-notice')).toBeNull();
    const longAgo = new Date(Date.now() - 400 * 24 * 60 * 60 * 1000).toISOString();
    const bundle = sessionBundle([session('old', { startedAt: longAgo }), session('new')]);
    await user.upload(input, [file('julie.json', bundle)]);
    expect(await screen.findByText(/importé : 2 nouvelles/u)).toBeVisible();
    expect(await screen.findByTestId('retention-notice')).toHaveTextContent(
      /1 séance importée dans Revue, commencée le/u,
    );
  });

  it('reviews a session: a note on a turn and an adjustment with its reason, both scores shown', async () => {
    const user = userEvent.setup();
    const { container } = await leadOnReview();
    const input = await screen.findByLabelText('Choisir des fichiers', {}, LAZY);
    const scored = bundledSession('s1').scoreCard;
    // A second finding with no better line: its note says no « À dire plutôt ».
    const bonus = { ...scored.findings[0], rule: 'recovery.bonus', turn: 1, better: '', points: 5 };
    const reviewed = session('s1', {
      scoreCard: { ...scored, findings: [...scored.findings, bonus] },
    });
    await user.upload(input, [file('julie.json', sessionBundle([reviewed]))]);
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

    // The automatic note reads on the /20 scale like the debrief: −20 points of 100 is −4 out
    // of 20 (it read « −20 pts »), and its better line under « À dire plutôt ».
    const firstTurn = screen
      .getAllByRole('listitem')
      .find((item) => item.classList.contains('turn--agent'));
    expect(firstTurn).toHaveTextContent('Note automatique (−4 sur 20) : y');
    expect(firstTurn).toHaveTextContent('À dire plutôt : « z »');
    const secondTurn = screen
      .getAllByRole('listitem')
      .find((item) => item.classList.contains('turn--customer'));
    expect(secondTurn).toHaveTextContent('Note automatique (+1 sur 20) : y');
    expect(secondTurn).not.toHaveTextContent('À dire plutôt');

    // The lead types out of 20 with a French decimal comma; stored scores are whole points of
    // 100, so 13,5 is kept as 68 and reads back 13,6/20 (the field's hint says so).
    await user.selectOptions(screen.getByLabelText('Critère'), 'brandTone');
    const score = screen.getByLabelText('Note de revue (sur 20)');
    expect(score).toHaveAccessibleDescription(/Enregistrée au 0,2 près : 13,5 devient 13,6/u);
    await user.type(score, '65');
    await user.type(screen.getByLabelText('Raison (obligatoire)'), 'Le ton reste familier.');
    await user.click(screen.getByRole('button', { name: "Enregistrer l'ajustement" }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'La note doit être un nombre de 0 à 20',
    );
    await user.clear(score);
    await user.type(score, '13,5');
    await user.clear(screen.getByLabelText('Raison (obligatoire)'));
    await user.click(screen.getByRole('button', { name: "Enregistrer l'ajustement" }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      "Indiquez la raison de l'ajustement.",
    );
    await user.type(screen.getByLabelText('Raison (obligatoire)'), 'Le ton reste familier.');
    await user.click(screen.getByRole('button', { name: "Enregistrer l'ajustement" }));
    // Was « auto 80 → revue 65 »: the same stored scores, now out of 20 like Répéter.
    expect(
      await screen.findByText(/auto 16\/20 → revue 13,6\/20 : Le ton reste familier\./u),
    ).toBeVisible();
    expect(screen.getByText('Conformité', { selector: 'strong' }).parentElement).toHaveTextContent(
      'Conformité : auto 20/20',
    );
    expect(document.body).not.toHaveTextContent(/\bpts\b|\/100|0 à 100/u);
    expect(await seriousViolations(container)).toEqual([]);
  });
});
