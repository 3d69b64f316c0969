import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeProfile, seedProfiles } from './profile-fixture';
import { freshStorage, renderApp } from './render-app';

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('settings', () => {
  it('changes the active profile’s role and keeps it', async () => {
    const user = userEvent.setup();
    const storage = freshStorage();
    await seedProfiles(storage, [fakeProfile()]);
    await renderApp('/parametres', storage);
    await user.selectOptions(await screen.findByLabelText('Rôle du profil actif'), 'team_lead');
    expect(await screen.findByText('Rôle enregistré.')).toBeVisible();
    expect(await storage.db.profiles.get('profile-lea')).toMatchObject({ role: 'team_lead' });
  });

  it('switches to another local profile', async () => {
    const user = userEvent.setup();
    const storage = freshStorage();
    await seedProfiles(storage, [
      fakeProfile(),
      fakeProfile({ id: 'profile-omar', displayName: 'Omar', createdAt: '2026-11-02T00:00:00Z' }),
    ]);
    await renderApp('/parametres', storage);
    await user.click(await screen.findByRole('button', { name: 'Utiliser le profil Omar' }));
    // The name sits in a <bdi> of its own (issue 14): match the paragraph's whole text.
    const active = (_: string, node: Element | null) =>
      node?.tagName === 'P' && node.textContent === 'Profil actif : Omar';
    expect(await screen.findByText(active)).toBeVisible();
    expect(await storage.db.preferences.get('activeProfileId')).toMatchObject({
      value: 'profile-omar',
    });
  });

  it('shows what the browser says about persistence and usage', async () => {
    vi.stubGlobal('navigator', {
      ...navigator,
      storage: {
        persist: async () => true,
        persisted: async () => false,
        estimate: async () => ({ usage: 1_500_000, quota: 2_000_000_000 }),
      },
    });
    const storage = freshStorage();
    await seedProfiles(storage, [fakeProfile()]);
    await renderApp('/parametres', storage);
    expect(await screen.findByText(/Stockage persistant : non accordé/)).toBeVisible();
    expect(screen.getByTestId('storage-usage')).toHaveTextContent(/1,5\s?Mo sur 2\s?Go/);
    expect(screen.getByRole('button', { name: 'Demander le stockage persistant' })).toBeVisible();
  });

  it('says so when the browser cannot tell', async () => {
    const storage = freshStorage();
    await seedProfiles(storage, [fakeProfile()]);
    await renderApp('/parametres', storage);
    await waitFor(() =>
      expect(screen.getByTestId('storage-persistence')).toHaveTextContent(
        "Ce navigateur n'indique pas si le stockage est persistant.",
      ),
    );
  });
});
