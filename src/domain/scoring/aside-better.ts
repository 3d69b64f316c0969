import type { AsideKind } from '../customer/customer.types';
import type { TranscriptTurn } from '../session/session.types';
import { wordsAnswer } from './aside-answers';
import { ASIDE_BETTER_LINES } from './aside-words';
import { exemplaryLine, fillFormula, type ScoringContext } from './scoring-context';

/**
 * The « Mieux » for an aside, said in its place (issue 13 item 5): the trade's answer to the aside,
 * then the author's line for the step the call was at, so the call comes back on track and no
 * mandatory step is skipped (an answer alone, on an outbound call's presentation, would drop the
 * legal mentions). When the step's own line already answers the aside (the script modelled it),
 * that line alone.
 */
export function asideBetter(context: ScoringContext, kind: AsideKind, turn: TranscriptTurn) {
  const answer = ASIDE_BETTER_LINES[context.lang][kind];
  // During an improvised aside the script waits on the customer's step: the call goes back to
  // the agent step it was held at, the last one an agent line was said at.
  const held = [...context.agentTurns]
    .reverse()
    .find((t) => t.index <= turn.index && context.agentStep(t.step) !== undefined);
  const model = held ? context.agentStep(held.step)?.lines[0]?.text : undefined;
  if (!held || model === undefined) return answer;
  const own = fillFormula(context, model);
  // Only words the scorer itself takes as an answer (empathy counts for the emotional asides).
  const answers = wordsAnswer(kind, own, context.lang) === true;
  const lead = answers ? undefined : answer;
  return exemplaryLine(context, { ...turn, step: held.step }, lead) ?? answer;
}
