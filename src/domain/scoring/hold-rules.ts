import { fold, movesOf, type FindingDraft, type ScoringContext } from './scoring-context';

const THANKS = { fr: /\b(?:merci|remerci)/u, en: /\bthank/u };

const WORDS = {
  fr: {
    unannounced: 'Mise en attente sans demander la permission ni annoncer la durée',
    overrun: (over: number, announced: number) =>
      `Attente dépassée de ${over} s (${announced} s annoncées)`,
  },
  en: {
    unannounced: 'Put on hold without asking or saying how long',
    overrun: (over: number, announced: number) =>
      `Hold ran ${over} s over (${announced} s announced)`,
  },
};

/** Hold etiquette (DOMAIN.md §1.7): asked and timed before, kept to after. */
export function holdDrafts(context: ScoringContext): FindingDraft[] {
  const { turns, agentTurns, lang } = context;
  const drafts: FindingDraft[] = [];
  let announced = 0;
  for (const turn of turns) {
    for (const event of turn.events) {
      const before = [...agentTurns].reverse().find((t) => t.index < turn.index);
      if (event.type === 'hold_started') {
        announced = event.announcedSeconds;
        if (before && (!movesOf(before).has('hold_request') || announced <= 0)) {
          drafts.push({
            rule: 'hold_unannounced',
            turn: before.index,
            quote: before.text,
            detail: WORDS[lang].unannounced,
          });
        }
      }
      if (event.type === 'hold_ended') {
        // Back from the hold, the first words thank the caller for waiting.
        const back = agentTurns.find((t) => t.index > turn.index);
        if (back && !movesOf(back).has('thank') && !THANKS[lang].test(fold(back.text))) {
          drafts.push({ rule: 'hold_no_thanks', turn: back.index, quote: back.text });
        }
      }
      if (event.type === 'hold_ended' && event.overrunSeconds > 0) {
        // Noted on the agent's line on return, where the apology belongs.
        const back = agentTurns.find((t) => t.index > turn.index) ?? before;
        if (back) {
          drafts.push({
            rule: 'hold_overrun',
            turn: back.index,
            quote: back.text,
            detail: WORDS[lang].overrun(event.overrunSeconds, announced),
          });
        }
      }
    }
  }
  return drafts;
}
