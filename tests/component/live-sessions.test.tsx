import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { allLiveSessions, liveSession } from '@/features/rehearsal/session/live-sessions';
import { startCall } from './start-call';

// A tab that plays all day must not keep every finished call in memory (issue 19, item 6), but a
// call whose final write failed stays there for the emergency export.
describe('the sessions kept in memory by the tab', () => {
  it('drops a call once its final record is on disk', async () => {
    const { user, storage } = await startCall(/^Filage/);
    await user.type(screen.getByLabelText('Votre réplique'), 'Bonjour{Enter}');
    expect(await screen.findByText('Enregistré')).toBeVisible();
    const [during] = await storage.db.sessions.toArray();
    expect(liveSession(during?.id ?? '')).not.toBeNull();
    await user.click(screen.getByRole('button', { name: 'Raccrocher' }));
    expect(await screen.findByText('Débrief enregistré')).toBeVisible();
    expect(liveSession(during?.id ?? '')).toBeNull();
  });

  it('keeps a call whose final write failed, ended and whole', async () => {
    const { user, storage } = await startCall(/^Filage/);
    await user.type(screen.getByLabelText('Votre réplique'), 'Bonjour{Enter}');
    expect(await screen.findByText('Enregistré')).toBeVisible();
    vi.spyOn(storage.sessions, 'saveFinal').mockRejectedValue(
      Object.assign(new Error('quota'), { name: 'QuotaExceededError' }),
    );
    await user.click(screen.getByRole('button', { name: 'Raccrocher' }));
    expect(await screen.findByText(/Non enregistré/)).toBeVisible();
    const [stored] = await storage.db.sessions.toArray();
    const kept = allLiveSessions().find((session) => session.record.id === stored?.id);
    expect(kept?.record.status).toBe('ended');
    expect(kept?.turns.at(-1)?.turn.events.map((event) => event.type)).toContain('hang_up');
  });
});
