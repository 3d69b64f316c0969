import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { gatePathFile } from '@/domain/review/training-path-file';
import { bundledSession, sessionBundle } from '../fixtures/review/session-bundles';
import { exampleScript } from '../unit/domain/session/session-fixtures';
import { seriousViolations } from './axe';
import { fakeProfile, seedProfiles } from './profile-fixture';
import { freshStorage, renderApp } from './render-app';

// The lazy Revue chunk compiles on first use; a loaded machine needs the margin.
const LAZY = { timeout: 60_000 };
const version = exampleScript().version;

afterEach(() => vi.restoreAllMocks());

describe('Revue: parcours', () => {
  it('composes a path, exports a file the agent gate accepts, and shows each agent’s progress', async () => {
    const blobs: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      blobs.push(blob as Blob);
      return 'blob:parcours';
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    const user = userEvent.setup();
    const storage = freshStorage();
    await seedProfiles(storage, [fakeProfile({ role: 'team_lead', displayName: 'Nadia Lefort' })]);
    const { container } = await renderApp('/revue', storage);
    const input = await screen.findByLabelText('Choisir des fichiers', {}, LAZY);
    const session = bundledSession('s1', {
      script: { id: 'exemple-date-prelevement', version, title: 'Changer la date de prélèvement' },
      startedAt: new Date().toISOString(),
    });
    await user.upload(input, [
      new File([JSON.stringify(sessionBundle([session]))], 'julie.json', {
        type: 'application/json',
      }),
    ]);
    await screen.findByText(/importé : 1 nouvelles/u, {}, LAZY);
    await user.click(screen.getByRole('link', { name: 'Parcours' }));

    await user.type(await screen.findByLabelText('Nom du parcours', {}, LAZY), 'Remise à niveau');
    await user.click(screen.getByRole('button', { name: 'Enregistrer et exporter le parcours' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Ajoutez au moins une étape.');
    await user.selectOptions(screen.getByLabelText('Script'), 'exemple-date-prelevement');
    await user.selectOptions(screen.getByLabelText('Mode'), 'filage');
    // Thresholds are typed out of 20 (was « 75 » on the 0–100 storage scale); one out of range
    // is refused with a message, not silently dropped from the step.
    const threshold = screen.getByLabelText('Seuil Ton de marque sur 20 (vide : non exigé)');
    await user.type(threshold, '20,5');
    await user.click(screen.getByRole('button', { name: "Ajouter l'étape" }));
    expect(await screen.findByText(/Seuil Ton de marque : un nombre de 0 à 20/u)).toBeVisible();
    expect(screen.getByText("Aucune étape pour l'instant.")).toBeVisible();
    await user.clear(threshold);
    await user.type(threshold, '15');
    await user.click(screen.getByRole('button', { name: "Ajouter l'étape" }));
    expect(screen.getByRole('list', { name: 'Étapes' })).toHaveTextContent('Ton de marque ≥ 15/20');
    await user.click(screen.getByRole('checkbox', { name: 'Julie Martin' }));
    await user.click(screen.getByRole('button', { name: 'Enregistrer et exporter le parcours' }));

    const table = await screen.findByRole('table', { name: /Progression de chaque agent/u });
    // The fixture's filage scored 80 (16/20) in brand tone today: the step is passed.
    expect(
      within(table).getByRole('row', { name: /Julie Martin — 1 \/ 1 étapes/u }),
    ).toHaveTextContent(/réussie le/u);
    const gated = gatePathFile(await (blobs.at(-1) as Blob).text());
    expect(gated.ok && gated.value.path.steps[0]).toMatchObject({
      mode: 'filage',
      thresholds: { brandTone: 75 },
    });
    expect(document.body).not.toHaveTextContent(/\bpts\b|\/100/u);
    expect(gated.ok && gated.value.path.assignees).toEqual([
      { id: 'agent-julie', name: 'Julie Martin' },
    ]);
    expect(await seriousViolations(container)).toEqual([]);
  }, 240_000);
});
