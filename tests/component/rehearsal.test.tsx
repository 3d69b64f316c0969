import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { seriousViolations } from './axe';
import { fakeProfile, seedProfiles } from './profile-fixture';
import { freshStorage, renderApp } from './render-app';
import { startCall, storedCall } from './start-call';

const SCRIPT_TITLE = /Changer la date de prélèvement/;

async function returningAgent() {
  const storage = freshStorage();
  await seedProfiles(storage, [fakeProfile()]);
  return storage;
}

describe('rehearsal catalogue', () => {
  it('shows the library as cards, filters them, and is accessible', async () => {
    const user = userEvent.setup();
    const { container } = await renderApp('/repeter', await returningAgent());
    const cards = await screen.findByRole('list', { name: 'Choisir un appel' }, { timeout: 5000 });
    const title = within(cards).getByRole('heading', { level: 2, name: SCRIPT_TITLE });
    const card = title.closest('li') as HTMLElement;
    expect(within(cards).getAllByRole('heading', { level: 2 }).length).toBeGreaterThan(1);
    expect(within(card).getByText(/Brisa Énergie · Appel entrant · Débutant/)).toBeVisible();
    expect(within(card).getByText(/M\. Garnier, pressé/)).toBeVisible();
    // Phases in call order (the file lists the solution before the customer's reformulation).
    expect(
      within(card).getByText(
        'Accueil, Découverte, Vérification, Solution, Reformulation, Conclusion',
      ),
    ).toBeVisible();
    // Never played: said once, with no empty best result.
    expect(within(card).getByText('Pas encore jouée')).toBeVisible();
    expect(within(card).queryByText('Meilleur résultat')).toBeNull();
    // « Toutes » for a feminine filter, « Tous » for a masculine one.
    const firstOption = (label: string) =>
      within(screen.getByLabelText(label)).getAllByRole('option')[0]?.textContent;
    expect(firstOption('Marque')).toBe('Toutes');
    expect(firstOption('Difficulté')).toBe('Toutes');
    expect(firstOption('Langue du script')).toBe('Toutes');
    expect(firstOption("Type d'appel")).toBe('Tous');
    expect(await seriousViolations(container)).toEqual([]);

    await user.type(screen.getByRole('searchbox', { name: 'Rechercher' }), 'introuvable');
    expect(screen.getByText('Aucun scénario ne correspond à ces filtres.')).toBeVisible();
    await user.clear(screen.getByRole('searchbox', { name: 'Rechercher' }));
    await user.type(screen.getByRole('searchbox', { name: 'Rechercher' }), 'prelevement');
    expect(screen.getByRole('heading', { level: 2, name: SCRIPT_TITLE })).toBeVisible();
    await user.selectOptions(screen.getByLabelText('Langue du script'), 'en');
    expect(screen.queryByRole('heading', { level: 2, name: SCRIPT_TITLE })).toBeNull();
  });
});

describe('the setup page', () => {
  it('lists every rule on the debrief’s one scale, out of 20', async () => {
    const user = userEvent.setup();
    await renderApp('/repeter/scenario/exemple-date-prelevement', await returningAgent());
    await user.click(
      await screen.findByText('Toutes les règles de la grille', {}, { timeout: 30_000 }),
    );
    // −12 points on brand tone (out of 100) is −2,4 on its /20, as the debrief says it.
    expect(screen.getByText(/^Tutoiement \(−2,4 sur 20\) : /)).toBeVisible();
    expect(screen.queryByText(/\d pts\)/)).toBeNull();
  });
});

