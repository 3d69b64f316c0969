// Issue 17 item 5: the header's sync state and the settings' reason and fix, from the sync store
// the engine feeds (the engine itself is tested against pouchdb-server in tests/sync). The
// controller is stubbed so no engine starts and the store says only what each test sets.
import { act, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SYNC_OFF, useSyncStore } from '@/features/sync/sync-store';
import type { SyncInboxRecord } from '@/storage/sync-repository';
import { seriousViolations } from './axe';
import { fakeProfile, seedProfiles } from './profile-fixture';
import { freshStorage, renderApp } from './render-app';

vi.mock('@/features/sync/sync-controller', () => ({
  syncProfile: async () => undefined,
  linkAccount: async () => undefined,
  unlinkAccount: async () => undefined,
}));

afterEach(() => useSyncStore.setState(SYNC_OFF));

async function settings() {
  const storage = freshStorage();
  await seedProfiles(storage, [fakeProfile({ id: 'profile-julie', displayName: 'Julie' })]);
  const view = await renderApp('/parametres', storage);
  await screen.findByRole('heading', { name: "Synchronisation d'équipe" });
  return view;
}

const linked = { user: 'julie', roles: ['agent'] };
const header = () => screen.queryByTestId('sync-status');
const state = () => screen.getByTestId('sync-state');

describe('the sync state', () => {
  it('shows nothing in the header when no server is configured, only the login form', async () => {
    await settings();
    expect(header()).toBeNull();
    expect(screen.getByLabelText('Adresse du serveur')).toBeVisible();
  });

  it('says up to date, then N waiting, then offline with nothing lost', async () => {
    const { container } = await settings();
    act(() => useSyncStore.setState({ ...linked, phase: 'up_to_date' }));
    expect(header()).toHaveTextContent('Synchro : à jour');
    expect(state()).toHaveTextContent('Tout est à jour.');
    act(() => useSyncStore.setState({ phase: 'pending', pending: 3 }));
    expect(header()).toHaveTextContent('Synchro : 3 en attente');
    expect(state()).toHaveTextContent("3 documents attendent d'être envoyés");
    act(() => useSyncStore.setState({ phase: 'offline' }));
    expect(header()).toHaveTextContent('Synchro : hors ligne');
    expect(state()).toHaveTextContent("rien n'est perdu");
    expect(await seriousViolations(container)).toEqual([]);
  });

  it('gives an error its reason, what to do and the server’s words; an expired login asks to log in', async () => {
    await settings();
    act(() =>
      useSyncStore.setState({
        ...linked,
        phase: 'error',
        problem: 'session_expired',
        detail: '401 You are not authorized to access this db.',
      }),
    );
    expect(header()).toHaveTextContent('Synchro : erreur');
    expect(state()).toHaveTextContent('Votre session sur le serveur a expiré');
    expect(state()).toHaveTextContent('401 You are not authorized to access this db.');
    expect(screen.getByRole('button', { name: 'Se connecter' })).toBeVisible();
    act(() => useSyncStore.setState({ problem: 'forbidden', detail: '403 forbidden' }));
    expect(state()).toHaveTextContent('demandez à votre administrateur de vérifier vos rôles');
    expect(screen.queryByRole('button', { name: 'Se connecter' })).toBeNull();
  });

  it('keeps a refused document listed with the server’s reason', async () => {
    await settings();
    const reason = 'You may write only your own sessions.';
    act(() =>
      useSyncStore.setState({
        ...linked,
        phase: 'up_to_date',
        refused: [
          { id: 'session:autre:s-9', kind: 'session', state: 'refused', reason, updatedAt: '' },
        ],
      }),
    );
    expect(header()).toHaveTextContent('Synchro : à jour · 1 refusé');
    const list = screen.getByTestId('sync-refused');
    expect(within(list).getByRole('listitem')).toHaveTextContent(`session:autre:s-9 — ${reason}`);
  });

  it('shows a conflict on a received document instead of choosing a version', async () => {
    await settings();
    const feedback: SyncInboxRecord = {
      kind: 'feedback',
      schemaVersion: 1,
      id: 'f-1',
      createdAt: '2026-11-21T09:00:00.000Z',
      author: 'lea',
      agent: 'julie',
      body: { sessionId: 's-1', text: 'Belle reformulation.' },
      docId: 'feedback:julie:f-1',
      conflicts: 1,
    };
    act(() => useSyncStore.setState({ ...linked, phase: 'up_to_date', inbox: [feedback] }));
    const item = within(screen.getByTestId('sync-inbox')).getByRole('listitem');
    expect(item).toHaveTextContent('Belle reformulation.');
    expect(item).toHaveTextContent('Conflit : le serveur détient plusieurs versions');
  });
});
