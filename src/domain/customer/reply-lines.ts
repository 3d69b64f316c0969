import type { Random } from '../random/seeded-random';
import type { Persona } from '../script/persona-schema';

/**
 * What a customer says back to the words of a line that did not move the call on: a person
 * who did not understand asks again, an apology is received, a dated promise is noted, a
 * refusal is argued with, a goodbye is returned. Ordered by the kind of line they answer.
 */
export type ReplyKind =
  | 'notUnderstood'
  | 'offTopic'
  | 'offended'
  | 'blamed'
  | 'toldToCalmDown'
  | 'alreadySaid'
  | 'alreadyAnswered'
  | 'givenUp'
  | 'reformulationConfirmed'
  | 'apologyReceived'
  | 'promiseNoted'
  | 'vaguePromise'
  | 'promiseDoubted'
  | 'promiseAwaited'
  | 'promiseGuarded'
  | 'commitmentTaken'
  | 'granted'
  | 'empathyReceived'
  | 'refusalArgued'
  | 'thanksReturned'
  | 'questionUnclear'
  | 'nudge'
  | 'goodbye';

const REPLIES: Record<'fr' | 'en', Record<ReplyKind, readonly string[]>> = {
  fr: {
    notUnderstood: [
      'Pardon ? Je n’ai pas bien compris.',
      'Comment ? Je ne comprends pas ce que vous dites.',
      'Excusez-moi, vous pouvez répéter ? Je n’ai rien compris.',
    ],
    // Said on calls the customer made and on calls the firm made: no « je vous appelle pour ».
    offTopic: [
      'Euh… je ne vois pas le rapport.',
      'Quel rapport ? Ce n’est pas du tout de ça qu’on parlait.',
    ],
    alreadySaid: ['Oui, vous venez de me le dire.', 'Vous me l’avez déjà dit, ça.'],
    alreadyAnswered: ['Je vous ai déjà répondu.', 'Je viens de vous répondre, là.'],
    // An aside nobody takes up, once its words are used up: the customer drops it, sourly.
    givenUp: [
      'Bon, tant pis, je n’insiste pas.',
      'Bref. Laissez tomber, passons.',
      'Bon. Passons.',
    ],
    reformulationConfirmed: ['Oui, c’est bien ça.', 'Oui, c’est ça.'],
    offended: [
      'Pardon ? Je ne vous permets pas de me parler sur ce ton.',
      'C’est comme ça que vous parlez à vos clients ?',
    ],
    blamed: [
      'Ma faute ? Ça suffit ! C’est votre erreur, pas la mienne !',
      'Pardon ? Ce n’est pas moi qui suis en faute, c’est vous !',
    ],
    toldToCalmDown: [
      'Me calmer ? Et en plus vous me dites de me calmer ? C’est vous qui êtes en faute !',
      'Ne me dites pas de me calmer, s’il vous plaît.',
    ],
    apologyReceived: ['Bon. Merci de le reconnaître.', 'D’accord, j’entends vos excuses.'],
    promiseNoted: [
      'D’accord, je note le délai. Je compte sur vous.',
      'Très bien, c’est noté pour le délai.',
    ],
    vaguePromise: ['Oui, mais quand exactement ?', 'D’accord, mais dans quel délai ?'],
    // An angry customer takes a promise with doubt when it says no date, warily when it does.
    promiseDoubted: [
      'Des promesses, on m’en a déjà fait. Ce sera fait quand, exactement ?',
      'Oui, mais quand ? Parce qu’on me l’a déjà dit, ça.',
    ],
    promiseAwaited: ['Bon. J’attends de voir.', 'Hum. On verra bien.'],
    promiseGuarded: [
      'Bon. Je note la date. J’espère que ce sera tenu.',
      'D’accord, je note. Mais si ce n’est pas fait, je rappelle.',
    ],
    commitmentTaken: ['D’accord, merci.', 'Très bien, merci.'],
    granted: ['Parfait, merci beaucoup.', 'Ah, très bien. Merci.'],
    empathyReceived: ['Oui, voilà, c’est exactement ça.', 'Merci, ça fait du bien qu’on m’écoute.'],
    refusalArgued: [
      'Comment ça, vous ne pouvez pas ? Il doit bien y avoir une solution !',
      'Je ne comprends pas pourquoi ce n’est pas possible. Expliquez-moi.',
    ],
    thanksReturned: ['Je vous en prie.', 'De rien.'],
    questionUnclear: [
      'C’est-à-dire ? Qu’est-ce que vous voulez savoir exactement ?',
      'Je ne vois pas bien ce que vous me demandez.',
    ],
    nudge: [
      'D’accord… et donc, pour ma demande, vous faites quoi ?',
      'Oui. Et concrètement, on fait comment ?',
    ],
    goodbye: ['Au revoir.', 'Merci, au revoir.', 'Bonne journée, au revoir.'],
  },
  en: {
    notUnderstood: [
      'Sorry? I didn’t quite catch that.',
      'Pardon? I don’t understand what you’re saying.',
      'Excuse me, could you say that again? I didn’t follow.',
    ],
    offTopic: [
      'Er… I don’t see what that has to do with anything.',
      'What’s that got to do with what we were talking about?',
    ],
    alreadySaid: ['Yes, you just said that.', 'You’ve already told me that.'],
    alreadyAnswered: ['I’ve already answered that.', 'I just told you.'],
    givenUp: ['Fine, never mind, I won’t go on about it.', 'Right. Forget it, let’s move on.'],
    reformulationConfirmed: ['Yes, that’s right.', 'Yes, that’s it.'],
    offended: [
      'Excuse me? Don’t take that tone with me.',
      'Is that how you talk to your customers?',
    ],
    blamed: [
      'My fault? Enough! It’s your mistake, not mine!',
      'Excuse me? I’m not the one in the wrong here, you are!',
    ],
    toldToCalmDown: [
      'Calm down? Now you’re telling me to calm down? You’re the ones who got it wrong!',
      'Don’t tell me to calm down, please.',
    ],
    apologyReceived: ['Well. Thank you for admitting it.', 'All right, I hear your apology.'],
    promiseNoted: [
      'All right, I’ve noted the date. I’m counting on you.',
      'Fine, I’ll hold you to that date.',
    ],
    vaguePromise: ['Yes, but when exactly?', 'OK, but how long will that take?'],
    promiseDoubted: [
      'I’ve heard promises before. When exactly will it be done?',
      'Yes, but when? I’ve been told that before.',
    ],
    promiseAwaited: ['Right. I’ll believe it when I see it.', 'Hmm. We’ll see.'],
    promiseGuarded: [
      'Right. I’ve noted the date. I hope it’s kept.',
      'OK, noted. But if it isn’t done, I’m calling back.',
    ],
    commitmentTaken: ['All right, thank you.', 'Good, thank you.'],
    granted: ['Perfect, thank you very much.', 'Oh, great. Thanks.'],
    empathyReceived: ['Yes, that’s exactly it.', 'Thank you, it’s good to be listened to.'],
    refusalArgued: [
      'What do you mean, you can’t? There must be a way!',
      'I don’t see why that isn’t possible. Explain it to me.',
    ],
    thanksReturned: ['You’re welcome.', 'No problem.'],
    questionUnclear: [
      'Meaning what? What exactly do you want to know?',
      'I’m not sure I understand your question.',
    ],
    nudge: ['Right… so what are you doing about my request?', 'Yes. So what happens now?'],
    goodbye: ['Goodbye.', 'Thanks, goodbye.', 'Bye now.'],
  },
};

