import { freeId, slugify } from '@/domain/script/edit/step-ids';
import type { Script, ScriptStep } from '@/domain/script/script-schema';
import { parseTwee, type TweeError, type TweePassage } from './twee-parse';
import { CODE_TAGS, readTags, SPECIAL_NAMES, type Reading } from './twee-tags';
import { readPassageText, type PassageText, type TextGap } from './twee-text';

/** Something of the file the script does not carry, or a choice made for the trainer to check. */
export interface TweeNote {
  /** The passage concerned; null for the file as a whole. */
  passage: string | null;
  what:
    | TextGap['what']
    | 'preamble'
    | 'story-data'
    | 'code-passage'
    | 'special-passage'
    | 'broken-link'
    | 'outcome-link'
    | 'tag'
    | 'metadata'
    // Choices made for the trainer (listed as « to check »):
    | 'kind-inferred'
    | 'phase-default'
    | 'no-move'
    | 'goal-from-name'
    | 'outcome-defaults'
    | 'unguarded'
    | 'otherwise-default'
    | 'start-default'
    | 'start-missing';
  detail: string;
}

export type TweeImport =
  | { ok: true; script: Script; unmapped: TweeNote[]; assumed: TweeNote[] }
  | { ok: false; errors: TweeError[] };

const excerpt = (text: string) => {
  const flat = text.replace(/\s+/gu, ' ').trim();
  return flat.length > 80 ? `${flat.slice(0, 79)}…` : flat;
};

/**
 * Imports a Twine 2 story written in Twee 3 as a script draft: each story passage becomes a step
 * and each link a branch. Tags say what a step is (agent, client, decision, fin), its phase
 * (accueil, verification…), expected moves (greet, verify_identity…), flags (obligatoire,
 * retour, divulgue, echec) and compliance; untagged passages are read by their links (none: an
 * end; one: the agent speaks; several: the customer's possible answers). Whatever has no place
 * in a script is listed in `unmapped`, and every choice made for the trainer in `assumed`, by
 * passage name. A file that is not readable Twee is refused with the line and problem.
 */
export function tweeToScript(source: string, base: Script): TweeImport {
  const parsed = parseTwee(source);
  if (!parsed.ok) return parsed;
  const unmapped: TweeNote[] = [];
  const assumed: TweeNote[] = [];
  const note = (list: TweeNote[], passage: string | null, what: TweeNote['what'], detail = '') =>
    list.push({ passage, what, detail });
  if (parsed.preamble) note(unmapped, null, 'preamble', excerpt(parsed.preamble));

  let title = base.title;
  let startName: string | undefined;
  const story: TweePassage[] = [];
  for (const passage of parsed.passages) {
    if (passage.name === 'StoryTitle') {
      title = passage.text.replace(/\s+/gu, ' ').trim().slice(0, 200) || title;
    } else if (passage.name === 'StoryData') {
      startName = readStoryData(passage, (detail) => note(unmapped, null, 'story-data', detail));
    } else if (passage.tags.some((tag) => CODE_TAGS.has(tag))) {
      note(unmapped, passage.name, 'code-passage', excerpt(passage.text));
    } else if (SPECIAL_NAMES.has(passage.name)) {
      note(unmapped, passage.name, 'special-passage', excerpt(passage.text));
    } else story.push(passage);
  }

  const taken = new Set<string>();
  const idOf = new Map<string, string>();
  const readings: Reading[] = story.map((passage) => {
    const id = freeId(passage.name, taken);
    taken.add(id);
    idOf.set(passage.name, id);
    return readTags(passage, id, readPassageText(passage.text), unmapped);
  });

  const start =
    readings.find((r) => r.passage.name === startName) ??
    readings.find((r) => r.passage.name === 'Start') ??
    readings[0];
  if (startName !== undefined && !idOf.has(startName))
    note(assumed, null, 'start-missing', startName);
  else if (startName === undefined && start && start.passage.name !== 'Start') {
    note(assumed, start.passage.name, 'start-default');
  }

  const positions: Record<string, { x: number; y: number }> = {};
  const steps = readings.map((reading) => {
    const { passage, id } = reading;
    for (const gap of reading.text.gaps) note(unmapped, passage.name, gap.what, gap.detail);
    const at = readMetadata(passage, (detail) => note(unmapped, passage.name, 'metadata', detail));
    if (at) positions[id] = at;
    const links = reading.text.links.filter((link) => {
      if (idOf.has(link.target)) return true;
      note(unmapped, passage.name, 'broken-link', link.target);
      return false;
    });
    return buildStep(reading, links, idOf, taken, reading === start, (what, detail) =>
      note(what === 'outcome-link' ? unmapped : assumed, passage.name, what, detail),
    );
  });

  const script: Script = {
    ...base,
    id: base.id,
    title,
    steps,
    ...(Object.keys(positions).length > 0 ? { layout: { positions } } : {}),
  };
  return { ok: true, script, unmapped, assumed };
}

