// Script lines never hard-code a persona's data (issue 12 item 1): every persona plays every script
// of its language, so a fact written into a line (« 90 mégas », « ma petite-fille », « 41 ») is
// said by personas whose file says otherwise. Facts come from the file through slots, or the
// line is one only the persona whose file fills its slots can say.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { customerFile, personaForBrand } from '@/domain/customer/customer-file';
import { fillCustomerLine, fillPlaceholders } from '@/domain/customer/customer-lines';
import { personaSlots } from '@/domain/customer/file-slots';
import type { Persona } from '@/domain/script/persona-schema';
import type { Script } from '@/domain/script/script-schema';
import { createRandom } from '@/domain/random/seeded-random';
import { chooseReaction } from '@/domain/session/reaction-choice';
import { startSession } from '@/domain/session/session-engine';
import { libraryDocument, libraryPersonas } from '../session/session-fixtures';

const scripts: Script[] = readdirSync(join(process.cwd(), 'scripts-library', 'scripts'))
  .filter((file) => file.endsWith('.json'))
  .map((file) => libraryDocument('script', file.replace(/\.json$/u, '')));
const personas = libraryPersonas();
// How fillPlaceholders shows a slot the file cannot fill: such a line is another persona's.
const UNFILLED = /\[[^\]\s]{1,40}\]/u;

// The speaker's own family, said in the first person: it must be on the speaker's file.
const OWN_FAMILY =
  /\b(?:mon|ma|mes|my)\s+(petit-fils|petite-fille|petits-enfants|fils|fille|mari|femme|épouse|belle-sœur|sœur|frère|enfants|son|daughter|wife|husband|grandchildren|grandson|granddaughter|sister|brother|kids)\b/giu;
// A number of two digits or more with the word after it (« 90 mégas », « 17,50 euros », « au
// 41 ! »): amounts, speeds, house numbers. A time or a delay the script sets for everyone
// (« entre 17 h et 18 h », « sous 14 jours », « 11 h 42 ») is no persona's fact.
const NUMBER =
  /(?<![\d,.]|\bh )(\d[\d,.]*\d)(?![\d,.])(?!\s?(?:h\b|heures?|jours|mois|ans|semaines|minutes|days|hours|weeks|months|years|am|pm))(?:\s([\p{L}£€/]+))?/gu;

// Units written several ways: « 90 mégas » is Perrin's « 90 Mb/s ».
const UNITS = ['mégas?|méga|mb/s|mbit/s|mbps', 'euros?|€', 'gigas?|gb/s|go'];

/** The number and its word as written, to find in another persona's story. */
function numberFact(match: RegExpMatchArray): RegExp {
  const number = (match[1] ?? '').replace(/[.,]/gu, '[.,]');
  const said = (match[2] ?? '').toLowerCase();
  const unit = UNITS.find((forms) => new RegExp(`^(?:${forms})$`, 'u').test(said));
  const word = unit ? `\\s?(?:${unit})` : said ? `\\s${said}` : '(?![\\d,])';
  return new RegExp(`(?<![\\d,.])${number}${word}`, 'iu');
}

/** What the script states for every call (briefing, goals, notes): the house's own facts. */
function scriptFacts(script: Script): string {
  return [
    script.briefing ?? '',
    ...script.steps.flatMap((step) => [
      step.notes ?? '',
      step.kind === 'agent' ? step.goal : '',
      step.kind === 'customer' ? (step.situation ?? '') : '',
    ]),
  ].join(' ');
}

/** What a persona's story tells in words (situation, facts, lines): where its own numbers are. */
function storyText(persona: Persona): string {
  const sheet = persona.factSheet;
  return [
    persona.summary,
    persona.situation,
    persona.goal,
    sheet.contract.product,
    sheet.address.street,
    ...sheet.contract.facts.map((fact) => fact.value),
    ...(sheet.history ?? []),
    ...persona.speechStyle.sampleLines,
  ].join(' ');
}

/** Everything a persona's file and story say, as one text (author notes included). */
function ownText(persona: Persona): string {
  return `${JSON.stringify(persona)} ${Object.values(personaSlots(persona)).join(' ')}`;
}

interface Said {
  id: string;
  raw: string;
  text: string;
  voice: string;
}

function sayable(script: Script, persona: Persona): Said[] {
  const lines: Said[] = [];
  for (const step of script.steps) {
    if (step.kind === 'customer') {
      for (const reaction of step.reactions)
        for (const line of reaction.lines)
          lines.push({
            id: line.id,
            raw: line.text,
            text: fillCustomerLine(line.text, persona),
            voice: 'customer',
          });
    }
    if (step.kind === 'agent')
      for (const line of step.lines)
        lines.push({
          id: line.id,
          raw: line.text,
          text: fillPlaceholders(line.text, persona),
          voice: 'agent',
        });
  }
  return lines.filter((line) => !UNFILLED.test(line.text));
}

const pairs = scripts.flatMap((script) => {
  const brand = libraryDocument('brand-guide', script.brand);
  return personas
    .filter((persona) => persona.language === script.language)
    .map((persona) => ({ script, persona: personaForBrand(persona, brand) }));
});

