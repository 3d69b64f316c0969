import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { fakeProfile, seedProfiles } from './profile-fixture';
import { freshStorage, renderApp } from './render-app';

function quotaError() {
  return Object.assign(new Error('quota'), { name: 'QuotaExceededError' });
}

describe('storage failures', () => {
  it('shows the banner when a profile cannot be saved, and keeps nothing half-written', async () => {
    const user = userEvent.setup();
    const storage = freshStorage();
    await renderApp('/bienvenue', storage);
    vi.spyOn(storage.db.preferences, 'put').mockRejectedValueOnce(quotaError());

    await user.type(await screen.findByLabelText('Nom affiché'), 'Nadia');
    await user.click(screen.getByRole('button', { name: 'Créer le profil' }));

    expect(await screen.findByText(/espace de stockage du navigateur est plein/)).toBeVisible();
    expect(screen.getByText(/Le profil n'a pas pu être enregistré/)).toBeVisible();
    expect(screen.getByRole('heading', { level: 1, name: 'Créer votre profil' })).toBeVisible();
    // The profile row was written first; the transaction rolled it back with the failed preference.
    expect(await storage.db.profiles.count()).toBe(0);
  });

  it('opens with the banner when IndexedDB is refused, and still works in memory', async () => {
    const storage = freshStorage();
    vi.spyOn(storage.db, 'open').mockRejectedValueOnce(
      Object.assign(new Error('private mode'), { name: 'MissingAPIError' }),
    );
    await renderApp('/', storage);
    expect(await screen.findByText(/refuse le stockage local/)).toBeVisible();
    expect(screen.getByRole('heading', { level: 1, name: 'Créer votre profil' })).toBeVisible();
  });

  it('keeps the language switch working when it cannot be remembered', async () => {
    const user = userEvent.setup();
    const storage = freshStorage();
    await seedProfiles(storage, [fakeProfile()]);
    await renderApp('/repeter', storage);
    vi.spyOn(storage.db.preferences, 'put').mockRejectedValueOnce(quotaError());
    await user.selectOptions(await screen.findByLabelText('Langue'), 'en');
    expect(await screen.findByRole('heading', { level: 1, name: 'Rehearse' })).toBeVisible();
    expect(await screen.findByText(/storage is full/)).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Dismiss message' }));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});
