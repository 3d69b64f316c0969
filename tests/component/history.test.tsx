import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { AppStorage } from '@/storage/app-storage';
import {
  INTERRUPTED_CALL,
  playExampleCall,
  politeCall,
  POLITE_CALL,
  RUDE_CALL,
} from '../unit/rehearsal/played-call';
import { storedSession } from '../unit/rehearsal/stored-session';
import { seriousViolations } from './axe';
import { fakeProfile, seedProfiles } from './profile-fixture';
import { freshStorage, renderApp } from './render-app';

// Real calls through the real analyser, then the stage's debrief: seconds on a busy machine.
vi.setConfig({ testTimeout: 60_000 });

const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString();

/** Four calls played through the engine and stored as the stage stores them. */
async function agentWithFourCalls(): Promise<AppStorage> {
  const storage = freshStorage();
  await seedProfiles(storage, [fakeProfile()]);
  const calls = [
    storedSession(playExampleCall(8, 'filage', POLITE_CALL), {
      id: 'resolved',
      startedAt: daysAgo(20),
    }),
    storedSession(playExampleCall(8, 'filage', RUDE_CALL), { id: 'rude', startedAt: daysAgo(3) }),
    storedSession(playExampleCall(INTERRUPTED_CALL.seed, INTERRUPTED_CALL.mode, POLITE_CALL), {
      id: 'interrupted',
      startedAt: daysAgo(2),
    }),
    storedSession(playExampleCall(9, 'filage', politeCall(2)), {
      id: 'unfinished',
      startedAt: daysAgo(1),
    }),
  ];
  for (const { record, turns } of calls) await storage.sessions.saveProgress(record, turns);
  return storage;
}

const bodyRows = (table: HTMLElement) => within(table).getAllByRole('row').slice(1);

/**
 * The list is read from the indexes as it shows, its first rows before its count: waits until it
 * is no longer busy or loading and the count is shown.
 */
async function settled(list: HTMLElement): Promise<void> {
  await waitFor(
    () => {
      expect(list).toHaveAttribute('aria-busy', 'false');
      expect(within(list).queryAllByText('Chargement de la séance…')).toEqual([]);
      expect(screen.getByText(/^Séances affichées/)).toBeInTheDocument();
      expect(within(list).queryByRole('table')).not.toHaveAttribute('aria-rowcount', '-1');
    },
    { timeout: 5_000 },
  );
}

