import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { createAgent } from './rehearsal-helpers';

// Issue 13, done means: « a new agent walking every mode finds no advice that contradicts a
// rule ». A careless new agent plays Répétition, Générale and Lecture on two scripts; every
// « À dire plutôt » of the debrief is read as a trainer would: no word DOMAIN.md §2 says to avoid,
// a whole sentence, and in its moment (no greeting once the opening is over, a goodbye for a
// goodbye).

const CARELESS = [
  "Allô, oui bonjour, c'est pour quoi ?",
  "Ouais, calmez-vous, c'est pas grave.",
  'Donnez-moi votre numéro client.',
  'Je sais pas, normalement c’est bon, on verra.',
  "Vous devez attendre, c'est pas mon service.",
  'OK ça marche, bon courage, au revoir.',
];

// DOMAIN.md §2, « avoid » column (folded: lower case, no accents), and the familiar register.
const AVOID = [
  /pas de (?:souci|probleme)/u,
  /je (?:ne )?sais pas/u,
  /calmez-vous|ne criez pas/u,
  /(?:ce n'est|c'est) pas grave|pas la peine de vous enerver/u,
  /c'est pas moi|(?:ce n'est|c'est) pas mon service/u,
  /\bvous devez\b/u,
  /c'est votre faute|vous n'avez pas compris|vous exagerez/u,
  /je ne peux rien faire|c'est impossible/u,
  /on verra|des que possible/u,
  /\bnormalement\b|en principe|\bpeut-etre\b|\beventuellement\b/u,
  /je vais essayer|un petit (?:souci|moment)/u,
  /\boui,? mais\b/u,
  /je vous l'avais (?:deja )?dit|c'etait ecrit/u,
  /\battendez\b|vous patientez/u,
  /c'est pour quoi|c'est quoi votre nom/u,
  /bon courage/u,
  /\bouais\b|ok ca marche|\bsuper\b/u,
  /\b(?:tu|toi|ton|ta|tes)\b/u,
];
const GOODBYE = /au revoir|bonne (?:fin de )?journee|tres bonne journee|bonne soiree/u;
// The opening is the rubric's first two agent lines: transcript turns 1 and 3.
const LAST_OPENING_TURN = 3;

const fold = (text: string) =>
  text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[’']/gu, "'");

interface Note {
  heading: string;
  said: string;
  better: string;
}

/** The debrief's notes as the agent reads them: heading, the words quoted, « À dire plutôt ». */
async function debriefNotes(page: Page): Promise<Note[]> {
  const notes = page.getByRole('region', {
    name: "Les notes du metteur en scène, dans l'ordre de l'appel",
  });
  await expect(notes.getByRole('listitem').first()).toBeVisible();
  return notes.getByRole('listitem').evaluateAll((items) =>
    items.map((item) => {
      const terms = [...item.querySelectorAll('dt')];
      const after = (label: string) => {
        const term = terms.find((dt) => dt.textContent === label);
        return term?.nextElementSibling?.textContent ?? '';
      };
      return {
        heading: item.querySelector('h4')?.textContent ?? '',
        said: after('Vous avez dit'),
        better: after('À dire plutôt'),
      };
    }),
  );
}

/** What a trainer would object to in one « Mieux », or nothing. */
function objections(note: Note): string[] {
  if (note.better === '') return [];
  const better = note.better.replace(/^« | »$/gu, '');
  const words = fold(better);
  const found = AVOID.filter((pattern) => pattern.test(words)).map((p) => `mot à éviter ${p}`);
  if (!/^[\p{Lu}«"]/u.test(better) || !/[.?!»"]$/u.test(better)) found.push('pas une phrase');
  const turn = Number(/^Tours? (\d+)/u.exec(note.heading)?.[1] ?? 0);
  if (turn > LAST_OPENING_TURN && /\bbonjour\b/u.test(words))
    found.push('un accueil hors de sa place');
  if (GOODBYE.test(fold(note.said)) && !GOODBYE.test(words)) found.push('pas d’au revoir');
  if ((words.match(/je m'en occupe/gu) ?? []).length > 1) found.push('« je m’en occupe » redit');
  return found.map((why) => `${note.heading} — « ${better} » : ${why}`);
}

async function hangUpAndRead(page: Page): Promise<Note[]> {
  const end = page.getByRole('heading', { level: 2, name: "Fin de l'appel" });
  if (!(await end.isVisible())) await page.getByRole('button', { name: 'Raccrocher' }).click();
  await expect(end).toBeVisible();
  return debriefNotes(page);
}

async function playTyped(page: Page, lines: readonly string[]): Promise<Note[]> {
  const reply = page.getByLabel('Votre réplique');
  const log = page.getByRole('log', { name: 'Conversation' });
  const end = page.getByRole('heading', { level: 2, name: "Fin de l'appel" });
  for (const [index, text] of lines.entries()) {
    if (await end.isVisible()) break;
    await reply.fill(text);
    await reply.press('Enter');
    await expect(log.locator('.turn--agent').nth(index).or(end).first()).toBeVisible();
  }
  return hangUpAndRead(page);
}

/** A read-through where the agent picks the first line shown, whatever it is, six times. */
async function playLecture(page: Page): Promise<Note[]> {
  const choices = page.getByRole('group', { name: 'Choisissez votre réplique' });
  const end = page.getByRole('heading', { level: 2, name: "Fin de l'appel" });
  for (let turn = 0; turn < 6 && !(await end.isVisible()); turn += 1) {
    await expect(choices.getByRole('button').first().or(end).first()).toBeVisible();
    if (await end.isVisible()) break;
    const before = await page.locator('.turn--agent').count();
    await choices.getByRole('button').first().click();
    await expect(page.locator('.turn--agent').nth(before).or(end).first()).toBeVisible();
  }
  return hangUpAndRead(page);
}

const CALLS = [
  { script: 'exemple-date-prelevement', persona: 'remi-garnier-presse' },
  { script: 'facturation-double-prelevement', persona: 'karim-benali-agressif' },
] as const;

for (const call of CALLS) {
  for (const mode of ['Répétition', 'Générale', 'Lecture'] as const) {
    test(`${mode}, ${call.script}: no « Mieux » a careless agent is shown contradicts a rule`, async ({
      page,
      problems,
    }) => {
      void problems;
      test.setTimeout(120_000);
      await createAgent(page, 'Inès');
      await page.goto(`/repeter/scenario/${call.script}?seed=3&persona=${call.persona}`);
      await page.getByRole('radio', { name: new RegExp(`^${mode}`) }).check();
      await page.getByRole('button', { name: 'Décrocher' }).click();
      const notes = mode === 'Lecture' ? await playLecture(page) : await playTyped(page, CARELESS);
      const advised = notes.filter((note) => note.better !== '');
      // Lecture's first line may be the best one: then there may be little to advise.
      if (mode !== 'Lecture') expect(advised.length).toBeGreaterThan(2);
      expect(advised.flatMap(objections)).toEqual([]);
    });
  }
}
