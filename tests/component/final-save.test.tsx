import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { startCall, storedCall } from './start-call';

describe('the end of the call', () => {
  it('says "Débrief enregistré" only once the final write has completed', async () => {
    const { user, storage } = await startCall(/^Filage/);
    await user.type(screen.getByLabelText('Votre réplique'), 'Bonjour{Enter}');
    expect(await screen.findByText('Enregistré')).toBeVisible();
    const turnsBefore = await storage.db.turns.count();
    const saveFinal = storage.sessions.saveFinal.bind(storage.sessions);
    let release = () => {};
    const gate = new Promise<void>((resolve) => (release = resolve));
    const finalWrite = vi
      .spyOn(storage.sessions, 'saveFinal')
      .mockImplementation(async (...args) => {
        await gate;
        return saveFinal(...args);
      });
    await user.click(screen.getByRole('button', { name: 'Raccrocher' }));
    expect(await screen.findByRole('heading', { level: 2, name: "Fin de l'appel" })).toBeVisible();
    expect(screen.getByText('Enregistrement du débrief…')).toBeVisible();
    expect(screen.queryByText('Débrief enregistré')).toBeNull();
    const [waiting] = await storage.db.sessions.toArray();
    expect(waiting?.status).toBe('in_progress');

    release();
    expect(await screen.findByText('Débrief enregistré')).toBeVisible();
    expect(finalWrite).toHaveBeenCalledTimes(1);
    const stored = await storedCall(storage);
    expect(stored?.record.status).toBe('ended');
    expect(stored?.record.scoreCard?.overall.outOf20).toEqual(expect.any(Number));
    // The hang-up turn went with the record, in the same write: the call is now one packed row.
    expect(stored?.turns).toHaveLength(turnsBefore + 1);
    expect(stored?.turns.at(-1)?.turn.events.map((event) => event.type)).toContain('hang_up');
    expect(await storage.db.turns.count()).toBe(0);
  });

  it('shows the banner and keeps the call saved so far when the final write fails', async () => {
    const { user, storage } = await startCall(/^Filage/);
    await user.type(screen.getByLabelText('Votre réplique'), 'Bonjour{Enter}');
    expect(await screen.findByText('Enregistré')).toBeVisible();
    const turnsBefore = await storage.db.turns.count();
    vi.spyOn(storage.sessions, 'saveFinal').mockRejectedValue(
      Object.assign(new Error('quota'), { name: 'QuotaExceededError' }),
    );
    await user.click(screen.getByRole('button', { name: 'Raccrocher' }));
    expect(await screen.findByText(/espace de stockage du navigateur est plein/)).toBeVisible();
    expect(screen.getByText(/Non enregistré/)).toBeVisible();
    expect(screen.queryByText('Débrief enregistré')).toBeNull();
    expect(screen.getByRole('button', { name: 'Exporter maintenant' })).toBeVisible();
    await waitFor(async () => expect(await storage.db.turns.count()).toBe(turnsBefore));
    const [session] = await storage.db.sessions.toArray();
    expect(session?.status).toBe('in_progress');
  });
});
