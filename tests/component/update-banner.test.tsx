import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useAppUpdateStore } from '@/stores/app-update-store';
import { useLiveCallStore } from '@/stores/live-call-store';
import { seriousViolations } from './axe';
import { fakeProfile, seedProfiles } from './profile-fixture';
import { freshStorage, renderApp } from './render-app';
import { startCall } from './start-call';

/** What the service worker registration does when a new version is installed and waiting. */
function newVersionWaits() {
  const apply = vi.fn();
  act(() => useAppUpdateStore.getState().offer(apply));
  return apply;
}

afterEach(() => useAppUpdateStore.setState({ apply: null, dismissed: false }));

// Issue 14, item 7: updates are announced, never forced mid-call.
describe('the update banner', () => {
  it('offers a waiting version in a polite status region, and updates only when asked', async () => {
    const storage = freshStorage();
    await seedProfiles(storage, [fakeProfile()]);
    const user = userEvent.setup();
    const { container } = await renderApp('/repeter', storage);
    await screen.findByRole('list', { name: 'Choisir un appel' }, { timeout: 10_000 });
    expect(screen.queryByRole('button', { name: 'Mettre à jour' })).toBeNull();
    const apply = newVersionWaits();
    const region = screen.getByRole('status', {
      name: 'Une nouvelle version de Coulisses est prête',
    });
    expect(within(region).getByText(/vos séances enregistrées sont gardées/)).toBeVisible();
    expect(await seriousViolations(container)).toEqual([]);
    expect(apply).not.toHaveBeenCalled();
    await user.click(within(region).getByRole('button', { name: 'Mettre à jour' }));
    expect(apply).toHaveBeenCalledTimes(1);
  });

  it('waits until the call ends: nothing during the call, the offer right after hanging up', async () => {
    const { user } = await startCall(/^Filage/);
    expect(useLiveCallStore.getState().liveCalls).toBe(1);
    const apply = newVersionWaits();
    await user.type(screen.getByLabelText('Votre réplique'), 'Bonjour{Enter}');
    expect(await screen.findByText('Enregistré')).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Mettre à jour' })).toBeNull();
    expect(screen.queryByText('Une nouvelle version de Coulisses est prête')).toBeNull();

    await user.click(screen.getByRole('button', { name: 'Raccrocher' }));
    expect(await screen.findByRole('heading', { level: 2, name: "Fin de l'appel" })).toBeVisible();
    expect(useLiveCallStore.getState().liveCalls).toBe(0);
    await user.click(await screen.findByRole('button', { name: 'Mettre à jour' }));
    expect(apply).toHaveBeenCalledTimes(1);
  });

  it('stays closed after « Plus tard » until a newer offer', async () => {
    const storage = freshStorage();
    await seedProfiles(storage, [fakeProfile()]);
    const user = userEvent.setup();
    await renderApp('/repeter', storage);
    const apply = newVersionWaits();
    await user.click(await screen.findByRole('button', { name: 'Plus tard' }));
    expect(screen.queryByRole('button', { name: 'Mettre à jour' })).toBeNull();
    expect(apply).not.toHaveBeenCalled();
    newVersionWaits();
    expect(screen.getByRole('button', { name: 'Mettre à jour' })).toBeVisible();
  });
});
