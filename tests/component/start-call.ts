import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeProfile, seedProfiles } from './profile-fixture';
import type { AppStorage } from '@/storage/app-storage';
import { freshStorage, renderApp } from './render-app';

/** Opens the example call's setup page, picks a mode and picks up; resolves on the stage. */
export async function startCall(mode: RegExp, storage = freshStorage(), seed = 8) {
  const user = userEvent.setup();
  await seedProfiles(storage, [fakeProfile()]);
  const view = await renderApp(
    `/repeter/scenario/exemple-date-prelevement?seed=${seed}&persona=remi-garnier-presse`,
    storage,
  );
  await user.click(await screen.findByRole('radio', { name: mode }, { timeout: 30_000 }));
  await user.click(screen.getByRole('button', { name: 'Décrocher' }));
  await screen.findByRole('heading', { level: 1, name: /En scène/ }, { timeout: 10_000 });
  // Opening the session trains the analyser once per language: allow it a few seconds.
  await screen.findByRole('button', { name: 'Raccrocher' }, { timeout: 10_000 });
  return { user, storage, view };
}

/**
 * The one call stored, as the app reads it: a finished call is one packed row, so its record and
 * turns are read through the repository, not off the raw row.
 */
export async function storedCall(storage: AppStorage) {
  const [row] = await storage.db.sessions.toArray();
  return row ? storage.sessions.get(row.id) : null;
}
