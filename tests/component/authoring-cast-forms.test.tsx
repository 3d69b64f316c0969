// Brand guides and personas are written in forms, not JSON: every part of each (banned phrases
// with their alternatives, formulas, register; temperament, triggers, hidden intent, the customer
// file), checked by the same gate and validator as `scripts:check`, and for a persona a seeded
// preview of what the customer would say, drawn by Répéter's customer code. Drafts autosave.
import 'fake-indexeddb/auto';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState, type ReactElement } from 'react';
import { I18nextProvider } from 'react-i18next';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Dexie } from 'dexie';
import { createI18n } from '@/app/i18n/i18n';
import type { BrandGuide } from '@/domain/script/brand-guide-schema';
import { checkDocumentText } from '@/domain/script/document-validator';
import { toCanonicalJson } from '@/domain/script/edit/canonical-json';
import type { Persona } from '@/domain/script/persona-schema';
import { documentPath, authoringPaths } from '@/features/authoring/authoring-paths';
import { BrandForm } from '@/features/authoring/cast/brand-form';
import { CastShelf } from '@/features/authoring/cast/cast-shelf';
import { DocumentPage } from '@/features/authoring/cast/document-page';
import { PersonaForm } from '@/features/authoring/cast/persona-form';
import { personaPreview } from '@/features/authoring/cast/persona-preview';
import { createAppStorage, openAppStorage, type AppStorage } from '@/storage/app-storage';
import { createDocumentDraftRepository } from '@/storage/document-draft-repository';
import { createDocumentVersionRepository } from '@/storage/document-version-repository';
import { registerAppStorage } from '@/stores/app-storage-registry';
import { exampleBrand, fakePersona } from '../unit/domain/session/session-fixtures';
import { seriousViolations } from './axe';

const i18n = createI18n('fr');
const checked = (document: unknown) => checkDocumentText(toCanonicalJson(document));

function Harness<D>({
  initial,
  Form,
  onLatest,
}: {
  initial: D;
  Form: (props: { value: D; onChange: (d: D) => void }) => React.ReactNode;
  onLatest: (d: D) => void;
}) {
  const [value, setValue] = useState(initial);
  return (
    <I18nextProvider i18n={i18n}>
      <Form
        value={value}
        onChange={(next) => {
          onLatest(next);
          setValue(next);
        }}
      />
    </I18nextProvider>
  );
}

const smallBrand = (): BrandGuide => ({
  ...exampleBrand(),
  bannedPhrases: exampleBrand().bannedPhrases.slice(0, 1),
  jargon: exampleBrand().jargon.slice(0, 1),
});

describe('brand guide form', () => {
  it('edits the register, formulas and banned phrases with their alternatives', async () => {
    const user = userEvent.setup();
    let latest = smallBrand();
    const { container } = render(
      <Harness
        initial={latest}
        Form={({ value, onChange }) => <BrandForm brand={value} onChange={onChange} />}
        onLatest={(b) => (latest = b)}
      />,
    );
    await user.selectOptions(screen.getByLabelText('Registre'), 'tutoiement');
    expect(latest.register).toBe('tutoiement');
    await user.click(screen.getByRole('button', { name: 'Ajouter une expression interdite' }));
    await user.type(screen.getByLabelText('Expression interdite 2'), 'pas de problème');
    await user.type(screen.getByLabelText('À dire à la place 2'), 'avec plaisir');
    expect(latest.bannedPhrases.at(-1)).toEqual({
      phrase: 'pas de problème',
      alternative: 'avec plaisir',
    });
    const closings = screen.getByLabelText('Formules de clôture acceptées');
    await user.type(closings, '{Control>}{End}{/Control}{Enter}Belle journée à vous !');
    expect(latest.closingFormulas.at(-1)).toBe('Belle journée à vous !');
    await user.click(screen.getByRole('button', { name: 'Retirer Expression interdite 1' }));
    expect(latest.bannedPhrases.map((b) => b.phrase)).toEqual(['pas de problème']);
    expect(checked(latest).findings).toEqual([]);
    expect(await seriousViolations(container)).toEqual([]);
  });
});

