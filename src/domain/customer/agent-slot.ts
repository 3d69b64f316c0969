/**
 * The agent's own name in a line: authors write `{conseiller}` (French) or `{agent}` (English)
 * where the agent introduces themself (« {conseiller} à votre écoute »), and the slot is filled
 * with the first name of the profile playing the call. A model line never hard-codes a name, so
 * every « Mieux » of a call, the greeting's and the rubric's, speaks with the same voice.
 */
type Lang = 'fr' | 'en';

const AGENT_SLOT = /\{(?:conseill[eè]re?|agent)\}/gu;
// In a brand formula the first name has always been the agent's (« {prénom} à votre écoute »):
// brand guides written before the agent slot keep working.
const FORMULA_FIRST_NAME = /\{pr[ée]nom\}|\{first ?name\}|\{firstName\}/gu;

/**
 * The name said when no profile name is known (the CLI, evaluations, tests): an epicene first
 * name, so a line reads as a real agent's would and stays grammatical in both genders.
 */
export const NEUTRAL_AGENT_NAME: Readonly<Record<Lang, string>> = { fr: 'Camille', en: 'Sam' };

/** The first name an agent says on the phone, from a profile's display name (« Julie Martin »). */
export function agentFirstName(displayName: string | null | undefined, lang: Lang): string {
  const first = (displayName ?? '').trim().split(/\s+/u)[0] ?? '';
  return /^\p{L}/u.test(first) ? first : NEUTRAL_AGENT_NAME[lang];
}

/** Fills the agent slot of a line (a script's model line, a rubric's better line). */
export function fillAgentSlot(text: string, displayName: string | null | undefined, lang: Lang) {
  return text.replace(AGENT_SLOT, () => agentFirstName(displayName, lang));
}

/** Fills the agent's name in a brand formula: the agent slot, and the formula's first name. */
export function fillAgentInFormula(
  formula: string,
  displayName: string | null | undefined,
  lang: Lang,
): string {
  return fillAgentSlot(formula, displayName, lang).replace(FORMULA_FIRST_NAME, () =>
    agentFirstName(displayName, lang),
  );
}
