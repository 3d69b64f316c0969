import { pressureWords, promisesCallback, soundsEmpathic } from '../language/tone-spoken';
import { asideBetter } from './aside-better';
import { asideSpans } from './aside-spans';
import { curtWords } from './curt-words';
import type { TranscriptTurn } from '../session/session.types';
import type { ScoringRuleId } from './rubric-schema';
import {
  exemplaryLine,
  fillFormula,
  fold,
  inPlace,
  movesOf,
  ruleLineInPlace,
  stepInPlace,
  type FindingDraft,
  type ScoringContext,
} from './scoring-context';

/** Tone flags that cost brand-tone points, each scored by the rule of the same id. */
export const TONE_FAULTS: ReadonlySet<string> = new Set<ScoringRuleId>([
  'banned_phrase',
  'negative_framing',
  'hedging',
  'blame',
  'ownership_refusal',
  'familiar_register',
  'jargon',
  'tutoiement',
  'first_name_only',
]);

const EMPATHY_MOVES = ['empathise', 'apologise'];
// « Je ne sais pas » is a fault unless the same line checks and calls back at a stated time.
const NOT_KNOWING = /\b(?:sais pas|sais rien|know)\b/u;
// Thanks inside a goodbye ("merci de votre appel, bonne journée") read as a `close` move, so the
// words themselves count too (folded text: no accents, lower case).
const THANKS = { fr: /\b(merci|remerci)/u, en: /\bthank/u };

const WORDS = {
  fr: {
    upset: (irritation: number) => `Le client était agacé (irritation ${irritation}/100)`,
    noGreet: "Pas de formule d'accueil au début de l'appel",
    offBrand: (brand: string) => `Accueil sans le nom de la marque (${brand})`,
    noClose: "L'appel se termine sans formule de clôture",
    noThanks:
      'Clôture sans remerciement : la formule de la marque remercie le client (le M de SBAM)',
    never: "Le client n'est jamais appelé par « Madame/Monsieur + nom »",
    empathy: 'Je comprends votre agacement, et je m’occupe de votre demande tout de suite.',
  },
  en: {
    upset: (irritation: number) => `The caller was upset (irritation ${irritation}/100)`,
    noGreet: 'No greeting formula at the start of the call',
    offBrand: (brand: string) => `Greeting without the brand name (${brand})`,
    noClose: 'The call ends without a closing formula',
    noThanks: "Closing without thanks: the brand's formula thanks the caller",
    never: 'The caller is never addressed as "Mr/Mrs + surname"',
    empathy: "I understand how frustrating this is, and I'm dealing with it right now.",
  },
};

type TurnFlag = TranscriptTurn['flags'][number];

/** The faulty words, and the lexicon's hint of what to say instead when it has one. */
export function hinted(text: string, hint: string | undefined): string {
  return hint ? `« ${text} » → ${hint}` : `« ${text} »`;
}

// The analyser reports spans; a stored transcript may have lost them, so fall back on the words.
function spanOf(flag: TurnFlag, text: string): [number, number] {
  const { start, end } = flag as { start?: unknown; end?: unknown };
  if (typeof start === 'number' && typeof end === 'number') return [start, end];
  const at = Math.max(0, text.indexOf(flag.text));
  return [at, at + flag.text.length];
}

// Overlapping flags on the same words ("c'est votre faute" is a banned phrase and blame) are
// one fault: keep the costliest so the same words are not charged twice.
// Words the script's author wrote in an exemplary line are the trainer's choice for this brand
// ("cet appel peut être enregistré", a term the script defines): repeating them is not a fault.
const authorsText = new WeakMap<object, string>();
function authorsWords(context: ScoringContext, flagged: string): boolean {
  let text = authorsText.get(context.script);
  if (text === undefined) {
    text = context.script.steps
      .flatMap((step) => (step.kind === 'agent' ? step.lines.map((line) => words(line.text)) : []))
      .join(' | ');
    authorsText.set(context.script, text);
  }
  const folded = words(flagged).trim();
  return folded.length > 0 && text.includes(` ${folded} `);
}

// Whole words only, space-delimited, so "tu" is not found inside "tout"; hyphens stay, so the
// adverb "peut-être" is not the author's "peut être enregistré".
function words(text: string): string {
  return ` ${fold(text)
    .replace(/[^\p{L}\p{N}-]+/gu, ' ')
    .trim()} `;
}

/** The tone faults of one agent line that count, without double-charging overlapping words. */
export function countedFaults(context: ScoringContext, turn: TranscriptTurn) {
  const owned = promisesCallback(turn.text, context.lang);
  const faults = turn.flags.filter(
    (flag) =>
      TONE_FAULTS.has(flag.id) &&
      !authorsWords(context, flag.text) &&
      !(owned && NOT_KNOWING.test(fold(flag.text))),
  );
  const cost = (id: string) => context.rubric.rules[id as ScoringRuleId].points;
  const span = (flag: TurnFlag) => spanOf(flag, turn.text);
  const byCost = [...faults].sort((a, b) => cost(a.id) - cost(b.id) || span(a)[0] - span(b)[0]);
  const kept: typeof faults = [];
  for (const flag of byCost) {
    const [start, end] = span(flag);
    if (!kept.some((k) => span(k)[0] < end && start < span(k)[1])) kept.push(flag);
  }
  return kept.sort((a, b) => span(a)[0] - span(b)[0]);
}

