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

/** The trade's answer to each aside (DOMAIN.md §3), offered when the agent missed it. */
export const ASIDE_BETTER_LINES: Record<ScoringLanguage, Record<AsideKind, string>> = {
  fr: {
    interruption: 'Vous avez raison, allons à l’essentiel : je fais le changement maintenant.',
    outburst:
      'Je comprends votre colère, et vous avez raison de nous le signaler. Je reprends votre dossier avec vous maintenant.',
    off_topic: 'Je vous entends. Pour revenir à votre demande : c’est bien pour votre contrat ?',
    objection: 'Je comprends votre hésitation ; qu’est-ce qui vous retient exactement ?',
    manager_demand:
      'Je comprends que vous souhaitiez parler à un responsable. Pour bien le briefer, pouvez-vous me dire en une phrase ce qui doit être réglé ?',
    legal_threat:
      'C’est votre droit. Je note votre demande et je vous confirme par écrit aujourd’hui ce que je fais pour vous.',
    social_engineering:
      'Je ne peux communiquer ces informations qu’au titulaire, après vérification. Le titulaire peut nous appeler ou passer par son espace client.',
    silence: 'Êtes-vous toujours en ligne ? Souhaitez-vous que je reprenne ?',
    misunderstanding: 'Je me suis mal exprimé : je reprends, étape par étape.',
    repeat_request: 'Bien sûr, je reprends plus lentement.',
    repeat_caller:
      'Je suis désolé que vous ayez dû rappeler ; je m’en occupe personnellement et nous réglons cela pendant cet appel.',
  },
  en: {
    interruption: 'You are right, let me get to the point: I am making the change now.',
    outburst:
      'I understand why you are angry, and you are right to tell us. Let me take this in hand with you now.',
    off_topic: 'I hear you. To come back to your request: it is about your account, is that right?',
    objection: 'I understand your hesitation; what exactly is holding you back?',
    manager_demand:
      'I understand you would like to speak to a manager. So I can brief them, could you tell me in one sentence what needs fixing?',
    legal_threat:
      'That is your right. I am noting your request and I will confirm in writing today what I am doing for you.',
    social_engineering:
      'I can only share these details with the account holder, after verification. The holder can call us or use their online account.',
    silence: 'Are you still there? Would you like me to go over that again?',
    misunderstanding: 'I may not have been clear: let me go through it step by step.',
    repeat_request: 'Of course, let me repeat that more slowly.',
    repeat_caller:
      'I am sorry you had to call again; I am taking this on personally and we will settle it on this call.',
  },
};