describe('the stage', () => {
  it('sends on Enter, not on Shift+Enter, and writes every turn before saying "Enregistré"', async () => {
    const { user, storage } = await startCall(/^Répétition/);
    const line = screen.getByLabelText('Votre réplique');
    await user.type(line, 'Bonjour{Shift>}{Enter}{/Shift}Brisa Énergie');
    expect(line).toHaveValue('Bonjour\nBrisa Énergie');
    // Hold the write: the stage must say "Enregistrement…" until IndexedDB has it.
    const save = storage.sessions.saveProgress.bind(storage.sessions);
    let release = () => {};
    const gate = new Promise<void>((resolve) => (release = resolve));
    vi.spyOn(storage.sessions, 'saveProgress').mockImplementation(async (...args) => {
      await gate;
      return save(...args);
    });
    await user.type(line, '{Enter}');
    expect(line).toHaveValue('');
    const log = screen.getByRole('log', { name: 'Conversation' });
    // Until the disk has the turn, neither the line nor the reply is shown: a crash now cannot
    // take back an exchange the agent saw.
    expect(await screen.findByText('Enregistrement…')).toBeVisible();
    expect(within(log).queryByText('Vous')).toBeNull();
    expect(screen.queryByText('Enregistré')).toBeNull();
    release();
    expect(await screen.findByText('Enregistré')).toBeVisible();
    expect(within(log).getAllByText('Vous')).toHaveLength(1);
    const [session] = await storage.db.sessions.toArray();
    expect(session?.status).toBe('in_progress');
    const turns = await storage.db.turns
      .where('sessionId')
      .equals(session?.id ?? '')
      .toArray();
    expect(turns.map((row) => row.turn.text)).toContain('Bonjour\nBrisa Énergie');
    expect(screen.getByRole('meter', { name: 'Irritation' })).toBeVisible();
    expect(screen.getByRole('button', { name: 'Souffleur' })).toBeEnabled();
  });

  it('hides the mood and the prompter in Filage; hang-up ends the call on the debrief', async () => {
    const { user, storage, view } = await startCall(/^Filage/);
    expect(screen.queryByRole('meter')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Souffleur' })).toBeNull();
    expect(await seriousViolations(view.container)).toEqual([]);
    await user.click(screen.getByRole('button', { name: 'Mettre en attente' }));
    expect(await screen.findByText('Client en attente.')).toBeVisible();
    expect(screen.getByLabelText('Votre réplique')).toBeVisible();
    await user.click(screen.getByRole('button', { name: "Reprendre l'appel" }));
    await user.click(await screen.findByRole('button', { name: 'Raccrocher' }));
    expect(await screen.findByRole('heading', { level: 2, name: "Fin de l'appel" })).toBeVisible();
    expect(screen.getByText('Vous avez raccroché.')).toBeVisible();
    // Filage has no prompter: the end screen counts none.
    expect(screen.getByText(/^\d+ tours, durée \d+:\d\d\.$/)).toBeVisible();
    expect(screen.getByRole('heading', { level: 3, name: 'Débrief' })).toBeVisible();
    await waitFor(async () => {
      const session = (await storedCall(storage))?.record;
      expect(session?.status).toBe('ended');
      expect(session?.scoreCard?.overall.outOf20).toEqual(expect.any(Number));
    });
    expect(await seriousViolations(view.container)).toEqual([]);
  });

  it('shows the banner with "Exporter maintenant" when a turn cannot be written', async () => {
    const { user, storage } = await startCall(/^Filage/);
    vi.spyOn(storage.sessions, 'saveProgress').mockRejectedValue(
      Object.assign(new Error('quota'), { name: 'QuotaExceededError' }),
    );
    await user.type(screen.getByLabelText('Votre réplique'), 'Bonjour{Enter}');
    expect(await screen.findByText(/espace de stockage du navigateur est plein/)).toBeVisible();
    expect(screen.getByText(/Non enregistré/)).toBeVisible();
    expect(screen.queryByText('Enregistré')).toBeNull();
    expect(screen.getByRole('button', { name: 'Exporter maintenant' })).toBeVisible();
    // The call goes on from memory.
    expect(
      within(screen.getByRole('log', { name: 'Conversation' })).getByText('Bonjour'),
    ).toBeVisible();
  });
});
