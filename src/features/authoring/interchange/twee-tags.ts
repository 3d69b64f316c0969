import { MOVE_IDS } from '@/domain/moves/move-catalogue';
import { slugify } from '@/domain/script/edit/step-ids';
import {
  COMPLIANCE_TAGS,
  PHASES,
  type Phase,
  type ScriptStep,
} from '@/domain/script/script-schema';
import type { TweePassage } from './twee-parse';
import type { PassageText } from './twee-text';
import type { TweeNote } from './twee-to-script';

// What a Twee passage's tags and name say about the step it becomes: its kind, phase, expected
// moves, flags and compliance, read with the French and English words trainers tag with.

export type Kind = ScriptStep['kind'];

const KIND_TAGS: Record<string, Kind> = {
  agent: 'agent',
  client: 'customer',
  customer: 'customer',
  decision: 'decision',
  décision: 'decision',
  fin: 'outcome',
  outcome: 'outcome',
  end: 'outcome',
};
const FLAG_TAGS: Record<string, 'mandatory' | 'throughline' | 'discloses' | 'failure' | 'success'> =
  {
    obligatoire: 'mandatory',
    mandatory: 'mandatory',
    retour: 'throughline',
    throughline: 'throughline',
    divulgue: 'discloses',
    discloses: 'discloses',
    echec: 'failure',
    échec: 'failure',
    failure: 'failure',
    reussite: 'success',
    réussite: 'success',
    success: 'success',
  };
// Passages story formats run or show around the story: code, not steps of a call.
export const SPECIAL_NAMES = new Set([
  'StoryInit',
  'StoryCaption',
  'StoryBanner',
  'StorySubtitle',
  'StoryAuthor',
  'StoryMenu',
  'StoryShare',
  'StoryInterface',
  'StorySettings',
  'StoryIncludes',
  'PassageReady',
  'PassageDone',
  'PassageHeader',
  'PassageFooter',
]);
export const CODE_TAGS = new Set(['script', 'stylesheet', 'widget', 'startup', 'header', 'footer']);
const isIn = <T extends string>(list: readonly T[], value: string): value is T =>
  (list as readonly string[]).includes(value);

export interface Reading {
  passage: TweePassage;
  id: string;
  text: PassageText;
  kind: Kind;
  phase?: Phase;
  moves: string[];
  flags: Set<string>;
  compliance: (typeof COMPLIANCE_TAGS)[number][];
  code?: string;
}

export function readTags(
  passage: TweePassage,
  id: string,
  text: PassageText,
  unmapped: TweeNote[],
): Reading {
  const reading: Reading = {
    passage,
    id,
    text,
    kind: 'agent',
    moves: [],
    flags: new Set(),
    compliance: [],
  };
  let kind: Kind | undefined;
  for (const tag of passage.tags) {
    const lower = tag.toLowerCase();
    const flag = FLAG_TAGS[lower];
    if (KIND_TAGS[lower]) kind = KIND_TAGS[lower];
    else if (isIn(PHASES, lower)) reading.phase = lower;
    else if (isIn(MOVE_IDS, lower)) reading.moves.push(lower);
    else if (isIn(COMPLIANCE_TAGS, lower)) reading.compliance.push(lower);
    else if (flag) reading.flags.add(flag);
    else if (/^code:/u.test(lower) && slugify(lower.slice(5)) !== 'element') {
      reading.code = slugify(lower.slice(5));
    } else unmapped.push({ passage: passage.name, what: 'tag', detail: tag });
  }
  const links = text.links.length;
  reading.kind = kind ?? (links === 0 ? 'outcome' : links === 1 ? 'agent' : 'customer');
  if (!kind) reading.flags.add('inferred');
  return reading;
}
