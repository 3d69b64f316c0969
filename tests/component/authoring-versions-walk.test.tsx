// Issue 15, second walk: the shelf shows only the latest import's outcome, versions compare step
// by step with the changed fields side by side, and problems name their place in the trainer's words.
import { readFileSync } from 'node:fs';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { createI18n } from '@/app/i18n/i18n';
import { ShelfPage } from '@/features/authoring/shelf/shelf-page';
import { useFreshAppStorage } from './authoring-fixtures';

describe('shelf imports', () => {
  useFreshAppStorage('versions-walk-shelf');

  it('clears a refused JSON import once a later Twee import goes through', async () => {
    render(
      <I18nextProvider i18n={createI18n('fr')}>
        <MemoryRouter>
          <ShelfPage />
        </MemoryRouter>
      </I18nextProvider>,
    );
    const user = userEvent.setup();
    const jsonInput = await screen.findByLabelText(
      'Importer un fichier JSON',
      {},
      { timeout: 20_000 },
    );
    await user.upload(
      jsonInput,
      new File(['{ "kind": '], 'casse.json', { type: 'application/json' }),
    );
    expect(await screen.findByRole('alert')).toHaveTextContent('« casse.json » est refusé');

    const twee = readFileSync('tests/fixtures/twee/sugarcube-gaps.twee', 'utf8');
    await user.upload(
      screen.getByLabelText('Importer une histoire Twine (Twee 3)'),
      new File([twee], 'histoire.twee', { type: 'text/plain' }),
    );
    expect(
      await screen.findByRole('heading', { name: /« Appel avec du code SugarCube » importé/u }),
    ).toBeVisible();
    await waitFor(() => expect(screen.queryByText(/« casse\.json » est refusé/u)).toBeNull());
  });
});