/** The curt words of a line that count: not the author's, not already charged by the ear. */
export function curtFaults(context: ScoringContext, turn: TranscriptTurn): string[] {
  const counted = countedFaults(context, turn).map((flag) => fold(flag.text));
  return curtWords(turn.text, context.lang).filter(
    // A flat « non » is everywhere in the author's lines as a word; only a phrase can be theirs.
    (curt) =>
      !(curt.length > 3 && authorsWords(context, curt)) &&
      !counted.some((f) => f.includes(fold(curt))),
  );
}

function lineFindings(context: ScoringContext, turn: TranscriptTurn): FindingDraft[] {
  // One finding per fault: « tu » eleven times in a line is one tutoiement, shown « × 11 »;
  // two different banned phrases stay two faults.
  const byRule = new Map<string, TurnFlag[]>();
  for (const flag of countedFaults(context, turn)) {
    const key = `${flag.id}|${fold(flag.text)}`;
    byRule.set(key, [...(byRule.get(key) ?? []), flag]);
  }
  // « Mieux » is one whole line for the turn, said in its place: the author's, else the line of
  // the turn's costliest fault's rule; the lexicon's short hint goes with the reason.
  const costliest = [...byRule.values()]
    .map((flags) => (flags[0] as TurnFlag).id as ScoringRuleId)
    .sort((a, b) => context.rubric.rules[a].points - context.rubric.rules[b].points)[0];
  const better =
    heldByAside(context, turn) ??
    exemplaryLine(context, turn) ??
    ruleLineInPlace(context, turn, costliest ?? 'curt_tone');
  const drafts: FindingDraft[] = [...byRule.values()].map((flags) => {
    const first = flags[0] as TurnFlag;
    const times = flags.length > 1 ? ` × ${flags.length}` : '';
    return {
      rule: first.id as ScoringRuleId,
      turn: turn.index,
      quote: first.text,
      detail: `${hinted(first.text, first.suggestion)}${times}`,
      better,
    };
  });
  for (const flag of turn.flags) {
    if (flag.id === 'customer_named' && !rightTitle(context, flag.text)) {
      drafts.push({
        rule: 'wrong_civility',
        turn: turn.index,
        quote: flag.text,
        detail: `« ${flag.text} »`,
        better: turn.text.replace(flag.text, properName(context)),
      });
    } else if (flag.id === 'customer_named' || flag.id === 'signature_phrase') {
      drafts.push({ rule: flag.id, turn: turn.index, quote: flag.text, better: turn.text });
    }
  }
  const pressure = pressureWords(turn.text, context.lang);
  if (pressure && !authorsWords(context, pressure)) {
    drafts.push({
      rule: 'commercial_pressure',
      turn: turn.index,
      quote: pressure,
      detail: `« ${pressure} »`,
    });
  }
  for (const curt of curtFaults(context, turn)) {
    drafts.push({
      rule: 'curt_tone',
      turn: turn.index,
      quote: curt,
      detail: `« ${curt} »`,
      better,
    });
  }
  return drafts;
}

const FEMININE = new Set(['madame', 'mademoiselle', 'mme', 'mrs', 'ms', 'miss']);

// "Madame Dumas" for Madame Dumas; a title of the other gender is a fault, not a courtesy.
function rightTitle(context: ScoringContext, named: string): boolean {
  const said = fold(named).split(/[\s.]+/u)[0] ?? '';
  const expected = fold(context.session.config.persona.factSheet.civility).split(/[\s.]+/u)[0];
  return FEMININE.has(said) === FEMININE.has(expected ?? '');
}

function properName(context: ScoringContext): string {
  const sheet = context.session.config.persona.factSheet;
  return `${sheet.civility} ${sheet.lastName}`;
}

/**
 * The « Mieux » of a line said while an aside holds the call at the customer's step (no agent
 * step is in place): the aside's own answer, then the line the call goes back to. A rule's
 * generic line there (« je m'occupe de votre demande ») would give in to a fraudster's pretext.
 */
function heldByAside(context: ScoringContext, turn: TranscriptTurn): string | undefined {
  if (context.agentStep(turn.step)) return undefined;
  const span = asideSpans(context).find((open) => open.replies.includes(turn));
  return span ? asideBetter(context, span.kind, turn) : undefined;
}

