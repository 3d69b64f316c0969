import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { buildPathFile } from '@/domain/review/training-path-file';
import type { TrainingPath } from '@/domain/review/training-path';
import { seriousViolations } from './axe';
import { fakeProfile, seedProfiles } from './profile-fixture';
import { freshStorage, renderApp } from './render-app';

// The lazy page compiles on first use; a loaded machine needs the margin.
const LAZY = { timeout: 60_000 };
const lead = { id: 'lead-nadia', name: 'Nadia Lefort' };

function pathFor(assignees: TrainingPath['assignees']): TrainingPath {
  return {
    kind: 'parcours',
    schemaVersion: 1,
    id: 'parcours:prelevements',
    createdAt: '2026-11-01T08:00:00.000Z',
    author: lead,
    title: 'Prélèvements — remise à niveau',
    steps: [
      {
        scriptId: 'exemple-date-prelevement',
        scriptTitle: 'Changer la date de prélèvement',
        mode: 'repetition',
        thresholds: { brandTone: 70 },
      },
      {
        scriptId: 'exemple-date-prelevement',
        scriptTitle: 'Changer la date de prélèvement',
        mode: 'filage',
        thresholds: {},
      },
    ],
    recurrence: 'monthly',
    startsOn: '2026-01-01',
    assignees,
  };
}
const file = (name: string, text: string) => new File([text], name, { type: 'application/json' });
const json = (path: TrainingPath) =>
  JSON.stringify(buildPathFile('f1', lead, new Date('2026-11-01T08:00:00.000Z'), path));

describe('Répéter: Mon parcours', () => {
  it('imports the lead’s path, shows the next step, and refuses a bad or someone else’s file whole', async () => {
    const user = userEvent.setup();
    const storage = freshStorage();
    await seedProfiles(storage, [fakeProfile()]);
    const { container } = await renderApp('/repeter/parcours', storage);
    const input = await screen.findByLabelText('Importer un parcours', {}, LAZY);
    expect(await screen.findByText("Aucun parcours importé pour l'instant.")).toBeVisible();

    await user.upload(
      input,
      file('autre.json', json(pathFor([{ id: 'agent-karim', name: 'Karim' }]))),
    );
    expect(await screen.findByText(/destiné à d’autres agents/u)).toBeVisible();
    await user.upload(
      input,
      file('abime.json', json(pathFor([])).replace('"repetition"', '"impro"')),
    );
    expect(await screen.findByText(/\$\.path\.steps\[0\]\.mode/u)).toBeVisible();
    expect(screen.queryByRole('heading', { name: /Prélèvements/u })).toBeNull();

    await user.upload(
      input,
      file('parcours.json', json(pathFor([{ id: 'profile-lea', name: 'Léa' }]))),
    );
    expect(await screen.findByText('parcours.json : parcours importé.')).toBeVisible();
    const steps = screen.getByRole('list', { name: /Étapes de « Prélèvements/u });
    const items = within(steps).getAllByRole('listitem');
    expect(items[0]).toHaveTextContent(/Prochaine étape.*mode Répétition.*Ton de marque ≥ 14\/20/u);
    expect(items[1]).toHaveTextContent(/À faire.*Pas de seuil/u);
    expect(within(steps).getByRole('link', { name: /Répéter « Changer la date/u })).toHaveAttribute(
      'href',
      '/repeter/scenario/exemple-date-prelevement',
    );
    expect(screen.getByText(/0 étape\(s\) réussie\(s\) sur 2/u)).toBeVisible();

    await user.upload(
      input,
      file('parcours.json', json(pathFor([{ id: 'profile-lea', name: 'Léa' }]))),
    );
    expect(await screen.findByText('parcours.json : ce parcours était déjà là.')).toBeVisible();
    expect(await seriousViolations(container)).toEqual([]);
  }, 240_000);
});
