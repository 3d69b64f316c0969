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

    await user.type(screen.getByLabelText('Conformité (0 à 100)'), '100');
    await user.type(screen.getByLabelText('Ton de marque (0 à 100)'), '65');
    await user.type(screen.getByLabelText('Respect du script (0 à 100)'), '88');
    await user.click(screen.getByRole('button', { name: 'Valider ma calibration' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(/Indiquez si le point critique/u);
    for (const group of screen.getAllByRole('group', { name: /Point critique/u })) {
      await user.click(within(group).getByRole('radio', { name: 'Respecté' }));
    }
    await user.click(screen.getByRole('button', { name: 'Valider ma calibration' }));

    expect(await screen.findByTestId('revealed')).toHaveTextContent('Julie Martin');
    const result = screen.getByRole('table', { name: /écarts de plus de 10 points/u });
    const tone = within(result).getByRole('row', { name: /Ton de marque/u });
    expect(tone).toHaveTextContent(/80.*65.*Note automatique \/ Nadia Lefort : 15 pts/u);
    expect(within(result).getByRole('row', { name: /Respect du script/u })).toHaveTextContent(
      'Accord',
    );
    expect(await seriousViolations(container)).toEqual([]);

    await user.click(screen.getByRole('link', { name: 'Retour à la calibration' }));
    const report = await screen.findByRole('table', { name: /Accord par critère sur 1 séance/u });
    expect(within(report).getByRole('row', { name: /Ton de marque/u })).toHaveTextContent(
      /0 % d'accord · écart moyen 15 pts/u,
    );
    expect(screen.getByText(/écart de plus de 10 points/u)).toBeVisible();
    expect(await seriousViolations(container)).toEqual([]);
  }, 240_000);
});
