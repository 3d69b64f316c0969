import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { AppStorage } from '@/storage/app-storage';
import type { SessionRecord } from '@/storage/session-record';
import { seriousViolations } from './axe';
import { fakeProfile, seedProfiles } from './profile-fixture';
import { freshStorage, renderApp } from './render-app';

const DAY = 24 * 60 * 60 * 1000;

/** A finished call of Léa's, started `daysAgo` days ago. */
async function seedCall(storage: AppStorage, id: string, daysAgo: number) {
  const startedAt = new Date(Date.now() - daysAgo * DAY).toISOString();
  const record = {
    id,
    profileId: 'profile-lea',
    scriptId: 'exemple-date-prelevement',
    scriptVersion: '1.0.0',
    scriptTitle: 'Changer la date de prélèvement',
    personaId: 'remi-garnier-presse',
    brandId: null,
    mode: 'filage',
    seed: 8,
    language: 'fr',
    startedAt,
    updatedAt: startedAt,
    status: 'ended',
    machineState: 'ended',
    engine: { status: 'ended' },
    elapsedSeconds: 60,
    exportedAt: null,
    scoreCard: null,
  } as unknown as SessionRecord;
  await storage.sessions.saveFinal(record, []);
}

async function seeded() {
  const storage = freshStorage();
  await seedProfiles(storage, [fakeProfile()]);
  await seedCall(storage, 'old', 400);
  await seedCall(storage, 'recent', 10);
  return storage;
}

describe('retention setting', () => {
  it('defaults to 12 months, labelled, with the notice of what is due and when', async () => {
    const { container } = await renderApp('/parametres', await seeded());
    const select = await screen.findByLabelText('Garder les séances pendant');
    await waitFor(() => expect(select).toHaveValue('12'));
    expect(select).toHaveAccessibleDescription(/recommande la CNIL/);
    const notice = await screen.findByTestId('retention-notice');
    expect(notice).toHaveTextContent('Durée de conservation (12 mois)');
    expect(notice).toHaveTextContent(/1 de vos séances, commencée le \d{1,2} \S+ \d{4}/);
    expect(notice).toHaveTextContent(/supprimées de cet appareil le \d{1,2} \S+ \d{4}/);
    expect(screen.getByTestId('retention-due')).toHaveTextContent('1 séance est à supprimer');
    expect(await seriousViolations(container)).toEqual([]);
  });

  it('a longer period withdraws the notice and is kept', async () => {
    const user = userEvent.setup();
    const { storage } = await renderApp('/parametres', await seeded());
    await screen.findByTestId('retention-notice');
    await user.selectOptions(screen.getByLabelText('Garder les séances pendant'), '24');
    expect(await screen.findByText("Aucune séance n'a plus de 24 mois.")).toBeVisible();
    expect(screen.queryByTestId('retention-notice')).toBeNull();
    expect(await storage.db.preferences.get('retentionMonths')).toMatchObject({ value: '24' });
    expect(await storage.db.sessions.count()).toBe(2);
  });

  it('purges on confirmation and says how many went', async () => {
    const user = userEvent.setup();
    const { storage } = await renderApp('/parametres', await seeded());
    const notice = await screen.findByTestId('retention-notice');
    await user.click(within(notice).getByRole('button', { name: 'Supprimer maintenant' }));
    expect(await screen.findByTestId('retention-purged')).toHaveTextContent(
      '1 de vos séances supprimée (durée de conservation dépassée).',
    );
    expect(await storage.sessions.get('old')).toBeNull();
    expect(await storage.sessions.get('recent')).not.toBeNull();
  });
});
