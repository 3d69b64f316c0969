import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { toImportedSessions } from '@/domain/review/imported-session';
import { createReviewRepository } from '@/storage/review-repository';
import { exampleScript } from '../unit/domain/session/session-fixtures';
import { bundledSession, sessionBundle } from '../fixtures/review/session-bundles';
import { seriousViolations } from './axe';
import { fakeProfile, seedProfiles } from './profile-fixture';
import { freshStorage, renderApp } from './render-app';

const LAZY = { timeout: 15_000 };
const version = exampleScript().version;

/** Julie's call on `day` of November with this brand-tone score (the fixture's card otherwise). */
const call = (id: string, day: number, brandTone: number) => {
  const base = bundledSession(id, {
    script: { id: 'exemple-date-prelevement', version, title: 'Changer la date de prélèvement' },
    startedAt: `2026-11-${String(day).padStart(2, '0')}T09:00:00.000Z`,
  });
  return { ...base, scoreCard: { ...base.scoreCard, brandTone } };
};

describe('Revue: an agent’s page', () => {
  it('charts each criterion over time, with best and last per script and the coverage map', async () => {
    const storage = freshStorage();
    await seedProfiles(storage, [fakeProfile({ role: 'team_lead', displayName: 'Nadia Lefort' })]);
    await createReviewRepository(storage.db).importSessions(
      toImportedSessions(
        sessionBundle([call('s1', 2, 50), call('s2', 9, 90), call('s3', 16, 70)]) as never,
      ),
    );
    const { container } = await renderApp('/revue/agent/agent-julie', storage);
    const progress = await screen.findByRole('region', { name: 'Progression par critère' }, LAZY);
    expect(within(progress).getByText(/3 séances notées, du .* au .*/u)).toBeInTheDocument();
    const values = within(progress).getByRole('table');
    // Oldest first: brand tone 50 → 90 → 70 out of 100 reads 10, 18, 14 out of 20.
    const brand = within(values)
      .getAllByRole('row')
      .slice(1)
      .map((row) => within(row).getAllByRole('cell')[1]?.textContent);
    expect(brand).toEqual(['10/20', '18/20', '14/20']);
    // One line per criterion in the plot.
    expect(container.querySelectorAll('g.chart-series')).toHaveLength(4);
    const results = screen.getByRole('region', { name: 'Résultats par script' });
    expect(within(results).getByRole('row', { name: /Changer la date/u })).toHaveTextContent(
      /3.*\/20.*\/20/u,
    );
    expect(screen.getByRole('heading', { name: 'Couverture des scripts' })).toBeVisible();
    expect(await seriousViolations(container)).toEqual([]);
  });
});
