import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { seriousViolations } from './axe';
import { freshStorage, renderApp } from './render-app';

describe('first launch', () => {
  it('asks for a profile before opening any area', async () => {
    const { router } = await renderApp('/atelier');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Créer votre profil' }),
    ).toBeVisible();
    expect(router.state.location.pathname).toBe('/bienvenue');
    expect(screen.getByText(/pas de mot de passe/)).toBeVisible();
    expect(screen.queryByRole('navigation', { name: 'Espaces' })).not.toBeInTheDocument();
  });

  it('explains an empty name next to the field and creates nothing', async () => {
    const user = userEvent.setup();
    const { storage } = await renderApp('/');
    await user.click(await screen.findByRole('button', { name: 'Créer le profil' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Indiquez un nom affiché.');
    expect(screen.getByLabelText('Nom affiché')).toHaveAttribute('aria-invalid', 'true');
    expect(await storage.db.profiles.count()).toBe(0);
  });

  it('creates the profile, stores it and opens the role’s own area', async () => {
    const user = userEvent.setup();
    const { storage, router } = await renderApp('/');
    await user.type(await screen.findByLabelText('Nom affiché'), '  Inès Haddad ');
    await user.click(screen.getByRole('radio', { name: /Formateur/ }));
    await user.click(screen.getByRole('button', { name: 'Créer le profil' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Atelier' })).toBeVisible();
    expect(router.state.location.pathname).toBe('/atelier');
    expect(
      screen.getByRole('link', { name: /Profil actif : Inès Haddad · Formateur/ }),
    ).toBeVisible();
    const [saved] = await storage.db.profiles.toArray();
    expect(saved).toMatchObject({ displayName: 'Inès Haddad', role: 'trainer' });
    expect(await storage.db.preferences.get('activeProfileId')).toEqual({
      key: 'activeProfileId',
      value: saved?.id,
    });
  });

  it('remembers the profile on the next visit', async () => {
    const user = userEvent.setup();
    const storage = freshStorage();
    const first = await renderApp('/', storage);
    await user.type(await screen.findByLabelText('Nom affiché'), 'Marc');
    await user.click(screen.getByRole('button', { name: 'Créer le profil' }));
    await screen.findByRole('heading', { level: 1, name: 'Répéter' }, { timeout: 15_000 });
    first.unmount();

    await renderApp('/', storage);
    expect(await screen.findByRole('heading', { level: 1, name: 'Bienvenue, Marc' })).toBeVisible();
  });

  it('has no serious accessibility violation', async () => {
    const { container } = await renderApp('/bienvenue');
    await screen.findByRole('heading', { level: 1 });
    await waitFor(async () => expect(await seriousViolations(container)).toEqual([]));
  });
});