function empathyFindings(context: ScoringContext): FindingDraft[] {
  const { turns, rubric } = context;
  const drafts: FindingDraft[] = [];
  for (const turn of context.agentTurns) {
    const before = turns[turn.index - 1];
    if (before?.speaker !== 'customer') continue;
    if (before.mood.irritation < rubric.thresholds.upsetIrritation) continue;
    // A DESC limit with an abusive caller names the words, not the feeling (as the line in place
    // the debrief and Lecture advise there: see lineInPlace).
    if (context.agentStep(turn.step)?.expectedMoves.includes('set_limit')) continue;
    const moves = movesOf(turn);
    if (EMPATHY_MOVES.some((move) => moves.has(move)) || soundsEmpathic(turn.text, context.lang))
      continue;
    drafts.push({
      rule: 'empathy_missing',
      turn: turn.index,
      quote: turn.text,
      detail: WORDS[context.lang].upset(Math.round(before.mood.irritation)),
      better: heldByAside(context, turn) ?? WORDS[context.lang].empathy,
    });
  }
  return drafts;
}

function callFindings(context: ScoringContext): FindingDraft[] {
  const { agentTurns, brand, session, rubric } = context;
  const words = WORDS[context.lang];
  const drafts: FindingDraft[] = [];
  const first = agentTurns[0];
  const last = agentTurns.at(-1);
  if (!first || !last) return drafts;
  // The author's opening line carries everything the greeting owes (the brand's formula, the
  // recording notice), and it is the « Mieux » of the line's other faults: one voice per turn.
  const brandGreeting = brand?.greetingFormulas[0];
  const greetingBetter =
    exemplaryLine(context, first) ??
    (brandGreeting ? fillFormula(context, brandGreeting) : undefined);
  const opening = agentTurns.slice(0, rubric.thresholds.openingTurns);
  const greeted = opening.some((turn) => movesOf(turn).has('greet'));
  const brandSaid = !brand || opening.some((turn) => fold(turn.text).includes(fold(brand.name)));
  if (!greeted || !brandSaid) {
    drafts.push({
      rule: 'greeting_missing',
      turn: first.index,
      quote: first.text,
      detail: greeted ? words.offBrand(brand?.name ?? '') : words.noGreet,
      ...(greetingBetter ? { better: greetingBetter } : {}),
    });
  }
  // A caller who hangs up takes the closing away from the agent; recovery scores that.
  const hungUp =
    session.outcome?.reason === 'customer_hung_up' ||
    context.turns.some((turn) =>
      turn.events.some((event) => event.type === 'hang_up' && event.by === 'customer'),
    );
  // The brand's closing formula says goodbye and thanks the caller (DOMAIN.md §1, SBAM); the
  // thanks may come in the line just before the goodbye.
  const closed = movesOf(last).has('close');
  // … but not a thanks for holding said while the call was still in another phase.
  const closingTurns = agentTurns
    .slice(-2)
    .filter((turn) => turn === last || turn.phase === last.phase);
  const thanked = closingTurns.some(
    (turn) => movesOf(turn).has('thank') || THANKS[context.lang].test(fold(turn.text)),
  );
  // A transfer hands the caller on: the colleague closes the call.
  const transferred = session.outcome?.code === 'transferred';
  if (!hungUp && !transferred && (!closed || (brand && !thanked))) {
    const closing = brand?.closingFormulas[0];
    drafts.push({
      rule: 'closing_missing',
      turn: last.index,
      quote: last.text,
      detail: closed ? words.noThanks : words.noClose,
      ...(closing ? { better: inPlace(context, last, closing, ['close']) } : {}),
    });
  }
  const named = agentTurns.some((turn) =>
    turn.flags.some((flag) => flag.id === 'customer_named' && rightTitle(context, flag.text)),
  );
  if (!named) {
    drafts.push({
      rule: 'customer_never_named',
      turn: last.index,
      quote: last.text,
      detail: words.never,
      // Noted on the last line: the « Mieux » is that line's goodbye, which names the customer.
      better: namedGoodbye(context, last),
    });
  }
  return drafts;
}

// The last line as it should have ended: its step's model said in place when the step says
// goodbye, else the brand's closing formula (thanks and « Monsieur Garnier »).
function namedGoodbye(context: ScoringContext, last: TranscriptTurn): string {
  const sheet = context.session.config.persona.factSheet;
  // Only a goodbye step's model: a line at a DESC warning also names the customer, but advising
  // a warning for a goodbye does not fit the moment.
  const model = stepInPlace(context, last)?.expectedMoves.includes('close')
    ? exemplaryLine(context, last)
    : undefined;
  if (model?.includes(sheet.lastName)) return model;
  const closing = context.brand?.closingFormulas[0];
  if (closing) return inPlace(context, last, closing, ['close']);
  return context.lang === 'fr'
    ? `Merci de votre appel, ${sheet.civility} ${sheet.lastName}, et bonne journée.`
    : `Thank you for calling, ${sheet.civility} ${sheet.lastName}, and have a good day.`;
}

/** Every brand-tone note of the call: per line, empathy for an upset customer, per call. */
export function brandToneDrafts(context: ScoringContext): FindingDraft[] {
  return [
    ...context.agentTurns.flatMap((turn) => lineFindings(context, turn)),
    ...empathyFindings(context),
    ...callFindings(context),
  ];
}
