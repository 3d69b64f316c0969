// Automatic checks on the exchanges of a played call (an agent line and the customer's answer).
// They catch the incoherences a listener notices most — not a human rating, a floor under it.
import { requestedFacts } from '../src/domain/customer/fact-answers';
import { isGoodbye } from '../src/domain/customer/reply-lines';
import type { SessionState, TranscriptTurn } from '../src/domain/session/session.types';

const FILLERS = new Set([
  'Oui ?',
  'Je vous écoute.',
  'Oui, et donc ?',
  'D’accord…',
  'Mmh mmh.',
  'Yes?',
  'I am listening.',
  'Right, and?',
  'OK…',
]);
const ASKING = ['probe_open', 'probe_closed', 'verify_identity', 'check_satisfaction'];
const ANGRY = new Set(['outburst', 'manager_demand', 'legal_threat']);
const RUDE = new Set(['insult', 'blame', 'tutoiement', 'ownership_refusal']);

const OFFTOPIC_REPLIES = new Set([
  'Euh… je ne vois pas le rapport.',
  'Quel rapport ? Ce n’est pas du tout de ça qu’on parlait.',
  'Er… I don’t see what that has to do with anything.',
  'What’s that got to do with what we were talking about?',
]);
const WEEKDAY =
  /\b(lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/giu;
const weekdays = (text: string) => new Set(text.toLowerCase().match(WEEKDAY) ?? []);
const ACK = /^(d’accord|d'accord|très bien|parfait|ok|fine|right|bon)\b/iu;

const moveSet = (turn: TranscriptTurn) => new Set<string>(turn.moves.map((move) => move.id));
const has = (turn: TranscriptTurn, type: string) => turn.events.some((e) => e.type === type);

/** Why this exchange is incoherent, or null when it passes every check. */
function whyIncoherent(
  session: SessionState,
  agent: TranscriptTurn,
  customer: TranscriptTurn,
  nextAgent: TranscriptTurn | undefined,
): string | null {
  const moves = moveSet(agent);
  const language = session.config.persona.language;
  const number = session.config.persona.factSheet.customerNumber;
  const asked = moves.has('verify_identity') || requestedFacts(agent.text).length > 0;
  if (customer.text.includes(number) && !asked && !session.memory.factsGiven.length)
    return 'gives identity data nobody asked for';
  if (has(agent, 'not_understood') && nextAgent && nextAgent.step !== agent.step && !session.aside)
    return 'a line nobody could understand moved the call on';
  if (moves.has('close') && has(customer, 'outcome') && !isGoodbye(customer.text, language))
    return 'the agent said goodbye, the customer did not';
  if (ASKING.some((move) => moves.has(move)) && FILLERS.has(customer.text))
    return 'a question answered with a filler';
  if (agent.flags.some((flag) => RUDE.has(flag.id)) && OFFTOPIC_REPLIES.has(customer.text))
    return 'a rude line heard as off-topic, not as rude';
  // « D'accord. Vendredi au plus tard, je note. » after « livré demain, mardi ».
  const named = weekdays(agent.text);
  const acknowledged = [...weekdays(customer.text)];
  if (
    named.size > 0 &&
    ACK.test(customer.text) &&
    acknowledged.length > 0 &&
    acknowledged.every((day) => !named.has(day))
  )
    return 'a dated commitment acknowledged with another day';
  const angry = customer.events.some(
    (e) =>
      (e.type === 'aside_started' && ANGRY.has(e.aside)) ||
      (e.type === 'aside_escalated' && ANGRY.has(e.to)),
  );
  if (angry && customer.mood.irritation < 50) return 'an angry aside from a calm customer';
  return null;
}

/** Exchanges in the call, and the failures as « reason: agent » → « customer » lines. */
export function incoherentExchanges(session: SessionState): {
  exchanges: number;
  failures: string[];
} {
  const turns = session.transcript.filter((turn) => turn.speaker !== 'system');
  const failures: string[] = [];
  let exchanges = 0;
  turns.forEach((agent, position) => {
    const customer = turns[position + 1];
    if (agent.speaker !== 'agent' || customer?.speaker !== 'customer') return;
    exchanges += 1;
    const nextAgent = turns.slice(position + 2).find((turn) => turn.speaker === 'agent');
    const why = whyIncoherent(session, agent, customer, nextAgent);
    if (why) failures.push(`${why}: « ${agent.text} » → « ${customer.text} »`);
  });
  return { exchanges, failures };
}

/** Rude agent lines, and how many of them left the customer less irritated than before. */
export function rudeLinesThatCalmed(session: SessionState): { turns: number; calmed: number } {
  let turns = 0;
  let calmed = 0;
  let before = session.transcript[0]?.mood.irritation ?? 0;
  session.transcript.forEach((turn, position) => {
    if (turn.speaker === 'agent' && turn.flags.some((flag) => RUDE.has(flag.id))) {
      turns += 1;
      const answer = session.transcript[position + 1];
      const after = answer?.mood.irritation ?? turn.mood.irritation;
      if (after < before || turn.mood.irritation < before) calmed += 1;
    }
    before = turn.mood.irritation;
  });
  return { turns, calmed };
}