describe('script lines take persona facts from the file, over every script × persona', () => {
  it('has no line naming another persona’s number that this persona’s file does not hold', () => {
    const found: string[] = [];
    for (const { script, persona } of pairs) {
      const own = ownText(persona);
      const house = scriptFacts(script);
      const others = personas.filter((other) => other.id !== persona.id).map(storyText);
      for (const line of sayable(script, persona)) {
        for (const match of line.text.matchAll(NUMBER)) {
          const number = match[1] ?? '';
          if (own.includes(number) || house.includes(number)) continue;
          // A number no other file has is the script's own (« 10 jours », a wrong guess).
          const fact = numberFact(match);
          if (others.some((text) => fact.test(text)))
            found.push(`${script.id} × ${persona.id} ${line.id}: « ${match[0]} » in ${line.text}`);
        }
      }
    }
    expect(found).toEqual([]);
  });

  it('lets a persona speak of its own family only as its file tells it', () => {
    const found: string[] = [];
    for (const { script, persona } of pairs) {
      const own = ownText(persona).toLowerCase();
      for (const line of sayable(script, persona).filter((l) => l.voice === 'customer'))
        for (const match of line.text.matchAll(OWN_FAMILY)) {
          const who = (match[1] ?? '').toLowerCase();
          // « {ma femme|mon mari} » is the script's premise, written for any caller's gender.
          const premise = [...line.raw.matchAll(/\{([^{}]*\|[^{}]*)\}/gu)].some((alt) =>
            (alt[1] ?? '').toLowerCase().includes(who),
          );
          if (!own.includes(who) && !premise)
            found.push(`${script.id} × ${persona.id} ${line.id}: « ${match[0]} » in ${line.text}`);
        }
    }
    expect(found).toEqual([]);
  });
});

// What happened to the caller's money besides the debit: on their file, or never said.
const OWN_MISHAP = /\b(découvert|overdraft|overdrawn|commission d'intervention|bank charges?)\b/giu;

describe('a customer claims only the mishaps on their own file', () => {
  it('says « je suis à découvert » or a bank fee only when the persona’s file holds it', () => {
    const found: string[] = [];
    for (const { script, persona } of pairs) {
      const own = ownText(persona).toLowerCase();
      for (const line of sayable(script, persona).filter((l) => l.voice === 'customer'))
        for (const match of line.text.matchAll(OWN_MISHAP))
          if (!own.includes((match[1] ?? '').toLowerCase()))
            found.push(`${script.id} × ${persona.id} ${line.id}: « ${match[0]} » in ${line.text}`);
    }
    expect(found).toEqual([]);
  });
});

describe('lines read the facts, not zeros', () => {
  it('announces no fee of 0 to a customer whose engagement is over, nor 0 months left', () => {
    const found: string[] = [];
    for (const { script, persona } of pairs)
      for (const line of sayable(script, persona))
        if (/(?<![\d,.])0(?:,00)? (?:euros?|mensualités|mois)\b|£0(?![\d.])/u.test(line.text))
          found.push(`${script.id} × ${persona.id} ${line.id}: ${line.text}`);
    expect(found).toEqual([]);
  });

  it('tells a customer whose engagement is over that leaving costs no fee', () => {
    const script = scripts.find((s) => s.id === 'resiliation-offre-fidelite');
    const free = pairs.filter(
      (pair) => pair.script === script && personaSlots(pair.persona).mois === '0',
    );
    expect(free.length).toBeGreaterThan(0);
    for (const { persona } of free) {
      const fees = sayable(script as Script, persona).find((l) => l.id === 'infos-resiliation-1');
      expect(fees?.text).toMatch(/aucun frais de résiliation/u);
    }
  });
});

describe('an outbound call reaches the right person most of the time', () => {
  it('has the holder answer at least three calls in five, over every outbound script × persona', () => {
    for (const script of scripts.filter((s) => s.direction === 'outbound')) {
      const opening = script.steps.find((step) => step.kind === 'customer');
      if (opening?.kind !== 'customer') continue;
      // The holder's reactions lead on to the pitch; a third party or a wrong number ends there.
      const pitch = opening.transitions.find((t) => t.on === opening.reactions[0]?.id)?.to;
      const brand = libraryDocument('brand-guide', script.brand);
      let holder = 0;
      let calls = 0;
      for (const persona of personas.filter((p) => p.language === script.language))
        for (const quality of [0.3, 0.7, 1]) {
          const session = startSession({ script, persona, brand, mode: 'repetition', seed: 1 });
          const random = createRandom(`${script.id}:${persona.id}:${quality}`);
          for (let draw = 0; draw < 40; draw += 1) {
            const reaction = chooseReaction(opening, session, quality, random);
            const to = opening.transitions.find((t) => t.on === reaction.id)?.to;
            if (to === pitch) holder += 1;
            calls += 1;
          }
        }
      expect(holder / calls, script.id).toBeGreaterThanOrEqual(0.6);
    }
  });
});

describe('the customer file shows no author note', () => {
  it('shows values as a CRM does: no remark in brackets in any value the file or a slot reads', () => {
    const found: string[] = [];
    for (const persona of personas) {
      const file = customerFile(persona);
      const shown = [
        file.offer,
        file.address,
        file.phone ?? '',
        file.email ?? '',
        file.customerNumber,
        ...file.contacts,
        ...file.checks.map((check) => check.value),
        ...Object.values(personaSlots(persona)),
      ];
      for (const value of shown) if (/[()]/u.test(value)) found.push(`${persona.id}: ${value}`);
    }
    expect(found).toEqual([]);
  });

  it('keeps the caller’s own contact details bare, the story in authorNotes', () => {
    const found: string[] = [];
    for (const persona of personas) {
      const sheet = persona.factSheet;
      const bare = [
        sheet.phone ?? '',
        sheet.email ?? '',
        sheet.address.street,
        sheet.address.postalCode,
        sheet.address.city,
        ...(sheet.history ?? []),
      ];
      for (const value of bare) if (/[()]/u.test(value)) found.push(`${persona.id}: ${value}`);
    }
    expect(found).toEqual([]);
  });
});
