import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { seriousViolations } from './axe';
import { fakeProfile, seedProfiles } from './profile-fixture';
import { freshStorage, renderApp } from './render-app';

// The rehearsal area is a lazy route: its first load in a test run transforms the library and
// takes seconds when the 2-core machine is busy, beyond Testing Library's one-second default.
const LAZY = { timeout: 15_000 };

async function returningAgent() {
  const storage = freshStorage();
  await seedProfiles(storage, [fakeProfile()]);
  return storage;
}

describe('areas', () => {
  it.each([
    ['/repeter', 'Répéter', /L'espace des agents/],
    ['/atelier', 'Atelier', /L'espace des formateurs/],
    ['/revue', 'Revue', /L'espace des responsables d'équipe/],
    ['/parametres', 'Paramètres et à propos', /pas une sauvegarde/],
  ])('%s says what it is for', async (path, title, purpose) => {
    const { container } = await renderApp(path, await returningAgent());
    expect(await screen.findByRole('heading', { level: 1, name: title }, LAZY)).toBeVisible();
    expect(screen.getByText(purpose)).toBeVisible();
    expect(document.title).toBe(`${title} — Coulisses`);
    expect(await seriousViolations(container)).toEqual([]);
  });

  it('marks the current area in the navigation', async () => {
    await renderApp('/revue', await returningAgent());
    const nav = await screen.findByRole('navigation', { name: 'Espaces' });
    expect(within(nav).getByRole('link', { name: 'Revue' })).toHaveAttribute(
      'aria-current',
      'page',
    );
    expect(within(nav).getByRole('link', { name: 'Répéter' })).not.toHaveAttribute('aria-current');
  });

  it('puts the role’s own area first on the home page', async () => {
    const storage = freshStorage();
    await seedProfiles(storage, [fakeProfile({ role: 'team_lead' })]);
    await renderApp('/', storage);
    const cards = await screen.findAllByRole('heading', { level: 2 });
    expect(cards.map((card) => card.textContent)).toEqual(['Revue', 'Répéter', 'Atelier']);
    expect(screen.getByText('Votre espace')).toBeVisible();
  });

  it('shows a 404 page with a way home for unknown addresses', async () => {
    const user = userEvent.setup();
    const { router, container } = await renderApp('/coulisses/inconnues', await returningAgent());
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Page introuvable' }),
    ).toBeVisible();
    expect(await seriousViolations(container)).toEqual([]);
    await user.click(screen.getByRole('link', { name: "Revenir à l'accueil" }));
    expect(router.state.location.pathname).toBe('/');
  });
});

describe('language switch', () => {
  it('switches to English, stores the choice, and comes back to French', async () => {
    const user = userEvent.setup();
    const storage = await returningAgent();
    await renderApp('/repeter', storage);
    await user.selectOptions(await screen.findByLabelText('Langue'), 'en');

    expect(await screen.findByRole('heading', { level: 1, name: 'Rehearse' }, LAZY)).toBeVisible();
    expect(document.documentElement.lang).toBe('en');
    await waitFor(async () =>
      expect(await storage.db.preferences.get('language')).toEqual({
        key: 'language',
        value: 'en',
      }),
    );

    await user.selectOptions(screen.getByLabelText('Language'), 'fr');
    expect(await screen.findByRole('heading', { level: 1, name: 'Répéter' })).toBeVisible();
    expect(document.documentElement.lang).toBe('fr');
  });

  it('opens in the stored language', async () => {
    const storage = await returningAgent();
    await storage.preferences.write('language', 'en');
    await renderApp('/atelier', storage);
    expect(await screen.findByRole('heading', { level: 1, name: 'Workshop' })).toBeVisible();
  });
});
