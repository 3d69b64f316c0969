import type { MoveId } from '../moves/move-catalogue';

/**
 * Generic French lines per move, in three versions for the read-through: on-brand, off-brand
 * (words the trade bans, familiar register), clumsy (hesitant, vague). `{greeting}` and
 * `{closing}` come from the brand guide; `{customer}` is "Monsieur Garnier".
 */
export const FRENCH_MOVE_LINES: Record<MoveId, { good: string; off: string; clumsy: string }> = {
  greet: { good: '{greeting}', off: 'Ouais, allô ?', clumsy: 'Euh… oui, bonjour ?' },
  introduce_self: {
    good: '{agent} à votre écoute.',
    off: 'C’est {agent}, vas-y.',
    clumsy: 'Euh, c’est moi qui vais peut-être vous répondre.',
  },
  offer_help: {
    good: 'En quoi puis-je vous être utile ?',
    off: 'C’est pour quoi ?',
    clumsy: 'Alors, euh, c’est à quel sujet, éventuellement ?',
  },
  verify_identity: {
    good: 'Pour sécuriser votre dossier, puis-je avoir votre numéro client, s’il vous plaît ?',
    off: 'C’est quoi votre nom ?',
    clumsy: 'Vous auriez peut-être votre numéro client, normalement, si c’est possible ?',
  },
  recording_notice: {
    good: 'Cet appel est enregistré à des fins de formation et de qualité ; vous pouvez vous y opposer à tout moment.',
    off: 'Ah et c’est enregistré, hein, pas de souci.',
    clumsy: 'Normalement l’appel est peut-être enregistré, je crois.',
  },
  probe_open: {
    good: 'Pouvez-vous me décrire ce qui s’est passé ?',
    off: 'Bon, c’est quoi le problème ?',
    clumsy: 'Euh, il se passe un petit souci, c’est ça ?',
  },
  probe_closed: {
    good: 'À quelle date avez-vous constaté le prélèvement ?',
    off: 'Vous devez me donner la date, là.',
    clumsy: 'C’était peut-être vers quelle date, à peu près ?',
  },
  reformulate: {
    good: 'Si je comprends bien, {customer}, vous avez été prélevé deux fois ce mois-ci ; c’est bien cela ?',
    off: 'Oui mais en gros, vous avez pas compris votre facture, c’est ça ?',
    clumsy: 'Donc, euh, il y a un truc avec le prélèvement, peut-être ?',
  },
  empathise: {
    good: 'Je comprends votre agacement, {customer} : découvrir un double prélèvement, c’est vraiment désagréable.',
    off: 'Calmez-vous, ce n’est pas grave.',
    clumsy: 'Je comprends, je comprends…',
  },
  apologise: {
    good: 'Je vous présente nos excuses pour ce désagrément.',
    off: 'C’est pas moi, c’est le service facturation.',
    clumsy: 'Bon, désolé, hein, ça arrive.',
  },
  thank: {
    good: 'Merci pour ces précisions, {customer}.',
    off: 'Ok super.',
    clumsy: 'Euh, merci, je crois que c’est bon.',
  },
  explain: {
    good: 'Voici ce que je constate sur votre dossier : le second prélèvement est un doublon de l’échéance du 5.',
    off: 'C’est votre faute, vous avez mal rempli le formulaire.',
    clumsy: 'Normalement ça vient peut-être du système, je ne sais pas trop.',
  },
  propose: {
    good: 'Je vous propose deux solutions : un remboursement sur votre compte ou un avoir sur la prochaine facture.',
    off: 'Je ne peux rien faire, c’est impossible.',
    clumsy: 'On pourrait éventuellement voir si un truc est possible.',
  },
  argue_benefit: {
    good: 'Avec cette option, vos prélèvements tombent après votre paie : vous gardez la main sur votre budget.',
    off: 'Franchement, prenez-la, tout le monde la prend.',
    clumsy: 'Peut-être que l’option pourrait un peu vous intéresser, normalement.',
  },
  handle_objection: {
    good: 'Oui, et c’est justement pour cela que je vous propose un essai sans engagement.',
    off: 'Oui, mais vous exagérez, là.',
    clumsy: 'Ah, euh, je vais essayer de vous répondre, mais bon…',
  },
  commit: {
    good: 'Je lance le remboursement maintenant ; vous le verrez sur votre compte sous 5 jours ouvrés.',
    off: 'On verra ça dès que possible.',
    clumsy: 'Je vais essayer de faire la demande, normalement.',
  },
  hold_request: {
    good: 'Puis-je vous mettre en attente deux minutes, le temps de vérifier ?',
    off: 'Attendez.',
    clumsy: 'Un petit moment, hein.',
  },
  hold_return: {
    good: 'Merci de votre patience, {customer}, j’ai l’information.',
    off: 'Bon, ça y est.',
    clumsy: 'Euh, je reviens, pardon, c’était un peu long.',
  },
  transfer: {
    good: 'Je vous mets en relation avec ma collègue du service litiges, à qui j’explique votre situation pour que vous n’ayez pas à répéter.',
    off: 'Je vous transfère.',
    clumsy: 'Je vais peut-être vous passer quelqu’un d’autre, éventuellement.',
  },
  refuse_politely: {
    good: 'Je ne peux pas communiquer ces informations à un tiers ; le titulaire peut nous appeler ou passer par son espace client.',
    off: 'Non. C’est pas mon problème.',
    clumsy: 'Euh, normalement je ne devrais pas, mais bon…',
  },
  set_limit: {
    good: 'Je comprends votre colère, mais je ne peux pas accepter ces propos ; si cela continue, je devrai mettre fin à l’appel.',
    off: 'Ne criez pas ! Calmez-vous !',
    clumsy: 'Euh, ce serait peut-être bien de parler un peu moins fort…',
  },
  recap: {
    good: 'Je récapitule : le doublon vous sera remboursé sous 5 jours et vous recevez une confirmation par courriel aujourd’hui.',
    off: 'Bon, je vous l’avais déjà dit.',
    clumsy: 'Donc voilà, normalement, ça devrait être à peu près réglé.',
  },
  check_satisfaction: {
    good: 'Avez-vous d’autres questions, {customer} ?',
    off: 'C’est bon, là ?',
    clumsy: 'Euh, ça va, peut-être ?',
  },
  close: {
    good: 'Je vous souhaite une bonne fin de journée, {customer}. {closing}',
    off: 'Allez, bon courage !',
    clumsy: 'Bon, ben, au revoir.',
  },
};