function readStoryData(passage: TweePassage, report: (detail: string) => void): string | undefined {
  let data: unknown;
  try {
    data = JSON.parse(passage.text);
  } catch {
    report(excerpt(passage.text));
    return undefined;
  }
  if (typeof data !== 'object' || data === null) return undefined;
  const { start, ...rest } = data as Record<string, unknown>;
  // ifid, format, zoom, tag colours: how Twine shows and runs the story, not the call.
  for (const [key, value] of Object.entries(rest)) report(`${key}: ${JSON.stringify(value)}`);
  return typeof start === 'string' ? start : undefined;
}

function readMetadata(
  passage: TweePassage,
  report: (detail: string) => void,
): { x: number; y: number } | undefined {
  if (passage.badMetadata !== undefined) report(passage.badMetadata);
  let at: { x: number; y: number } | undefined;
  for (const [key, value] of Object.entries(passage.metadata ?? {})) {
    const pair = typeof value === 'string' ? value.split(',').map(Number) : [];
    const [x, y] = pair;
    const numbers = pair.length === 2 && Number.isFinite(x) && Number.isFinite(y);
    if (key === 'position' && numbers) at = { x: x ?? 0, y: y ?? 0 };
    // Twine's default tile size says nothing; another size is how Twine draws, not the call.
    else if (!(key === 'size' && value === '100,100')) report(`${key}: ${JSON.stringify(value)}`);
  }
  return at;
}

function buildStep(
  reading: Reading,
  links: PassageText['links'],
  idOf: ReadonlyMap<string, string>,
  taken: Set<string>,
  isStart: boolean,
  check: (what: TweeNote['what'], detail?: string) => void,
): ScriptStep {
  const { passage, id, kind, flags } = reading;
  if (flags.has('inferred')) check('kind-inferred', kind);
  const fresh = (stem: string) => {
    const branch = freeId(stem, taken);
    taken.add(branch);
    return branch;
  };
  const branchId = (to: string) => fresh(`${id}-vers-${to}`);
  const base = {
    id,
    title: passage.name.slice(0, 200),
    ...(isStart ? { start: true } : {}),
    ...(flags.has('mandatory') ? { mandatory: true } : {}),
    ...(flags.has('discloses') ? { discloses: true } : {}),
    ...(flags.has('throughline') ? { throughline: true } : {}),
    ...(reading.compliance.length > 0 ? { compliance: reading.compliance } : {}),
  };
  const prose = reading.text.paragraphs;
  if (kind === 'outcome') {
    for (const link of links) check('outcome-link', link.target);
    const code = reading.code ?? slugify(passage.name);
    const success = !flags.has('failure');
    if (!reading.code || !(flags.has('failure') || flags.has('success'))) {
      check('outcome-defaults', `${code} · ${success ? '✓' : '✗'}`);
    }
    return {
      ...base,
      kind,
      code,
      success,
      ...(reading.phase ? { phase: reading.phase } : {}),
      ...(prose.length > 0 ? { summary: prose.join(' ') } : {}),
    };
  }
  const phase = reading.phase ?? (isStart ? 'accueil' : 'decouverte');
  if (!reading.phase) check('phase-default', phase);
  const to = (link: PassageText['links'][number]) => idOf.get(link.target) ?? link.target;
  const label = (link: PassageText['links'][number]) =>
    link.text !== link.target && link.text !== '' ? { label: link.text.slice(0, 200) } : {};
  if (kind === 'customer') {
    const reactions = links.map((link) => {
      const reactionId = freeId(`${id}-${slugify(link.text)}`, taken);
      taken.add(reactionId);
      const lineId = freeId(`${reactionId}-1`, taken);
      taken.add(lineId);
      const words = (link.text || link.target).slice(0, 200);
      return { id: reactionId, label: words, lines: [{ id: lineId, text: words }] };
    });
    // Twine has no « anything else »: an unforeseen answer goes where the first link goes.
    const [first] = links;
    if (first) check('otherwise-default', first.target);
    return {
      ...base,
      kind,
      phase,
      ...(prose.length > 0 ? { situation: prose.join(' ') } : {}),
      ...(first ? { otherwise: { id: fresh(`${id}-sinon`), to: to(first) } } : {}),
      reactions,
      transitions: links.map((link, index) => ({
        id: branchId(to(link)),
        to: to(link),
        on: reactions[index]?.id ?? '',
      })),
    };
  }
  const transitions = links.map((link) => ({
    id: branchId(to(link)),
    to: to(link),
    ...label(link),
  }));
  if (kind === 'decision') {
    if (transitions.length > 1) check('unguarded', String(transitions.length));
    return {
      ...base,
      kind,
      phase,
      ...(prose.length > 0 ? { question: prose.join(' ') } : {}),
      transitions,
    };
  }
  if (reading.moves.length === 0) check('no-move');
  check('goal-from-name', passage.name);
  const lines = prose.map((text) => {
    const lineId = freeId(`${id}-1`, taken);
    taken.add(lineId);
    return { id: lineId, text };
  });
  return {
    ...base,
    kind,
    phase,
    goal: passage.name,
    expectedMoves: reading.moves,
    lines,
    transitions,
  };
}