describe('persona form', () => {
  it('edits temperament dials, triggers, hidden intent and the customer file', async () => {
    const user = userEvent.setup();
    let latest: Persona = fakePersona();
    const { container } = render(
      <Harness
        initial={latest}
        Form={({ value, onChange }) => <PersonaForm persona={value} onChange={onChange} />}
        onLatest={(p) => (latest = p)}
      />,
    );
    const patience = screen.getByRole('slider', { name: 'Patience' });
    const before = latest.temperament.patience;
    fireEvent.change(patience, { target: { value: String(Math.min(1, before + 0.25)) } });
    expect(latest.temperament.patience).toBe(Math.min(1, Math.round((before + 0.25) * 100) / 100));

    await user.click(screen.getByRole('button', { name: 'Ajouter ce qui le calme' }));
    const index = latest.triggers.calming.length;
    const name = `apaisement ${index}`;
    await user.type(screen.getByLabelText(`Ce que fait ou dit l'agent (${name})`), 'Il reformule');
    await user.selectOptions(
      screen.getByLabelText(`Acte de l'agent qui le déclenche (${name})`),
      'reformulate',
    );
    expect(latest.triggers.calming.at(-1)).toMatchObject({
      description: 'Il reformule',
      move: 'reformulate',
    });

    await user.click(screen.getByLabelText('Ce client cache une intention (fraudeur)'));
    const intent = within(screen.getByRole('group', { name: /Intention cachée/u }));
    await user.type(intent.getByLabelText("Ce qu'il cherche vraiment"), 'Changer le RIB');
    await user.type(intent.getByLabelText('Ses tactiques'), 'Se dit pressé');
    expect(latest.hiddenIntent).toEqual({
      goal: 'Changer le RIB',
      tactics: ['Se dit pressé'],
      knows: [],
      doesNotKnow: [],
    });

    await user.click(screen.getByRole('button', { name: 'Ajouter une facture' }));
    const n = latest.factSheet.invoices?.length ?? 0;
    await user.type(screen.getByLabelText(`Date de la facture ${n}`), '2026-11-05');
    await user.clear(screen.getByLabelText(`Montant de la facture ${n}`));
    await user.type(screen.getByLabelText(`Montant de la facture ${n}`), '42.5');
    expect(latest.factSheet.invoices?.at(-1)).toEqual({ date: '2026-11-05', amount: 42.5 });
    expect(checked(latest).findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(await seriousViolations(container)).toEqual([]);
  });
});

describe('persona form, notes for trainers', () => {
  it('edits the author notes that the customer file never shows', async () => {
    const user = userEvent.setup();
    let latest: Persona = fakePersona();
    render(
      <Harness
        initial={latest}
        Form={({ value, onChange }) => <PersonaForm persona={value} onChange={onChange} />}
        onLatest={(p) => (latest = p)}
      />,
    );
    const notes = screen.getByLabelText('Notes pour les formateurs (jamais affichées ni dites)');
    await user.type(notes, "Appelle d'un numéro absent du dossier");
    await user.tab();
    expect(latest.factSheet.authorNotes).toEqual(["Appelle d'un numéro absent du dossier"]);
    expect(checked(latest).findings.filter((f) => f.severity === 'error')).toEqual([]);
    await user.clear(notes);
    await user.tab();
    expect(latest.factSheet.authorNotes).toBeUndefined();
  });
});

describe('brand and persona draft page', () => {
  let storage: AppStorage;
  beforeEach(async () => {
    storage = createAppStorage(() => undefined, `cast-${Date.now()}-${Math.random()}`);
    await openAppStorage(storage);
    registerAppStorage(storage);
  });
  afterEach(async () => {
    storage.db.close();
    await Dexie.delete(storage.db.name);
  });

  /** The draft page and `shelf` at Atelier's shelf, in a memory router opened at `at`. */
  function renderAuthoring(at: string, shelf: () => ReactElement = () => <p>étagère</p>) {
    const router = createMemoryRouter(
      [
        { path: authoringPaths.document, Component: DocumentPage },
        { path: authoringPaths.shelf, Component: shelf },
      ],
      { initialEntries: [at] },
    );
    const rendered = render(
      <I18nextProvider i18n={i18n}>
        <RouterProvider router={router} />
      </I18nextProvider>,
    );
    return { router, ...rendered };
  }
  const renderPage = (draftId: string) => renderAuthoring(documentPath(draftId));

  it('previews seeded lines, draws again, autosaves an edit, and lists what blocks', async () => {
    const user = userEvent.setup();
    const persona = fakePersona({ id: 'client-test' });
    const drafts = createDocumentDraftRepository(storage.db);
    await drafts.save({ id: 'p1', kind: 'persona', document: persona, updatedAt: '2026-01-01' });
    const { container } = renderPage('p1');
    const preview = within(await screen.findByRole('region', { name: 'Ce que dirait ce client' }));
    const first = personaPreview(persona, 1);
    for (const line of first) expect(preview.getByText(line.text)).toBeVisible();
    await user.click(preview.getByRole('button', { name: 'Autre tirage' }));
    expect(preview.getByText(/Tirage n° 2/u)).toBeVisible();
    for (const line of personaPreview(persona, 2))
      expect(preview.getByText(line.text)).toBeVisible();

    const goal = screen.getByLabelText("Ce qu'il veut obtenir");
    await user.clear(goal);
    await user.type(goal, 'Un geste commercial');
    await waitFor(async () => {
      const saved = await drafts.get('p1');
      expect(saved?.kind === 'persona' && saved.document.goal).toBe('Un geste commercial');
    });
    expect(await screen.findByText('Enregistré')).toBeVisible();

    // An emptied required field: the gate's finding is listed, and the preview waits for a fix.
    await user.clear(screen.getByLabelText("Ce qu'il veut obtenir"));
    const problems = screen.getByRole('list', { name: 'Problèmes de ce document' });
    expect(within(problems).getByText("Ce qu'il veut obtenir")).toBeVisible();
    expect(preview.getByText(/Corrigez les erreurs/u)).toBeVisible();
    expect(await seriousViolations(container)).toEqual([]);
  });

  it('says so when the draft does not exist', async () => {
    renderPage('absent');
    expect(await screen.findByRole('heading', { name: /Brouillon introuvable/u })).toBeVisible();
  });

  it('duplicates a read-only library persona into a draft, then deletes it with an undo', async () => {
    const user = userEvent.setup();
    const persona = fakePersona();
    const brand = smallBrand();
    const library = {
      scripts: [],
      brands: new Map([[brand.id, brand]]),
      personas: new Map([[persona.id, persona]]),
    };
    const { router, container } = renderAuthoring(authoringPaths.shelf, () => (
      <CastShelf library={library} />
    ));
    expect(await screen.findByText('Aucun brouillon de charte ni de personnage.')).toBeVisible();
    expect(await seriousViolations(container)).toEqual([]);
    await user.click(
      screen.getByRole('button', { name: `Dupliquer « ${persona.name} » en brouillon` }),
    );
    expect(
      await screen.findByRole('heading', { name: `Personnage « ${persona.name} (copie) »` }),
    ).toBeVisible();
    const [draft] = await createDocumentDraftRepository(storage.db).list();
    expect(draft?.document.id).toBe(`${persona.id}-copie`);
    expect(draft?.origin).toBe(`library:${persona.id}`);

    await act(() => router.navigate(authoringPaths.shelf));
    const name = `${persona.name} (copie)`;
    await user.click(await screen.findByRole('button', { name: `Supprimer « ${name} »` }));
    expect(await screen.findByText(`« ${name} » supprimé.`)).toBeVisible();
    expect(await createDocumentDraftRepository(storage.db).list()).toEqual([]);
    await user.click(screen.getByRole('button', { name: 'Annuler la suppression' }));
    expect(await screen.findByRole('button', { name: `Ouvrir « ${name} »` })).toBeVisible();
    expect((await createDocumentDraftRepository(storage.db).list()).map((d) => d.id)).toEqual([
      draft?.id,
    ]);
  });
  it('starts a blank brand, undoes and redoes typing as one step, saves the undone text, and publishes once the problems are fixed', async () => {
    const user = userEvent.setup();
    const library = { scripts: [], brands: new Map(), personas: new Map() };
    const { container } = renderAuthoring(authoringPaths.shelf, () => (
      <CastShelf library={library} />
    ));
    await user.click(
      await screen.findByRole('button', { name: 'Nouvelle charte de marque (vierge)' }),
    );
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Charte « Nouvelle marque »' }),
    ).toBeVisible();
    const [draft] = await createDocumentDraftRepository(storage.db).list();
    const saved = async () => {
      const record = await createDocumentDraftRepository(storage.db).get(draft?.id ?? '');
      return record?.kind === 'brand-guide' ? record.document : null;
    };
    const undo = screen.getByRole('button', { name: 'Annuler' });
    const redo = screen.getByRole('button', { name: 'Rétablir' });
    expect(undo).toBeDisabled();

    const name = screen.getByLabelText('Nom de la marque (fictive)');
    // Keystrokes a second apart are separate steps; on a loaded machine the test could be that
    // slow, so its clock stands still while typing.
    const clock = vi.spyOn(Date, 'now').mockReturnValue(Date.parse('2026-12-03T10:00:00Z'));
    await user.clear(name);
    await user.type(name, 'Azur');
    clock.mockRestore();
    expect(name).toHaveValue('Azur');
    // The whole word typed in one field is one step; the form's own history, not the field's.
    await user.keyboard('{Control>}z{/Control}');
    expect(name).toHaveValue('Nouvelle marque');
    await waitFor(async () => expect((await saved())?.name).toBe('Nouvelle marque'));
    await user.keyboard('{Control>}{Shift>}z{/Shift}{/Control}');
    expect(name).toHaveValue('Azur');
    await user.click(undo);
    expect(name).toHaveValue('Nouvelle marque');
    await user.click(redo);
    expect(name).toHaveValue('Azur');
    expect(redo).toBeDisabled();
    await waitFor(async () => expect((await saved())?.name).toBe('Azur'));

    // Publishing the blank guide is refused, every finding listed with its place and fix.
    await user.type(screen.getByLabelText('Note de version (ce qui change)'), 'Premier jet');
    await user.click(screen.getByRole('button', { name: 'Publier une nouvelle version' }));
    const refused = await screen.findByRole('list', {
      name: 'Problèmes qui bloquent la publication',
    });
    expect(within(refused).getByText("Formules d'accueil acceptées")).toBeVisible();
    expect(within(refused).getAllByText(/^Correction :/u).length).toBeGreaterThan(0);
    const versions = createDocumentVersionRepository(storage.db);
    expect(await versions.listAll()).toEqual([]);

    // Choosing a finding of the form takes the trainer to the field it names.
    const problems = screen.getByRole('list', { name: 'Problèmes de ce document' });
    await user.click(
      within(problems)
        .getAllByRole('button')
        .find((button) =>
          button.textContent?.includes("Formules d'accueil acceptées —"),
        ) as HTMLElement,
    );
    expect(screen.getByLabelText("Formules d'accueil acceptées")).toHaveFocus();

    await user.type(screen.getByLabelText("Formules d'accueil acceptées"), 'Azur, bonjour !');
    await user.type(screen.getByLabelText('Formules de clôture acceptées'), 'Au revoir.');
    await user.type(screen.getByLabelText('Valeurs de la marque'), 'Proximité');
    expect(screen.getByText(/Aucun problème/u)).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Publier une nouvelle version' }));
    expect(await screen.findByText(/^Version 1 publiée/u)).toBeVisible();
    const [published] = await versions.listAll();
    expect(published?.document.name).toBe('Azur');
    expect(published?.kind === 'brand-guide' && published.document.greetingFormulas).toEqual([
      'Azur, bonjour !',
    ]);
    expect(await seriousViolations(container)).toEqual([]);
  });
});
