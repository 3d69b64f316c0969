// Issue 15, third walk: a trainer who never saw JSON reads every finding's place in words. A
// refused file says where its problems are by step title or form label, and the brand and
// persona forms say theirs with their own field labels; choosing one goes to that very field.
import { readFileSync } from 'node:fs';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { createMemoryRouter, MemoryRouter, RouterProvider } from 'react-router';
import { describe, expect, it } from 'vitest';
import { createI18n } from '@/app/i18n/i18n';
import type { BrandGuide } from '@/domain/script/brand-guide-schema';
import { toCanonicalJson } from '@/domain/script/edit/canonical-json';
import { addStep } from '@/domain/script/edit/step-edits';
import type { Persona } from '@/domain/script/persona-schema';
import type { Script } from '@/domain/script/script-schema';
import { authoringPaths, documentPath } from '@/features/authoring/authoring-paths';
import { blankBrand, blankPersona } from '@/features/authoring/cast/blank-documents';
import { DocumentPage } from '@/features/authoring/cast/document-page';
import { PersonaForm } from '@/features/authoring/cast/persona-form';
import { ImportScript } from '@/features/authoring/shelf/import-script';
import type { DocumentDraftRecord } from '@/storage/document-draft-repository';
import { createDocumentDraftRepository } from '@/storage/document-draft-repository';
import { createScriptDraftRepository } from '@/storage/script-draft-repository';
import { exampleBrand, fakePersona } from '../unit/domain/session/session-fixtures';
import { renderEditor } from './authoring-editor-harness';
import { blankFrenchScript, useFreshAppStorage } from './authoring-fixtures';
import { seriousViolations } from './axe';

const brand = exampleBrand();
const library = { scripts: [], brands: new Map([[brand.id, brand]]), personas: new Map() };

/** The blank script whose greeting leads to `to`. */
function leadingTo(to: string): Script {
  const script = blankFrenchScript();
  return {
    ...script,
    steps: script.steps.map((step) =>
      step.kind === 'agent'
        ? { ...step, transitions: step.transitions.map((branch) => ({ ...branch, to })) }
        : step,
    ),
  };
}

