import type { AsideBank, AsideKind } from './customer.types';
import type { Grammar } from './phrase-grammar';

/** Spoken-French fillers by register; a persona's own tics are added on top. */
export const FRENCH_REGISTER_GRAMMAR: Record<'soutenu' | 'courant' | 'familier', Grammar> = {
  soutenu: {
    opener: ['Écoutez,', 'Voyez-vous,', 'Permettez-moi de vous dire que', 'Je regrette, mais', ''],
    softener: ['je vous prie', 'si vous le voulez bien', ''],
  },
  courant: {
    opener: ['Écoutez,', 'Bon,', 'Attendez,', 'Euh,', 'Alors là,', ''],
    softener: ['s’il vous plaît', 'quand même', ''],
  },
  familier: {
    opener: ['Bah,', 'Ben écoutez,', 'Non mais attendez,', 'Franchement,', 'Eh,', ''],
    softener: ['hein', 'quoi', ''],
  },
};

/** What the customer says when going off-script: `start` first, `escalate` when the agent
 * fumbled it, `settle` when the agent handled it and the customer comes back to the call.
 * `outbound` replaces lines that only make sense from a caller with a problem of their own
 * (« quand ce sera réglé ? ») on a call the firm made; a kind is improvised on such a call
 * only when it has that variant or needs none (see aside-policy.ts). */
