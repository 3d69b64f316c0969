import type { FindingDraft, ScoringContext } from './scoring-context';

const WORDS = {
  fr: {
    hungUp: 'L’agent a raccroché en cours d’appel, sans clôture ni limite posée',
    silence: '(aucune parole)',
    empty: (said: number) =>
      `Presque rien de compréhensible n’a été dit (${said} réplique${said > 1 ? 's' : ''} porteuse${said > 1 ? 's' : ''} de sens)`,
    unheard: (said: number, lines: number) =>
      `Le ton ne se mesure que sur les répliques porteuses de sens : ${said} sur ${lines}`,
  },
  en: {
    hungUp: 'The agent hung up mid-call, with no closing and no limit set',
    silence: '(nothing said)',
    empty: (said: number) =>
      `Almost nothing understandable was said (${said} meaningful line${said === 1 ? '' : 's'})`,
    unheard: (said: number, lines: number) =>
      `Tone is measured only on lines that mean something: ${said} of ${lines}`,
  },
};

// Fewer lines that carry any move than this, and there was no call to score.
const MEANINGFUL_LINES = 2;

/**
 * Hanging up on a caller mid-call is the worst the brand can do to them (the trainer ranks it
 * below any clumsy call): it costs the whole brand tone, so a call cut short can never sound
 * better than the same call with all its lines said (lines never said are not faults).
 */
export function hangUpToneDraft(context: ScoringContext): FindingDraft | null {
  const { session, agentTurns, lang } = context;
  const last = agentTurns.at(-1);
  if (!last || !(session.outcome?.code === 'agent_hung_up' && !session.outcome.success))
    return null;
  return {
    rule: 'hung_up_on_caller',
    turn: last.index,
    quote: last.text,
    detail: WORDS[lang].hungUp,
  };
}

/**
 * Brand tone is measured on the lines that say something (issue 13 item 7): it starts at 100 and
 * loses only what faults it hears, so a silent or gibberish call would keep it whole. Below the
 * meaningful lines a call needs, tone can earn only its share of them (none, or half with one). A
 * call the agent hung up on after a line has its own card (hung_up_on_caller), not this one.
 */
export function unheardToneDraft(context: ScoringContext): FindingDraft | null {
  const { session, agentTurns, lang } = context;
  const last = agentTurns.at(-1) ?? context.turns.at(-1);
  if (!last) return null;
  const hungUp = session.outcome?.code === 'agent_hung_up' && !session.outcome.success;
  if (hungUp && agentTurns.length > 0) return null;
  const meaningful = agentTurns.filter((turn) => turn.moves.length > 0).length;
  if (meaningful >= MEANINGFUL_LINES) return null;
  return {
    rule: 'tone_unheard',
    turn: last.index,
    quote: last.text.trim() === '' ? WORDS[lang].silence : last.text,
    detail: WORDS[lang].unheard(meaningful, agentTurns.length),
    points: -Math.round((100 * (MEANINGFUL_LINES - meaningful)) / MEANINGFUL_LINES),
  };
}

/**
 * A call that was not held — the agent hung up on the caller, said nothing, or said nothing that
 * means anything — lands in the lowest band whatever its tone (no fault found is not a good call).
 */
export function floorDraft(context: ScoringContext): FindingDraft | null {
  const { session, agentTurns, lang } = context;
  const last = agentTurns.at(-1) ?? context.turns.at(-1);
  if (!last) return null;
  const meaningful = agentTurns.filter((turn) => turn.moves.length > 0).length;
  const hungUp = session.outcome?.code === 'agent_hung_up' && !session.outcome.success;
  if (!hungUp && meaningful >= MEANINGFUL_LINES) return null;
  return {
    rule: 'call_not_held',
    turn: last.index,
    quote: last.text.trim() === '' ? WORDS[lang].silence : last.text,
    detail: hungUp ? WORDS[lang].hungUp : WORDS[lang].empty(meaningful),
  };
}
