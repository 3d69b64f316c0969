import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { playExampleCall, politeCall, POLITE_CALL, RUDE_CALL } from '../unit/rehearsal/played-call';
import { storedSession } from '../unit/rehearsal/stored-session';
import { fakeProfile, seedProfiles } from './profile-fixture';
import { freshStorage, renderApp } from './render-app';

// Real calls through the real analyser: seconds on a busy machine.
vi.setConfig({ testTimeout: 60_000 });

const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString();

describe('the catalogue reads the sessions’ summaries', () => {
  it('shows each script’s last and best finished call and offers the unfinished one', async () => {
    const storage = freshStorage();
    await seedProfiles(storage, [fakeProfile()]);
    const calls = [
      storedSession(playExampleCall(8, 'filage', POLITE_CALL), {
        id: 'best',
        startedAt: daysAgo(5),
      }),
      storedSession(playExampleCall(8, 'filage', RUDE_CALL), { id: 'last', startedAt: daysAgo(2) }),
      storedSession(playExampleCall(9, 'filage', politeCall(2)), {
        id: 'unfinished',
        startedAt: daysAgo(1),
      }),
    ];
    for (const { record, turns } of calls) await storage.sessions.saveProgress(record, turns);
    // The catalogue must not need the whole records of finished calls.
    const listByProfile = vi.spyOn(storage.sessions, 'listByProfile');
    await renderApp('/repeter', storage);
    const cards = await screen.findByRole(
      'list',
      { name: 'Choisir un appel' },
      { timeout: 30_000 },
    );
    const title = within(cards).getByRole('heading', {
      level: 2,
      name: /Changer la date de prélèvement/,
    });
    const card = title.closest('li') as HTMLElement;
    const facts = (term: string) =>
      within(card).getByText(term).nextElementSibling?.textContent ?? '';
    expect(await screen.findByRole('heading', { name: 'Appel non terminé' })).toBeVisible();
    expect(facts('Dernière séance')).toMatch(/0\/20 — Non conforme$/);
    expect(facts('Meilleur résultat')).toMatch(/20\/20 — Très bien$/);
    expect(screen.getAllByRole('link', { name: "Reprendre l'appel" })).toHaveLength(1);
    expect(listByProfile).not.toHaveBeenCalled();
  });
});
