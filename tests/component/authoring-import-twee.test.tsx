// Importing a Twine story (Twee 3) from the shelf: a broken file is refused with each problem's
// line and fix and nothing is stored; a readable one becomes a draft, and what the script could
// not carry and what was assumed are listed by passage.
import { readFileSync } from 'node:fs';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { createI18n } from '@/app/i18n/i18n';
import { ImportTwee } from '@/features/authoring/interchange/import-twee';
import { createScriptDraftRepository } from '@/storage/script-draft-repository';
import { blankFrenchScript, useFreshAppStorage } from './authoring-fixtures';
import { seriousViolations } from './axe';

const base = blankFrenchScript;
const storage = useFreshAppStorage('twee');

function renderImport() {
  return render(
    <I18nextProvider i18n={createI18n('fr')}>
      <MemoryRouter>
        <ImportTwee
          base={base}
          idFor={(title) => (title.includes('SugarCube') ? 'appel-sugarcube' : 'autre')}
          shown
          onStart={() => undefined}
        />
      </MemoryRouter>
    </I18nextProvider>,
  );
}

const upload = (text: string, name: string) =>
  userEvent
    .setup()
    .upload(
      screen.getByLabelText('Importer une histoire Twine (Twee 3)'),
      new File([text], name, { type: 'text/plain' }),
    );

describe('Twee import on the shelf', () => {
  it('refuses a broken file with the line and fix of each problem, and stores nothing', async () => {
    const { container } = renderImport();
    await upload(
      ':: Accueil\n[[Suite]]\n:: Suite [agent\nBonjour\n:: Accueil\nEncore',
      'casse.twee',
    );
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent("« casse.twee » n'a pas été importé (2 problèmes)");
    const problems = within(alert).getByRole('list', { name: 'Problèmes du fichier Twee' });
    expect(
      within(problems)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      "Ligne 3 — Le bloc d'étiquettes n'est pas fermé. Fermez les étiquettes par « ] » (ou échappez le crochet en « \\[ »).",
      "Ligne 5 — Deux passages s'appellent « Accueil ». Renommez l'un des deux passages « Accueil » et les liens qui y mènent.",
    ]);
    expect(await createScriptDraftRepository(storage().db).list()).toEqual([]);
    expect(await seriousViolations(container)).toEqual([]);
  });

  it('stores a readable story as a draft and lists what was left out and assumed, by passage', async () => {
    const twee = readFileSync('tests/fixtures/twee/sugarcube-gaps.twee', 'utf8');
    const { container } = renderImport();
    await upload(twee, 'histoire.twee');
    const report = await screen.findByRole('status');
    expect(within(report).getByRole('heading', { level: 2 })).toHaveTextContent(
      '« Appel avec du code SugarCube » importé : 3 étapes',
    );
    const [draft] = await createScriptDraftRepository(storage().db).list();
    expect(draft?.script.id).toBe('appel-sugarcube');
    expect(draft?.origin).toBe('twee:histoire.twee');
    expect(
      within(report).getByRole('link', { name: /Ouvrir « Appel avec du code SugarCube »/u }),
    ).toHaveAttribute('href', `/atelier/brouillon/${draft?.id ?? ''}`);
    const left = within(report).getByRole('list', { name: 'Non repris (15)' });
    expect(within(left).getByText('Passage « Question »')).toBeVisible();
    expect(within(left).getByText('Ailleurs')).toBeVisible();
    expect(within(left).getByText('<<if $tentatives gt 2>>')).toBeVisible();
    const assumed = within(report).getByRole('list', {
      name: 'Choix faits pour vous, à vérifier (7)',
    });
    expect(within(assumed).getByText(/Aucun acte attendu/u)).toBeVisible();
    // A kind and a phase chosen for the trainer are said as the inspector says them, in French.
    expect(within(assumed).getByText("Type d'étape déduit de ses liens : Agent")).toBeVisible();
    expect(within(assumed).getByText('Phase choisie par défaut : Découverte')).toBeVisible();
    expect(within(assumed).queryByText(/decouverte|outcome/u)).toBeNull();
    expect(await seriousViolations(container)).toEqual([]);
  });
});
