import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { seriousViolations } from './axe';
import { fakeProfile, seedProfiles } from './profile-fixture';
import { freshStorage, renderApp } from './render-app';

describe('settings backup', () => {
  it('refuses an invalid backup whole, naming the place, and stays accessible', async () => {
    const user = userEvent.setup();
    const storage = freshStorage();
    await seedProfiles(storage, [fakeProfile()]);
    const { container } = await renderApp('/parametres', storage);
    expect(await screen.findByRole('heading', { level: 2, name: 'Sauvegarde' })).toBeVisible();
    const bad = new File(
      ['{"kind":"coulisses-backup","schemaVersion":1,"id":"backup:x"}'],
      'abime.json',
      {
        type: 'application/json',
      },
    );
    await user.upload(screen.getByLabelText(/Restaurer une sauvegarde/u), bad);
    expect(await screen.findByText(/Sauvegarde refusée en entier/u)).toBeVisible();
    expect(screen.getByText('$.createdAt')).toBeVisible();
    expect(await storage.db.sessions.count()).toBe(0);
    expect(await seriousViolations(container)).toEqual([]);
  });
});