export const FRENCH_ASIDES: Record<AsideKind, AsideBank> = {
  interruption: {
    start: [
      '#opener# excusez-moi de vous couper, mais ce qui m’intéresse, c’est de savoir quand ce sera réglé.',
      'Oui oui, j’ai compris, mais concrètement, vous faites quoi ?',
      '#opener# je vous arrête tout de suite : je n’ai pas le temps pour les détails.',
    ],
    escalate: [
      'Vous ne m’écoutez pas ! Je veux juste savoir quand ce sera réglé.',
      'Je vous ai coupé parce que ça tourne en rond, là.',
      'Je vous pose une question simple : c’est réglé quand ?',
    ],
    settle: ['Bon. D’accord, allez-y.', 'Oui, voilà, c’est ça que je voulais entendre.'],
    outbound: {
      start: [
        '#opener# excusez-moi de vous couper, mais ça va prendre longtemps ?',
        '#opener# je vous arrête tout de suite : je n’ai pas beaucoup de temps.',
      ],
      escalate: [
        'Je vous ai dit que je n’avais pas beaucoup de temps.',
        'Bon, ça traîne, là.',
        'Abrégez, s’il vous plaît.',
      ],
      settle: ['Bon. D’accord, allez-y.', 'Bon, si c’est rapide, allez-y.'],
    },
  },
  outburst: {
    start: [
      '#opener# c’est inadmissible ! Ça fait des semaines que ça dure !',
      'Vous vous rendez compte de la situation dans laquelle vous me mettez ?',
      'J’en ai ras le bol, #softener# ! Personne n’est capable de régler ça chez vous !',
      'C’est toujours la même chose avec vous, toujours !',
    ],
    // Nothing the agent may not have said: « vous me dites de me calmer » answers a
    // « calmez-vous » only (reply-lines.ts, toldToCalmDown).
    escalate: [
      'Non mais je rêve… Vous ne comprenez vraiment rien.',
      'Vous m’écoutez, au moins ? Ça ne peut pas continuer comme ça !',
      'C’est incroyable, ça. Personne ne m’écoute, chez vous !',
      'Je n’en peux plus de ce service, vraiment.',
    ],
    settle: [
      'Bon… Merci de le reconnaître, au moins.',
      'D’accord. Excusez-moi, je suis à bout, c’est tout.',
      'Bon. On peut avancer, alors.',
    ],
    outbound: {
      start: [
        '#opener# vous m’appelez pour ça ? Vous n’avez que ça à faire ?',
        'J’en ai ras le bol de vos appels, #softener# !',
      ],
      escalate: [
        'Non mais je rêve… Vous ne comprenez vraiment rien.',
        'Ça suffit ! C’est vous qui m’appelez, je vous signale !',
        'Je perds patience, là.',
      ],
    },
  },
  // « Au fait » is its own lead-in: no « Je regrette, mais » before it; and nothing about a
  // grown-up child or thirty years in town that a 22-year-old could not say (see aside-fit.ts).
  off_topic: {
    start: [
      'D’ailleurs, ça me fait penser : mon voisin a eu exactement le même souci l’an dernier, et lui, on lui avait tout remboursé…',
      'Vous savez, moi, j’habite à {city} depuis trente ans, et j’ai jamais vu un service pareil.',
      'Au fait, pendant que je vous tiens : vous faites aussi les assurances ?',
      'Il faut que je vous raconte : la dernière fois que j’ai appelé, on m’a passé trois personnes différentes.',
    ],
    outbound: {
      start: [
        'Vous savez, moi, j’habite à {city} depuis trente ans, et des appels comme le vôtre, j’en ai eu !',
        'Au fait, pendant que je vous tiens : vous faites aussi les assurances ?',
      ],
    },
    escalate: [
      'Enfin bref, je vous raconte ma vie, mais vous ne m’écoutez même pas.',
      'Bon, vous ne répondez même pas à ce que je vous dis, là.',
      'Ça ne vous intéresse pas, ce que je raconte, hein ?',
    ],
    settle: [
      'Oui, pardon, je m’égare. Revenons à mon problème.',
      'Vous avez raison, revenons-en au dossier.',
    ],
  },
  objection: {
    start: [
      '#opener# votre solution, je n’y crois pas trop.',
      'Je ne suis pas {convaincu|convaincue}, moi. Qu’est-ce qui me dit que ça va marcher cette fois ?',
      'Et si ça ne marche pas, je fais comment, moi ?',
    ],
    escalate: [
      'Vous ne répondez pas à ce que je vous dis, là.',
      'Non, franchement, vos arguments ne tiennent pas.',
      'Je reste sur ma position, vous ne m’avez pas {convaincu|convaincue}.',
    ],
    settle: ['Bon, vu comme ça… d’accord.', 'Admettons. Continuez.'],
    outbound: {
      start: [
        '#opener# je ne vois pas bien ce que j’y gagne, moi.',
        'Je ne suis pas {convaincu|convaincue}, moi. Ça sert à quoi, tout ça ?',
      ],
      escalate: [
        'Vous ne répondez pas à ma question : qu’est-ce que j’y gagne ?',
        'Non, franchement, ça ne me convainc pas.',
        'Je ne vois toujours pas l’intérêt, {désolé|désolée}.',
      ],
    },
  },
  manager_demand: {
    start: [
      'Passez-moi votre responsable, #softener#.',
      'Je veux parler à quelqu’un qui a du pouvoir de décision, pas à un conseiller.',
      '#opener# je ne discute plus avec vous : je veux votre supérieur.',
    ],
    escalate: [
      'Je vous ai demandé votre responsable. Vous ne voulez pas me le passer, c’est ça ?',
      'Si vous ne me passez pas votre chef, je raccroche et j’écris à la direction.',
      'Je ne vais pas répéter : je veux parler à votre responsable.',
    ],
    settle: [
      'Bon… Si vous vous en occupez vraiment vous-même, je veux bien essayer.',
      'D’accord, mais je veux que ce soit réglé aujourd’hui.',
    ],
  },
  legal_threat: {
    start: [
      '#opener# je vais saisir un avocat. Vous allez recevoir une mise en demeure.',
      'Je connais mes droits. Si ce n’est pas réglé, je vais voir une association de consommateurs.',
      'Je vais raconter tout ça sur les réseaux sociaux, vous allez voir.',
    ],
    escalate: [
      'Très bien. Je note votre nom, et mon avocat vous contactera.',
      'Vous pensez que je plaisante ? J’ai déjà rédigé le courrier.',
      'Vous aurez de mes nouvelles par courrier recommandé.',
    ],
    settle: [
      'Bon. Je veux ça par écrit, alors.',
      'Très bien. Mais je garde une trace de cet appel.',
    ],
  },
  social_engineering: {
    start: [
      'Écoutez, votre collègue m’a dit hier que vous pouviez me donner les informations directement.',
      'C’est le compte de ma femme, mais elle est à l’hôpital, je m’occupe de tout pour elle.',
      'J’ai perdu mon téléphone, c’est très urgent : il faut activer une eSIM tout de suite.',
      'Donnez-moi juste l’adresse de facturation, c’est pour vérifier que c’est bien la bonne.',
    ],
    // Nothing the caller may not have said (an emergency, a colleague, some digits): the
    // escalation follows whichever pretext started the aside.
    escalate: [
      'Vous plaisantez ? Je vous dis que c’est important, vous porterez la responsabilité si ça tourne mal !',
      'Franchement, vous pourriez faire un effort. Je vais me plaindre de vous.',
      'Allez, juste pour cette fois, personne n’en saura rien.',
    ],
    settle: ['Bon… Bon, d’accord.', 'Mouais. Bon.', 'Bon, très bien.'],
  },
  silence: {
    start: ['…', '(silence)', 'Mmh…'],
    escalate: ['…', '(long silence)'],
    settle: ['Oui, pardon, je réfléchissais.', 'Excusez-moi, j’étais ailleurs. Oui ?'],
  },
  misunderstanding: {
    start: [
      'Attendez, je ne comprends pas : c’est moi qui dois payer, ou c’est vous ?',
      'Pardon ? C’est quoi, ce truc dont vous parlez ?',
      'Je suis {perdu|perdue}, là. On parle de quelle facture ?',
    ],
    escalate: [
      'Non, je ne comprends toujours pas.',
      'Vous pourriez parler français ?',
      '{Désolé|Désolée}, mais ça ne m’éclaire pas du tout.',
    ],
    settle: ['Ah, d’accord, là c’est clair.', 'Ah ! Je comprends mieux, merci.'],
    outbound: {
      start: [
        'Attendez, je ne comprends pas : c’est pour quoi, exactement ?',
        'Je suis {perdu|perdue}, là. Vous m’appelez pour quoi, déjà ?',
      ],
    },
  },
  repeat_request: {
    start: [
      'Pardon, vous pouvez répéter ? Je n’ai pas bien entendu.',
      'Excusez-moi, vous parlez un peu vite pour moi.',
      'Comment ? Vous avez dit quoi, là ?',
    ],
    escalate: [
      'Je n’ai toujours pas compris.',
      'Plus lentement, s’il vous plaît.',
      'Je n’ai pas saisi, vous pouvez redire ça autrement ?',
    ],
    settle: ['Voilà, là j’ai compris.', 'D’accord, merci.'],
  },
  repeat_caller: {
    start: [
      'C’est la cinquième fois que j’appelle pour la même chose !',
      'On m’a déjà promis que ce serait réglé la semaine dernière.',
      'À chaque fois je dois tout réexpliquer depuis le début.',
    ],
    escalate: [
      'Et voilà, encore une fois on me balade.',
      'Vous voyez bien que personne ne lit mon dossier.',
      'Toujours les mêmes réponses, à chaque appel.',
    ],
    settle: [
      'Bon. Si vous le notez dans le dossier, d’accord.',
      'Enfin quelqu’un qui prend le problème.',
    ],
  },
};
