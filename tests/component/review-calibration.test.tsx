import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { exampleScript } from '../unit/domain/session/session-fixtures';
import { bundledSession, sessionBundle } from '../fixtures/review/session-bundles';
import { seriousViolations } from './axe';
import { fakeProfile, seedProfiles } from './profile-fixture';
import { freshStorage, renderApp } from './render-app';

// The lazy Revue chunk compiles on first use; a loaded machine needs the margin.
const LAZY = { timeout: 60_000 };
const version = exampleScript().version;
const session = (id: string) =>
  bundledSession(id, {
    script: { id: 'exemple-date-prelevement', version, title: 'Changer la date de prélèvement' },
  });

describe('Revue: calibration', () => {
  it('scores a session blind, then reveals the agent, the automatic score and the flagged gaps', async () => {
    const user = userEvent.setup();
    const storage = freshStorage();
    await seedProfiles(storage, [fakeProfile({ role: 'team_lead', displayName: 'Nadia Lefort' })]);
    const { container } = await renderApp('/revue', storage);
    const input = await screen.findByLabelText('Choisir des fichiers', {}, LAZY);
    await user.upload(input, [
      new File([JSON.stringify(sessionBundle([session('s1')]))], 'julie.json', {
        type: 'application/json',
      }),
    ]);
    await screen.findByText(/importé : 1 nouvelles/u, {}, LAZY);
    await user.click(screen.getByRole('link', { name: 'Calibration' }));
    await user.click(await screen.findByRole('button', { name: 'Commencer la calibration' }));

    await screen.findByRole('heading', { level: 1, name: /Calibration à l'aveugle/u }, LAZY);
    // Blind: neither the agent's name nor any automatic score or finding is on the page.
    expect(screen.queryByText(/Julie Martin/u)).toBeNull();
    expect(screen.queryByText(/Note automatique/u)).toBeNull();
    expect(screen.getByText(/Agent masqué/u)).toBeVisible();
    expect(await seriousViolations(container)).toEqual([]);

    // Scores are typed out of 20, as Répéter shows them, with a French decimal comma; out of
    // range is refused rather than stored.
    await user.type(screen.getByLabelText('Conformité (sur 20)'), '20');
    await user.type(screen.getByLabelText('Ton de marque (sur 20)'), '21');
    await user.type(screen.getByLabelText('Respect du script (sur 20)'), '17,6');
    await user.click(screen.getByRole('button', { name: 'Valider ma calibration' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Ton de marque : la note doit être un nombre de 0 à 20',
    );
    await user.clear(screen.getByLabelText('Ton de marque (sur 20)'));
    await user.type(screen.getByLabelText('Ton de marque (sur 20)'), '13');
    await user.click(screen.getByRole('button', { name: 'Valider ma calibration' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(/Indiquez si le point critique/u);
    for (const group of screen.getAllByRole('group', { name: /Point critique/u })) {
      await user.click(within(group).getByRole('radio', { name: 'Respecté' }));
    }
    await user.click(screen.getByRole('button', { name: 'Valider ma calibration' }));

    expect(await screen.findByTestId('revealed')).toHaveTextContent('Julie Martin');
    // Was « 80 … 65 … 15 pts » and « plus de 10 points » on the 0–100 storage scale: the same
    // scores and the same 10-point limit now read out of 20.
    const result = screen.getByRole('table', { name: /écarts de plus de 2 points sur 20/u });
    const tone = within(result).getByRole('row', { name: /Ton de marque/u });
    expect(tone).toHaveTextContent(/16\/20.*13\/20.*Note automatique \/ Nadia Lefort : 3 sur 20/u);
    // 17,6 typed is 88 stored, 2 from the automatic 90: agreement, and it reads back 17,6/20.
    const adherence = within(result).getByRole('row', { name: /Respect du script/u });
    expect(adherence).toHaveTextContent(/18\/20.*17,6\/20.*Accord/u);
    expect(document.body).not.toHaveTextContent(/\bpts\b|\/100|sur 100/u);
    expect(await seriousViolations(container)).toEqual([]);

    await user.click(screen.getByRole('link', { name: 'Retour à la calibration' }));
    const report = await screen.findByRole('table', { name: /Accord par critère sur 1 séance/u });
    expect(within(report).getByRole('row', { name: /Ton de marque/u })).toHaveTextContent(
      /0 % d'accord · écart moyen 3 sur 20/u,
    );
    expect(screen.getByText(/écart de plus de 2 points sur 20/u)).toBeVisible();
    expect(document.body).not.toHaveTextContent(/\bpts\b|\/100|sur 100/u);
    expect(await seriousViolations(container)).toEqual([]);
  }, 240_000);
});