describe('my sessions', () => {
  it('shows the scores, filters the list, charts the progress and opens a past debrief', async () => {
    const user = userEvent.setup();
    const { container, router } = await renderApp('/repeter/seances', await agentWithFourCalls());
    const list = await screen.findByRole('region', { name: 'Liste de mes séances' });
    await settled(list);
    const table = within(list).getByRole('table');
    expect(table).toHaveAttribute('aria-rowcount', '5');
    expect(bodyRows(table)).toHaveLength(4);
    // Newest first: the unfinished call, then the interrupted one, the rude one, the resolved one.
    const texts = bodyRows(table).map((row) => row.textContent ?? '');
    expect(texts[0]).toMatch(/En cours————\d/);
    expect(texts[1]).toMatch(
      /Répétition.*Terminée — réussi.*20\/20 — Très bien.*20\/20.*\d+(,\d)?\/20.*Conforme/,
    );
    // One scale everywhere: every score out of 20, the grade in the interface's words.
    expect(texts[2]).toMatch(/Terminée — .*0\/20 — Non conforme.*Non conforme/);
    expect(texts[3]).toMatch(/Filage.*20\/20 — Très bien.*20\/20.*non mesurée.*Conforme/);
    expect(screen.getByText(/^Séances affichées\s:\s4 sur 4$/)).toBeVisible();

    const progress = screen.getByRole('region', { name: 'Progression' });
    const figure = within(progress).getByRole('figure', {
      name: 'Vos scores par critère, séance après séance',
    });
    const chart = within(figure).getByRole('img');
    const summary =
      'Note globale : stable sur vos 3 derniers appels notés. ' +
      'Ton de marque : stable sur vos 3 derniers appels notés. ' +
      'Reprise en main : +20 points sur vos 2 derniers appels avec un imprévu.';
    expect(within(figure).getByText(summary)).toBeVisible();
    expect(chart).toHaveAccessibleName(`Vos scores par critère, séance après séance ${summary}`);
    expect(chart.querySelectorAll('.chart-series__line')).toHaveLength(3);
    const breach = [...chart.querySelectorAll('.chart-mark--alert')];
    expect(breach.map((mark) => mark.textContent)).toEqual(['Non conforme']);
    expect(breach[0]?.querySelector('.chart-shape--cross')).not.toBeNull();
    await user.click(within(figure).getByText('Voir les valeurs'));
    const values = within(figure).getByRole('table');
    expect(bodyRows(values).map((row) => row.lastChild?.textContent)).toEqual([
      'Conforme',
      'Non conforme',
      'Conforme',
    ]);
    expect(await seriousViolations(container)).toEqual([]);

    // Filters narrow the list and the chart; the count says so politely.
    await user.selectOptions(screen.getByLabelText('Mode'), 'Répétition');
    await settled(list);
    expect(screen.getByText(/^Séances affichées\s:\s1 sur 4$/)).toHaveAttribute('role', 'status');
    expect(bodyRows(within(list).getByRole('table'))).toHaveLength(1);
    expect(within(progress).queryByRole('figure')).toBeNull();
    expect(
      within(progress).getByText(
        /^Une seule séance notée pour ces filtres \(note globale\s:\s20\/20\)/,
      ),
    ).toBeVisible();
    await user.selectOptions(screen.getByLabelText('Mode'), 'Tous les modes');
    await user.selectOptions(screen.getByLabelText('État'), 'En cours');
    await settled(list);
    expect(
      within(progress).getByText(/^Aucune séance terminée et notée pour ces filtres/),
    ).toBeVisible();
    await user.selectOptions(screen.getByLabelText('État'), 'Tous les états');
    await user.selectOptions(screen.getByLabelText('Période'), '7 derniers jours');
    await settled(list);
    expect(screen.getByText(/^Séances affichées\s:\s3 sur 4$/)).toBeVisible();
    expect(within(progress).getByRole('figure')).toBeVisible();
    await user.selectOptions(
      screen.getByLabelText('Scénario'),
      'Changer la date de prélèvement (exemple)',
    );
    await settled(list);
    expect(screen.getByText(/^Séances affichées\s:\s3 sur 4$/)).toBeVisible();

    // The filters live in the address, so coming back from a debrief finds them.
    expect(router.state.location.search).toBe('?scenario=exemple-date-prelevement&periode=7');

    // Each row still opens its debrief, mood chart included.
    const filtered = bodyRows(within(list).getByRole('table'));
    expect(filtered[1]).toHaveTextContent(/Répétition/);
    await user.click(
      within(filtered[1] as HTMLElement).getByRole('link', { name: /^Ouvrir la séance/ }),
    );
    expect(
      await screen.findByRole('heading', { level: 2, name: "Fin de l'appel" }, { timeout: 20_000 }),
    ).toBeVisible();
    const mood = screen.getByRole('figure', { name: 'Humeur du client, tour par tour' });
    expect(
      [...within(mood).getByRole('img').querySelectorAll('.chart-mark')].map(
        (mark) => mark.textContent,
      ),
    ).toEqual(['Interruption', 'Retour au fil']);
    await waitFor(() =>
      expect(screen.getByRole('button', { name: 'Rejouer le même appel' })).toBeEnabled(),
    );
  });
});

describe('a year of sessions', () => {
  it('draws only the rows in view, says where each one sits, and pages the chart’s values', async () => {
    const storage = freshStorage();
    await seedProfiles(storage, [fakeProfile()]);
    const { record } = storedSession(playExampleCall(8, 'filage', POLITE_CALL), {
      id: 'template',
      startedAt: daysAgo(0),
    });
    // 600 finished calls, one a day: written as the end of a call writes them.
    for (let day = 0; day < 600; day += 1)
      await storage.sessions.saveFinal(
        { ...record, id: `call-${day}`, startedAt: daysAgo(day + 1) },
        [],
      );
    await renderApp('/repeter/seances', storage);
    const list = await screen.findByRole('region', { name: 'Liste de mes séances' });
    await settled(list);
    const table = within(list).getByRole('table');
    expect(table).toHaveAttribute('aria-rowcount', '601');
    const rows = bodyRows(table).filter((row) => row.getAttribute('aria-hidden') !== 'true');
    expect(rows.length).toBeGreaterThan(5);
    expect(rows.length).toBeLessThan(40);
    expect(rows[0]).toHaveAttribute('aria-rowindex', '2');
    expect(screen.getByText(/^Séances affichées\s:\s600 sur 600$/)).toBeVisible();

    // The chart follows the last 30 scored calls; its values come ten at a time, newest first.
    expect(screen.getByText(/La courbe suit vos 30 derniers appels notés/)).toBeVisible();
    const user = userEvent.setup();
    const figure = within(screen.getByRole('region', { name: 'Progression' })).getByRole('figure');
    await user.click(within(figure).getByText('Voir les valeurs'));
    expect(bodyRows(within(figure).getByRole('table'))).toHaveLength(10);
    expect(within(figure).getByText('Valeurs 21 à 30 sur 30')).toBeVisible();
    await user.click(within(figure).getByRole('button', { name: 'Valeurs précédentes' }));
    expect(within(figure).getByText('Valeurs 11 à 20 sur 30')).toBeVisible();
    expect(bodyRows(within(figure).getByRole('table'))).toHaveLength(10);
  });
});