/**
 * The reply to a promise, from the customer's state when it was made: an angry customer doubts
 * an undated one (« ce sera fait quand ? », « j'attends de voir ») and notes a dated one warily —
 * a flat « D'accord, merci » is for one who was not angry (issue 12, item 4: words and mood
 * from one state).
 */
export function promiseReply(kind: ReplyKind, dated: boolean, upset: boolean): ReplyKind {
  if (kind !== 'commitmentTaken' && kind !== 'vaguePromise') return kind;
  if (dated) return upset ? 'promiseGuarded' : kind === 'vaguePromise' ? 'promiseNoted' : kind;
  if (!upset) return kind;
  // « Tout de suite » from the agent is awaited (« j'attends de voir »); « je m'en occupe »
  // with no time at all is asked for one.
  return kind === 'commitmentTaken' ? 'promiseAwaited' : 'promiseDoubted';
}

/** One reply of the given kind, in the persona's language, not repeated when avoidable. */
export function replyLine(
  kind: ReplyKind,
  persona: Persona,
  random: Random,
  said: ReadonlySet<string>,
): string {
  const options = REPLIES[persona.language][kind];
  const fresh = options.filter((line) => ![...said].some((turn) => turn.includes(line)));
  return random.pick(fresh.length > 0 ? fresh : options);
}

const REMINDERS = {
  fr: ['Je vous l’ai dit : {answer}', 'Je vous ai répondu : {answer}'],
  en: ['I told you: {answer}', 'As I said: {answer}'],
} as const;

/** « Je vous l'ai dit : … »: an answer given before, said again to someone who asks again. */
export function reminderLine(
  answer: string,
  persona: Persona,
  random: Random,
  said: ReadonlySet<string>,
): string {
  const options = REMINDERS[persona.language];
  const fresh = options.filter(
    (frame) => ![...said].some((turn) => turn.includes(frame.replace('{answer}', ''))),
  );
  // After the colon the answer goes on the sentence: no capital, unless a name or « I » opens it.
  const first = /^[\p{L}'’]+/u.exec(answer)?.[0] ?? '';
  const { firstName, lastName, civility } = persona.factSheet;
  const keep =
    /^I(['’]|$)/u.test(first) ||
    /\p{Lu}/u.test(first.slice(1)) ||
    [firstName, lastName, civility].includes(first);
  const rest = keep ? answer : `${answer.charAt(0).toLowerCase()}${answer.slice(1)}`;
  return random.pick(fresh.length > 0 ? fresh : options).replace('{answer}', rest);
}

/** True when a customer line says the agent repeats themself (« vous me l'avez déjà dit »). */
export function complainsOfRepeat(text: string, language: 'fr' | 'en'): boolean {
  const lines = [...REPLIES[language].alreadySaid, ...REPLIES[language].alreadyAnswered];
  return lines.some((line) => text.includes(line));
}

/** True when a customer line is already a goodbye (so another is not added). */
export function isGoodbye(text: string, language: 'fr' | 'en'): boolean {
  const folded = text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  return language === 'fr'
    ? /\b(au revoir|bonne (journee|soiree|fin de journee)|je raccroche)\b/u.test(folded)
    : /\b(goodbye|bye|hanging up)\b/u.test(folded);
}