describe('a refused file', () => {
  const storage = useFreshAppStorage('words-walk-import');

  async function importFile(name: string, text: string, lang: 'fr' | 'en' = 'fr') {
    const { container, unmount } = render(
      <I18nextProvider i18n={createI18n(lang)}>
        <MemoryRouter>
          <ImportScript library={library} shown onStart={() => undefined} />
        </MemoryRouter>
      </I18nextProvider>,
    );
    const label = lang === 'fr' ? 'Importer un fichier JSON' : 'Import a JSON file';
    await userEvent.upload(screen.getByLabelText(label), new File([text], name));
    const alert = await screen.findByRole('alert');
    return { alert, container, unmount, items: within(alert).getAllByRole('listitem') };
  }

  it('says a script finding by step title and field, keeps the file name, stores nothing', async () => {
    const { alert, container, items } = await importFile(
      'accueil.json',
      toCanonicalJson(leadingTo('nulle-part')),
    );
    expect(alert).toHaveTextContent('« accueil.json » est refusé');
    expect(items.map((item) => item.textContent)).toContainEqual(
      expect.stringMatching(
        /^Erreur Étape « Accueil » \(accueil\) › Embranchements \(n° 1\) › Mène à — .+Correction : ./u,
      ),
    );
    expect(alert.textContent).not.toContain('$.');
    expect(await createScriptDraftRepository(storage().db).list()).toEqual([]);
    expect(await seriousViolations(container)).toEqual([]);
  });

  it('says a finding the gate made, on a field of a step, in words', async () => {
    const { items } = await importFile('vide.json', toCanonicalJson(leadingTo('')));
    expect(items[0]?.textContent).toMatch(
      /^Erreur Étape « Accueil » \(accueil\) › Embranchements \(n° 1\) › Mène à — /u,
    );
  });

  it("says a persona file's places with the persona form's labels", async () => {
    const persona: Persona = blankPersona('Client', 'fr', []);
    const { alert, items } = await importFile('client.json', toCanonicalJson(persona));
    const texts = items.map((item) => item.textContent);
    expect(texts).toContainEqual(expect.stringMatching(/^Erreur Ce qu'il veut obtenir — /u));
    expect(texts).toContainEqual(
      expect.stringMatching(
        /^Erreur Fiche client \(ce que le client sait, ce que l'agent lit\) › Adresse › Ville — /u,
      ),
    );
    expect(texts).toContainEqual(
      expect.stringMatching(/^Erreur Façon de parler › Répliques types — Liste vide/u),
    );
    expect(alert.textContent).not.toContain('$.');
  });

  it('points at the whole file when it is not JSON, and speaks English in English', async () => {
    const broken = await importFile('casse.json', '{ "kind": ');
    expect(broken.items[0]?.textContent).toMatch(/^Erreur Fichier entier — /u);
    broken.unmount();
    const { alert, items } = await importFile(
      'hello.json',
      toCanonicalJson(leadingTo('nowhere')),
      'en',
    );
    expect(alert).toHaveTextContent('"hello.json" is refused');
    expect(items.map((item) => item.textContent)).toContainEqual(
      expect.stringMatching(
        /^Error Step “Accueil” \(accueil\) › Branches \(no\. 1\) › Leads to — /u,
      ),
    );
  });
});

describe('a brand guide or persona file', () => {
  const storage = useFreshAppStorage('words-walk-import-cast');

  function renderImport() {
    const router = createMemoryRouter(
      [
        {
          path: authoringPaths.shelf,
          Component: () => <ImportScript library={library} shown onStart={() => undefined} />,
        },
        { path: authoringPaths.document, Component: () => <h1>fiche ouverte</h1> },
      ],
      { initialEntries: [authoringPaths.shelf] },
    );
    render(
      <I18nextProvider i18n={createI18n('fr')}>
        <RouterProvider router={router} />
      </I18nextProvider>,
    );
  }

  it('opens a valid persona file in its form, as a new draft', async () => {
    renderImport();
    const persona = fakePersona({ id: 'client-importe' });
    await userEvent.upload(
      screen.getByLabelText('Importer un fichier JSON'),
      new File([toCanonicalJson(persona)], 'client.json'),
    );
    expect(await screen.findByRole('heading', { name: 'fiche ouverte' })).toBeVisible();
    const [draft] = await createDocumentDraftRepository(storage().db).list();
    expect(draft?.kind).toBe('persona');
    expect(draft?.document).toEqual(persona);
    expect(draft?.origin).toBe('import:client.json');
  });

  it('refuses a rubric in words, without a JSON key in its fix', async () => {
    renderImport();
    const rubric = readFileSync('scripts-library/rubrics/default.json', 'utf8');
    await userEvent.upload(
      screen.getByLabelText('Importer un fichier JSON'),
      new File([rubric], 'grille.json'),
    );
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(
      "Erreur Type de document — Ce fichier n'est ni un script d'appel, ni une charte de marque, ni un personnage",
    );
    expect(alert.textContent).not.toContain('kind');
    expect(await createDocumentDraftRepository(storage().db).list()).toEqual([]);
  });
});

describe('brand and persona forms', () => {
  const storage = useFreshAppStorage('words-walk-cast');

  async function openDraft(
    record: Omit<DocumentDraftRecord, 'updatedAt'>,
    lang: 'fr' | 'en' = 'fr',
  ) {
    await createDocumentDraftRepository(storage().db).save({
      ...record,
      updatedAt: '2026-12-03T10:00:00Z',
    } as DocumentDraftRecord);
    const router = createMemoryRouter(
      [
        { path: authoringPaths.document, Component: DocumentPage },
        { path: authoringPaths.shelf, Component: () => <p>étagère</p> },
      ],
      { initialEntries: [documentPath(record.id)] },
    );
    const rendered = render(
      <I18nextProvider i18n={createI18n(lang)}>
        <RouterProvider router={router} />
      </I18nextProvider>,
    );
    const name = lang === 'fr' ? 'Problèmes de ce document' : 'Problems in this document';
    const problems = await screen.findByRole('list', { name });
    const finding = (place: string) =>
      within(problems)
        .getAllByRole('button')
        .find((button) => button.textContent?.includes(` ${place} — `));
    return { ...rendered, problems, finding };
  }

  it('says a customer-file finding with the form labels and focuses that very field', async () => {
    const user = userEvent.setup();
    const persona = blankPersona('Client', 'fr', []);
    const { problems, finding, container } = await openDraft({
      id: 'p1',
      kind: 'persona',
      document: persona,
    });
    expect(problems.textContent).not.toContain('$.');
    const firstName = finding("Fiche client (ce que le client sait, ce que l'agent lit) › Prénom");
    expect(firstName).toHaveTextContent(/Champ vide/u);
    await user.click(firstName as HTMLElement);
    const file = screen.getByRole('group', { name: /^Fiche client/u });
    expect(within(file).getByLabelText('Prénom')).toHaveFocus();

    await user.click(
      finding(
        "Fiche client (ce que le client sait, ce que l'agent lit) › Contrat › Offre",
      ) as HTMLElement,
    );
    expect(within(file).getByLabelText('Offre')).toHaveFocus();
    expect(await seriousViolations(container)).toEqual([]);
  });

  it('takes a fraudster without a hidden intent to the box that opens it', async () => {
    const user = userEvent.setup();
    const persona = fakePersona({ type: 'fraudeur' });
    expect(persona.hiddenIntent).toBeUndefined();
    const { finding } = await openDraft({ id: 'p2', kind: 'persona', document: persona });
    const intent = finding('Ce client cache une intention (fraudeur)');
    expect(intent).toHaveTextContent(/Correction : .*Intention cachée/u);
    await user.click(intent as HTMLElement);
    expect(screen.getByLabelText('Ce client cache une intention (fraudeur)')).toHaveFocus();
  });

  it('names the line of a formula list, selects it, and gets the customer-number prefix into a field', async () => {
    const user = userEvent.setup();
    const guide: BrandGuide = {
      ...blankBrand('Azur', 'fr', []),
      greetingFormulas: ['Azur, bonjour !', '', 'Bonjour et bienvenue.'],
      closingFormulas: ['Au revoir.'],
      values: ['Proximité'],
      customerNumberPrefix: 'A1',
    };
    const { finding } = await openDraft({ id: 'b1', kind: 'brand-guide', document: guide });
    await user.click(finding("Formules d'accueil acceptées › ligne 2") as HTMLElement);
    const greetings = screen.getByLabelText<HTMLTextAreaElement>("Formules d'accueil acceptées");
    expect(greetings).toHaveFocus();
    expect([greetings.selectionStart, greetings.selectionEnd]).toEqual([16, 16]);

    await user.click(finding('Préfixe des numéros client (deux majuscules)') as HTMLElement);
    const prefix = screen.getByLabelText('Préfixe des numéros client (deux majuscules)');
    expect(prefix).toHaveFocus();
    await user.clear(prefix);
    await user.type(prefix, 'az');
    expect(prefix).toHaveValue('AZ');
    // Without a word of the command line the trainer never ran.
    await waitFor(() =>
      expect(screen.getByText('Aucun problème : ce document peut être publié.')).toBeVisible(),
    );
    await waitFor(async () => {
      const saved = await createDocumentDraftRepository(storage().db).get('b1');
      expect(saved?.kind === 'brand-guide' && saved.document.customerNumberPrefix).toBe('AZ');
    });
  });

  it('says the places with the English labels in English', async () => {
    const persona = blankPersona('Customer', 'en', []);
    const { finding, problems } = await openDraft(
      { id: 'p3', kind: 'persona', document: persona },
      'en',
    );
    expect(problems.textContent).not.toContain('$.');
    expect(
      finding('Customer file (what the customer knows, what the agent reads) › Address › City'),
    ).toBeDefined();
    expect(finding('Way of speaking › Sample lines')).toBeDefined();
  });
});

describe('the rest of the walk', () => {
  useFreshAppStorage('words-walk-rest');

  it('offers a French customer French civilities and shows the dials with a decimal comma', async () => {
    const { container } = render(
      <I18nextProvider i18n={createI18n('fr')}>
        <PersonaForm persona={blankPersona('Client', 'fr', [])} onChange={() => undefined} />
      </I18nextProvider>,
    );
    const file = within(screen.getByRole('group', { name: /^Fiche client/u }));
    expect(
      within(file.getByLabelText('Civilité'))
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual(['Madame', 'Monsieur']);
    const patience = screen.getByRole('slider', { name: 'Patience' });
    expect(container.querySelector(`output[for="${patience.id}"]`)).toHaveTextContent(/^0,50$/u);
    expect(await seriousViolations(container)).toEqual([]);
  });

  it('offers an English customer English civilities', () => {
    render(
      <I18nextProvider i18n={createI18n('en')}>
        <PersonaForm persona={blankPersona('Customer', 'en', [])} onChange={() => undefined} />
      </I18nextProvider>,
    );
    const file = within(screen.getByRole('group', { name: /^Customer file/u }));
    expect(
      within(file.getByLabelText('Title'))
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual(['Mrs', 'Mr', 'Ms']);
  });

  it("says the editor's structure problems with the inspector's words, not JSON keys", async () => {
    const withCustomer = addStep(blankFrenchScript(), 'customer', 'Objection').script;
    const first = renderEditor(withCustomer);
    const panel = await screen.findByRole('list', { name: 'Problèmes' });
    await waitFor(() =>
      expect(panel).toHaveTextContent(
        "Cette étape client ne dit pas où mène une réaction imprévue du client : l'appel s'y bloquerait.",
      ),
    );
    expect(panel).toHaveTextContent(
      "Aucun chemin depuis l'étape de début ne mène à cette étape : elle ne sera jamais jouée. Correction : Ajoutez, sur une autre étape, un embranchement qui mène à celle-ci",
    );
    expect(panel).toHaveTextContent(
      "Cette étape n'a aucun embranchement et n'est pas une issue : l'appel y resterait bloqué.",
    );
    expect(panel.textContent).not.toMatch(/"otherwise"|"accueil"|"objection"|transition/u);
    // The fallback's finding takes the trainer to the fallback's own field, not just the step.
    await userEvent.click(
      within(panel).getByRole('button', { name: /ne dit pas où mène une réaction imprévue/u }),
    );
    expect(screen.getByLabelText('Sinon (réaction imprévue), mène à')).toHaveFocus();
    first.unmount();

    const blank = blankFrenchScript();
    renderEditor({ ...blank, steps: blank.steps.map((step) => ({ ...step, start: false })) });
    const noStart = await screen.findByRole('list', { name: 'Problèmes' });
    await waitFor(() =>
      expect(noStart).toHaveTextContent(
        "Erreur Toutes les étapes — Aucune étape n'a « Étape de début » cochée : l'appel n'a pas de début.",
      ),
    );
    expect(noStart.textContent).not.toMatch(/"start"|steps/u);
  });
});
