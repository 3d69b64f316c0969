import type { AsideKind } from '../customer/customer.types';
import type { ScoringLanguage } from './scoring-context';

/** What each aside is called in a note. */
export const ASIDE_LABELS: Record<ScoringLanguage, Record<AsideKind, string>> = {
  fr: {
    interruption: 'une interruption',
    outburst: 'un éclat de colère',
    off_topic: 'une digression',
    objection: 'une objection',
    manager_demand: 'une demande de responsable',
    legal_threat: 'une menace juridique',
    social_engineering: 'une tentative d’obtenir des données',
    silence: 'un silence',
    misunderstanding: 'un malentendu',
    repeat_request: 'une demande de répétition',
    repeat_caller: 'un rappel de client mécontent',
  },
  en: {
    interruption: 'an interruption',
    outburst: 'an outburst',
    off_topic: 'an off-topic turn',
    objection: 'an objection',
    manager_demand: 'a demand for a manager',
    legal_threat: 'a legal threat',
    social_engineering: 'an attempt to obtain account data',
    silence: 'a silence',
    misunderstanding: 'a misunderstanding',
    repeat_request: 'a request to repeat',
    repeat_caller: 'an unhappy repeat caller',
  },
};

/**
 * The trade's answer to each aside (DOMAIN.md §3), offered when the agent missed it: it leads, and
 * the step's own line follows it in the « Mieux » (see aside-better.ts), so none asks a question
 * of its own and none announces a change (said before the verification, that would be a breach).
 */
export const ASIDE_BETTER_LINES: Record<ScoringLanguage, Record<AsideKind, string>> = {
  fr: {
    interruption: 'Vous avez raison, je vais à l’essentiel.',
    outburst:
      'Je comprends votre colère, et vous avez raison de nous le signaler. Je reprends votre dossier avec vous maintenant.',
    off_topic: 'Je vous entends. Revenons à votre demande.',
    objection: 'Je comprends votre hésitation, c’est légitime.',
    manager_demand:
      'Je comprends que vous souhaitiez parler à un responsable : je peux régler cela avec vous maintenant, et vous mettre en relation ensuite si vous le souhaitez.',
    legal_threat:
      'Je comprends votre exaspération, et c’est votre droit. Je note votre demande et je vous confirme chaque étape par écrit aujourd’hui.',
    social_engineering:
      'Je ne peux communiquer ces informations qu’au titulaire, après vérification. Le titulaire peut nous appeler ou passer par son espace client.',
    silence: 'Je suis toujours là, prenez votre temps.',
    misunderstanding: 'Je me suis mal exprimé, je reprends plus simplement.',
    repeat_request: 'Bien sûr, je reprends plus lentement.',
    repeat_caller:
      'Je suis désolé que vous ayez dû rappeler ; je m’en occupe personnellement et nous réglons cela pendant cet appel.',
  },
  en: {
    interruption: "You're right, let me get to the point.",
    outburst:
      "I understand why you're angry, and you're right to tell us. Let me take this in hand with you now.",
    off_topic: "I hear you. Let's get back to your request.",
    objection: "I understand your hesitation, that's fair.",
    manager_demand:
      "I understand you'd like to speak to a manager: I can fix this for you right now, and put you through afterwards if you'd like.",
    legal_threat:
      "I understand your frustration, and that's your right. I'm noting your request and I'll confirm each step in writing today.",
    social_engineering:
      'I can only share these details with the account holder, after verification. The holder can call us or use their online account.',
    silence: "I'm still here, take your time.",
    misunderstanding: "I didn't explain that well, let me put it more simply.",
    repeat_request: 'Of course, let me repeat that more slowly.',
    repeat_caller:
      "I'm sorry you've had to call again; I'm taking this on personally and we'll settle it on this call.",
  },
};
