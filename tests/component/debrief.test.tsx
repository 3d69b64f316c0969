import { readFileSync } from 'node:fs';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { createI18n } from '@/app/i18n/i18n';
import type { ScoreFinding } from '@/domain/scoring/score-card.types';
import type { TranscriptTurn } from '@/domain/session/session.types';
import { DebriefNotes } from '@/features/rehearsal/debrief/debrief-notes';
import { libraryDocument } from '../unit/domain/session/session-fixtures';
import { seriousViolations } from './axe';
import { fakeProfile, seedProfiles } from './profile-fixture';
import { freshStorage, renderApp } from './render-app';
import { storedCall } from './start-call';

// The words the agent types: a greeting without the brand's formula, then « tu », then a
// banned phrase. French lines, whatever the interface language: the example script is French.
const LINES = ['Allô, tu veux quoi ?', 'Pas de souci, donnez-moi votre numéro client.'];

const UI = {
  fr: {
    pickUp: 'Décrocher',
    line: 'Votre réplique',
    hangUp: 'Raccrocher',
    notes: "Les notes du metteur en scène, dans l'ordre de l'appel",
    heading: /^Tours? ([\d, et]+) · .*?(?: × (\d+))? \(/,
    youSaid: 'Vous avez dit',
    why: 'Pourquoi',
    sayInstead: 'À dire plutôt',
    quoted: (text: string) => `« ${text} »`,
    transcript: 'Transcription',
  },
  en: {
    pickUp: 'Pick up',
    line: 'Your line',
    hangUp: 'Hang up',
    notes: "The director's notes, in call order",
    heading: /^Turns? ([\d, and]+) · .*?(?: × (\d+))? \(/,
    youSaid: 'You said',
    why: 'Why',
    sayInstead: 'Say instead',
    quoted: (text: string) => `“${text}”`,
    transcript: 'Transcript',
  },
} as const;

/** Plays the example call in Filage with the lines above, hangs up, resolves on the debrief. */
async function playAndHangUp(language: 'fr' | 'en') {
  const ui = UI[language];
  const user = userEvent.setup();
  const storage = freshStorage();
  await seedProfiles(storage, [fakeProfile()]);
  await storage.preferences.write('language', language);
  const view = await renderApp(
    '/repeter/scenario/exemple-date-prelevement?seed=8&persona=remi-garnier-presse',
    storage,
  );
  const filage = language === 'fr' ? /^Filage/ : /^Run-through/;
  await user.click(await screen.findByRole('radio', { name: filage }, { timeout: 30_000 }));
  await user.click(screen.getByRole('button', { name: ui.pickUp }));
  await screen.findByRole('button', { name: ui.hangUp }, { timeout: 20_000 });
  for (const [index, text] of LINES.entries()) {
    await user.type(screen.getByLabelText(ui.line), `${text}{Enter}`);
    const log = screen.getByRole('log');
    // The customer answers each line before the next one is typed.
    await waitFor(() => expect(log.querySelectorAll('.turn--customer')).toHaveLength(index + 1), {
      timeout: 10_000,
    });
  }
  await user.click(screen.getByRole('button', { name: ui.hangUp }));
  const notes = await screen.findByRole('region', { name: ui.notes }, { timeout: 10_000 });
  const card = await waitFor(
    async () => {
      const session = (await storedCall(storage))?.record;
      if (!session?.scoreCard) throw new Error('no stored card yet');
      return session.scoreCard;
    },
    { timeout: 10_000 },
  );
  return { view, notes, card };
}

/** The notes as read: heading, then each term with its description. */
function readNotes(notes: HTMLElement) {
  return within(notes)
    .getAllByRole('listitem')
    .map((item) => {
      const terms = [...item.querySelectorAll('dt')].map((dt) => dt.textContent ?? '');
      const said = (term: string) =>
        [...item.querySelectorAll('dt')].find((dt) => dt.textContent === term)?.nextElementSibling;
      return {
        item,
        heading: within(item).getByRole('heading', { level: 4 }).textContent ?? '',
        terms,
        said,
      };
    });
}

// Real calls through the real analyser: training it takes seconds on a busy machine.
describe.each(['fr', 'en'] as const)('the debrief (%s interface)', { timeout: 90_000 }, (lang) => {
  const ui = UI[lang];

  it('lists every finding in call order with the exact words, in the page flow; axe clean', async () => {
    const { view, notes, card } = await playAndHangUp(lang);
    const read = readNotes(notes);
    // Every finding of the card is in a note, in call order: one note per finding, or one
    // note « × n » for a fault repeated with the same advice, its turns listed.
    const parsed = read.map((note) => {
      const match = ui.heading.exec(note.heading);
      const listed = (match?.[1]?.match(/\d+/g) ?? []).map(Number);
      return { listed, count: Number(match?.[2] ?? 1) };
    });
    expect(parsed.every((note) => note.listed.length > 0)).toBe(true);
    expect(parsed.reduce((sum, note) => sum + note.count, 0)).toBe(card.findings.length);
    const firsts = parsed.map((note) => note.listed[0] ?? 0);
    expect(firsts).toEqual([...firsts].sort((a, b) => a - b));
    expect(new Set(parsed.flatMap((note) => note.listed))).toEqual(
      new Set(card.findings.map((finding) => finding.turn + 1)),
    );

    // The first line's notes quote it word for word under « Vous avez dit », the caught « tu »
    // marked; what cost points says what to say instead.
    const first = read.filter((note) =>
      note.heading.startsWith(lang === 'fr' ? 'Tour 1 ' : 'Turn 1 '),
    );
    expect(first.length).toBeGreaterThan(0);
    for (const note of first) {
      expect(note.said(ui.youSaid)?.textContent).toBe(ui.quoted(LINES[0] ?? ''));
      expect(note.said(ui.youSaid)?.getAttribute('lang')).toBe('fr');
      expect(note.terms).toContain(ui.why);
    }
    const tutoiement = first.find((note) => note.item.querySelector('mark')?.textContent === 'tu');
    expect(tutoiement?.terms).toEqual([ui.youSaid, ui.why, ui.sayInstead]);
    expect(tutoiement?.said(ui.sayInstead)?.textContent).not.toMatch(/\btu\b/i);
    const slip = read.find(
      (note) => note.said(ui.youSaid)?.textContent === ui.quoted(LINES[1] ?? ''),
    );
    expect(slip?.item.querySelector('mark')?.textContent).toBe('Pas de souci');

    // In the page's own flow: nothing between the notes (or the transcript) and the page
    // scrolls on its own, and no rule of the stylesheet gives them a height to scroll in.
    const transcript = screen.getByRole('list', { name: ui.transcript });
    const scrollers = scrollingSelectors(
      readFileSync('src/features/rehearsal/rehearsal.css', 'utf8'),
    );
    expect(scrollers).toContain('.conversation--live');
    const inside = [...notes.querySelectorAll('*'), ...transcript.querySelectorAll('*')];
    const around = [notes, transcript].flatMap((element) => {
      const chain: HTMLElement[] = [];
      for (let node: HTMLElement | null = element; node; node = node.parentElement)
        chain.push(node);
      return chain;
    });
    for (const element of [...around, ...inside]) {
      expect(element.getAttribute('role')).not.toBe('log');
      expect(element.getAttribute('tabindex')).not.toBe('0');
      for (const selector of scrollers) {
        expect(element.matches(selector), `${element.className} ${selector}`).toBe(false);
      }
    }
    expect(await seriousViolations(view.container)).toEqual([]);
  });
});

/** Selectors of rules that make a box scroll inside the page (a height cap or an overflow). */
function scrollingSelectors(css: string): string[] {
  const rules = [...css.replace(/\/\*[\s\S]*?\*\//g, '').matchAll(/([^{}]+)\{([^}]*)\}/g)];
  return rules
    .filter(([, , body]) => /max-height|overflow(-y)?\s*:\s*(auto|scroll)/.test(body ?? ''))
    .flatMap(([, selectors]) => (selectors ?? '').split(',').map((s) => s.trim()))
    .filter((selector) => selector && !selector.startsWith('@'));
}

// Hand-made findings on a hand-made call: each kind of note the card can hold, read as such.
describe('the debrief notes, note by note', () => {
  const rubric = libraryDocument('rubric', 'default');
  const turn = (index: number, speaker: 'agent' | 'customer', text: string): TranscriptTurn =>
    ({ index, speaker, text, events: [], flags: [], moves: [] }) as unknown as TranscriptTurn;
  const turns = [
    turn(0, 'agent', 'Bonjour, votre solde est de 42 euros.'),
    turn(1, 'customer', 'Au revoir !'),
    turn(2, 'agent', 'Merci Monsieur Garnier, excellente journée.'),
  ];
  const finding = (over: Partial<ScoreFinding>): ScoreFinding => ({
    rule: 'empathy_missing',
    criterion: 'brandTone',
    turn: 0,
    quote: '',
    why: 'Pourquoi.',
    better: 'Une meilleure réplique.',
    points: -6,
    ...over,
  });
  const findings: ScoreFinding[] = [
    // Given out of order: the notes put them back in call order.
    finding({ rule: 'customer_named', turn: 2, points: 2, quote: 'Monsieur Garnier' }),
    finding({ rule: 'call_lost', criterion: 'recovery', turn: 1, quote: 'Au revoir !' }),
    finding({
      rule: 'disclosure_before_verification',
      criterion: 'compliance',
      quote: 'votre solde est de 42 euros',
      why: '« votre solde est de 42 euros » — Rien avant la vérification.',
      points: -100,
    }),
    finding({ rule: 'empathy_missing', points: 0, why: 'Plafond atteint.', better: 'Autre.' }),
  ];
  // The same fault with the same advice on two turns: one note, its turns listed.
  const empathy = rubric.rules.empathy_missing.description.fr;
  const repeated: ScoreFinding[] = [
    finding({ turn: 2, why: `Le client était agacé (irritation 75/100) — ${empathy}` }),
    finding({ turn: 0, why: `Le client était agacé (irritation 70/100) — ${empathy}` }),
  ];

  it('heads a breach as disqualifying, keeps a capped fault a fault, says who spoke', () => {
    render(
      <I18nextProvider i18n={createI18n('fr')}>
        <DebriefNotes findings={findings} turns={turns} rubric={rubric} language="fr" />
      </I18nextProvider>,
    );
    const notes = screen.getAllByRole('listitem');
    expect(notes.map((note) => within(note).getByRole('heading').textContent)).toEqual([
      "Tour 1 · Information donnée avant la vérification d'identité (manquement éliminatoire)",
      "Tour 1 · Pas d'empathie face à un client agacé (0 sur 20)",
      'Tour 2 · Client perdu (−1,2 sur 20)',
      'Tour 3 · Client nommé poliment (+0,4 sur 20)',
    ]);
    const [breach, capped, lost, bonus] = notes as [
      HTMLElement,
      HTMLElement,
      HTMLElement,
      HTMLElement,
    ];
    // The breach: the whole line, the caught words marked, the reason without the quote again.
    expect(within(breach).getByText('votre solde est de 42 euros').tagName).toBe('MARK');
    expect(breach).toHaveTextContent('Pourquoi' + 'Rien avant la vérification.');
    expect(breach.className).toContain('finding--cost');
    // A fault its cap left at 0 points is still a fault, with its better line.
    expect(capped.className).toContain('finding--cost');
    expect(within(capped).getByText('À dire plutôt')).toBeVisible();
    // A note pinned on the customer's line says so.
    expect(within(lost).getByText('Le client a dit')).toBeVisible();
    expect(within(lost).queryByText('Vous avez dit')).toBeNull();
    // A bonus: what was said and why, nothing to say instead.
    expect(bonus.className).toContain('finding--bonus');
    expect(within(bonus).queryByText('À dire plutôt')).toBeNull();
  });

  it('groups a fault repeated with the same advice: its turns, each line, the reason once', () => {
    render(
      <I18nextProvider i18n={createI18n('fr')}>
        <DebriefNotes findings={repeated} turns={turns} rubric={rubric} language="fr" />
      </I18nextProvider>,
    );
    const [note, ...others] = screen.getAllByRole('listitem') as [HTMLElement];
    expect(others).toEqual([]);
    expect(within(note).getByRole('heading')).toHaveTextContent(
      "Tours 1 et 3 · Pas d'empathie face à un client agacé × 2 (−2,4 sur 20 en tout)",
    );
    expect([...note.querySelectorAll('dt')].map((dt) => dt.textContent)).toEqual([
      'Vous avez dit',
      'Pourquoi',
      'À dire plutôt',
    ]);
    expect([...note.querySelectorAll('dd')].map((dd) => dd.textContent)).toEqual([
      'Tour 1 : « Bonjour, votre solde est de 42 euros. »',
      'Tour 3 : « Merci Monsieur Garnier, excellente journée. »',
      'Tour 1 : Le client était agacé (irritation 70/100)',
      'Tour 3 : Le client était agacé (irritation 75/100)',
      empathy,
      '« Une meilleure réplique. »',
    ]);
  });
});
