import {
  contentWords,
  fillCustomerLine,
  reactionLine,
  wasSaid,
  type SaidLines,
} from '../customer/customer-lines';
import type { Random } from '../random/seeded-random';
import type { Persona } from '../script/persona-schema';
import type { Script, ScriptStep } from '../script/script-schema';

// Share of an author's line the agent's words must cover to be taken for that line.
const SAME_LINE = 0.6;

/** The agent step whose author's text the agent just said (or nearly), if any. */
function stepSaying(script: Script, text: string): ScriptStep | null {
  const said = contentWords(text);
  let best: { step: ScriptStep; share: number } | null = null;
  for (const step of script.steps) {
    if (step.kind !== 'agent') continue;
    for (const line of step.lines) {
      const words = contentWords(line.text);
      if (words.size === 0) continue;
      const share = [...words].filter((word) => said.has(word)).length / words.size;
      if (share >= SAME_LINE && (!best || share > best.share)) best = { step, share };
    }
  }
  return best?.step ?? null;
}

/**
 * The customer's answer to a question the script could not take up yet (asked out of order,
 * or before the verification it needs): what the author wrote them answering it, at the
 * customer step that follows the question's own step. A question is answered even when the call
 * cannot move on (« Votre banque vous a-t-elle facturé des frais ? » gets « oui, 8 euros », not
 * « qu'est-ce que vous voulez savoir exactement ? »); asked again, it was answered already (a
 * second draw could contradict the first): `already` then comes with the answer said. Null when the script has no such answer; never
 * identity data, which is given only when asked for (fact-answers.ts).
 */
export function scriptAnswer(
  script: Script,
  text: string,
  persona: Persona,
  random: Random,
  said: SaidLines,
): { text: string; already: boolean } | null {
  const asked = stepSaying(script, text);
  if (asked?.kind !== 'agent') return null;
  const next = asked.transitions
    .map((transition) => script.steps.find((step) => step.id === transition.to))
    .find((step) => step?.kind === 'customer');
  if (next?.kind !== 'customer' || next.phase === 'verification') return null;
  const number = persona.factSheet.customerNumber;
  const lines = next.reactions
    .filter((reaction) => !reaction.derailment)
    .flatMap((reaction) => reaction.lines)
    .filter((line) => !fillCustomerLine(line.text, persona).includes(number));
  if (lines.length === 0) return null;
  // Answered already: the answer said, so a customer who feels unheard can say it again
  // (« je vous l'ai dit : … ») rather than complain as if nothing had been asked.
  const earlier = lines
    .map((line) => fillCustomerLine(line.text, persona))
    .find((line) => wasSaid(said, line));
  if (earlier !== undefined) return { text: earlier, already: true };
  return {
    text: reactionLine(lines, persona, random, said, true, { text, asked: true }).text,
    already: false,
  };
}
