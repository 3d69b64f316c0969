import type { LexiconEntry } from './tone-lexicon.types';

// The trade-wide French list (DOMAIN.md §2), encoded once; a brand guide adds its own on top.
// Each entry names every flag it raises: "c'est votre faute" is both a banned phrase and blame.
const ACK = 'avec plaisir · je vous en prie · bien sûr';
const NAME_EMOTION = "nommez l'émotion et validez-la : « je comprends votre agacement »";
const OWN = 'je m’en occupe, je transmets et je vous confirme';
const FACTS = 'voici ce que je constate';
const CAN_DO = 'voici ce que je peux faire … (proposez deux options)';
const PRECISE = 'une date ou une heure précise';
const AFFIRM = 'une formulation affirmative, avec les faits';

export const FR_LEXICON: LexiconEntry[] = [
  {
    pattern: 'pas de|un|du (petit) problème|problèmes|souci|soucis',
    flags: ['banned_phrase'],
    suggestion: ACK,
  },
  { pattern: '^ aucun problème|souci', flags: ['banned_phrase'], suggestion: ACK },
  {
    pattern: 'je (ne) sais pas|rien',
    flags: ['banned_phrase'],
    suggestion: 'je vérifie et je reviens vers vous à une heure précise',
  },
  {
    pattern: "je n'en sais rien",
    flags: ['banned_phrase'],
    suggestion: 'je vérifie et je reviens vers vous à une heure précise',
  },
  { pattern: 'calmez|calme vous|toi', flags: ['banned_phrase'], suggestion: NAME_EMOTION },
  { pattern: 'ne criez pas', flags: ['banned_phrase'], suggestion: NAME_EMOTION },
  {
    pattern: '(ce) (ne) est pas grave',
    flags: ['banned_phrase'],
    suggestion: 'reconnaissez la gêne réelle',
  },
  {
    pattern: 'pas la peine de vous|t énerver|enerver|fâcher|emporter',
    flags: ['banned_phrase'],
    suggestion: 'reconnaissez la gêne réelle',
  },
  {
    pattern: '(ce) (ne) est pas moi',
    flags: ['banned_phrase', 'ownership_refusal'],
    suggestion: OWN,
  },
  {
    // "Ce n'est pas (de) ma faute": the same refusal of ownership, said about the fault.
    pattern: '(ce) (ne) est pas (de) ma|notre faute',
    flags: ['banned_phrase', 'ownership_refusal'],
    suggestion: OWN,
  },
  {
    pattern: '(ce) (ne) est pas mon|notre service|rôle|travail|boulot|problème|job|ressort',
    flags: ['banned_phrase', 'ownership_refusal'],
    suggestion: OWN,
  },
  { pattern: 'pas de mon|notre ressort', flags: ['ownership_refusal'], suggestion: OWN },
  { pattern: 'ne dépend|depend pas de moi', flags: ['ownership_refusal'], suggestion: OWN },
  { pattern: "je n'y suis pour rien", flags: ['ownership_refusal'], suggestion: OWN },
  { pattern: "je ne m'occupe pas de ça|ca|cela", flags: ['ownership_refusal'], suggestion: OWN },
  {
    pattern: 'voyez|adressez vous … autre service|agence',
    flags: ['ownership_refusal'],
    suggestion: OWN,
  },
  {
    // « vous deviez être prélevé le 5 » states what was planned; only the order is banned.
    pattern: 'vous devez|devrez',
    flags: ['banned_phrase'],
    suggestion: 'pour avancer, la prochaine étape est …',
    raw: /vous (?:devez|devrez)\b/iu,
  },
  {
    pattern: "(c'est) (de) votre faute",
    flags: ['banned_phrase', 'blame'],
    suggestion: FACTS,
    unlessNegated: true,
  },
  {
    pattern: "vous n'avez pas|rien (bien) compris|lu|suivi|écouté",
    flags: ['banned_phrase', 'blame'],
    suggestion: 'je me suis mal exprimé, je reprends',
  },
  { pattern: 'vous avez mal compris|lu|fait|rempli|saisi', flags: ['blame'], suggestion: FACTS },
  { pattern: 'vous auriez dû|du', flags: ['blame'], suggestion: FACTS },
  { pattern: 'vous vous êtes trompé|trompée', flags: ['blame'], suggestion: FACTS },
  { pattern: 'à|a cause de vous', flags: ['blame'], suggestion: FACTS },
  {
    pattern: 'vous exagérez',
    flags: ['banned_phrase', 'blame'],
    suggestion: 'reprenez les faits du dossier',
  },
  {
    pattern: "je vous l'avais (déjà) dit",
    flags: ['banned_phrase', 'blame'],
    suggestion: 'je reprends pour être sûr que nous sommes d’accord',
  },
  {
    pattern: "c'était écrit|marqué|indiqué",
    flags: ['banned_phrase', 'blame'],
    suggestion: 'je reprends pour être sûr que nous sommes d’accord',
  },
  {
    pattern:
      '(mon|ma|mes) collègue|collègues … trompé|trompée|trompés|nul|nuls|incompétent|incompétents',
    flags: ['blame'],
    suggestion: 'décrivez ce qui s’est passé et ce que vous allez faire',
  },
  {
    pattern: 'la faute du|de|au service|collègue|technicien|transporteur|système',
    flags: ['blame'],
    suggestion: 'décrivez ce qui s’est passé et ce que vous allez faire',
  },
  {
    pattern: 'je ne peux rien (faire|pour vous)',
    flags: ['banned_phrase', 'negative_framing'],
    suggestion: CAN_DO,
  },
  {
    pattern: "(c'est|ce est) impossible",
    flags: ['banned_phrase', 'negative_framing'],
    suggestion: CAN_DO,
  },
  { pattern: 'impossible|malheureusement', flags: ['negative_framing'], suggestion: CAN_DO },
  { pattern: '(ce) (ne) est pas possible', flags: ['negative_framing'], suggestion: CAN_DO },
  { pattern: 'on ne peut|fait pas', flags: ['negative_framing'], suggestion: CAN_DO },
  { pattern: 'oui , mais', flags: ['banned_phrase', 'negative_framing'], suggestion: 'oui, et …' },
  { pattern: 'oui mais', flags: ['banned_phrase', 'negative_framing'], suggestion: 'oui, et …' },
  { pattern: 'on verra', flags: ['banned_phrase', 'hedging'], suggestion: PRECISE },
  { pattern: 'dès|des que possible', flags: ['banned_phrase', 'hedging'], suggestion: PRECISE },
  {
    pattern: 'normalement|éventuellement|eventuellement|probablement',
    flags: ['hedging'],
    suggestion: AFFIRM,
  },
  { pattern: 'en principe', flags: ['hedging'], suggestion: AFFIRM },
  { pattern: 'a priori', flags: ['hedging'], suggestion: AFFIRM },
  { pattern: 'peut être', flags: ['hedging'], suggestion: AFFIRM, raw: /peut-[eê]tre/i },
  { pattern: 'peutetre|peutêtre', flags: ['hedging'], suggestion: AFFIRM },
  {
    pattern: 'je vais essayer|tenter',
    flags: ['hedging'],
    suggestion: 'je fais la demande maintenant',
  },
  {
    pattern: "j'essaie|essaye de",
    flags: ['hedging'],
    suggestion: 'je fais la demande maintenant',
  },
  {
    pattern:
      'un|une petit|petite souci|problème|moment|instant|minute|seconde|retard|délai|bug|erreur',
    flags: ['hedging'],
    suggestion: 'nommez-le simplement ; dites combien de temps',
  },
  { pattern: "j'aimerais || je pense que || je crois que", flags: ['hedging'], suggestion: AFFIRM },
  {
    pattern: '^ attendez|attends',
    flags: ['banned_phrase'],
    suggestion: 'puis-je vous mettre en attente deux minutes ?',
  },
  {
    pattern: 'vous patientez ?',
    flags: ['banned_phrase'],
    suggestion: 'puis-je vous mettre en attente deux minutes ?',
  },
  {
    pattern: "c'est pour quoi|quoi ?",
    flags: ['banned_phrase'],
    suggestion: 'en quoi puis-je vous être utile ?',
  },
  {
    pattern: "c'est quoi votre nom|numéro",
    flags: ['banned_phrase'],
    suggestion: 'puis-je avoir votre nom ?',
  },
  {
    pattern: 'bon courage',
    flags: ['banned_phrase'],
    suggestion: 'bonne fin de journée, Madame …',
  },
  {
    pattern:
      'ouais|ouai|ouep|ouaip|yep|cool|nickel|sympa|bref|genre|truc|trucs|machin|bah|ben|mdr|lol|okay|carrément|tkt|wesh|kiffe',
    flags: ['familiar_register'],
    suggestion: 'un mot du registre soutenu (« oui », « d’accord », « bien sûr »)',
  },
  {
    pattern: 'ok|okay|super',
    flags: ['familiar_register'],
    suggestion: 'un mot du registre soutenu (« oui », « d’accord », « bien sûr »)',
  },
  {
    pattern: 'ça|ca marche',
    flags: ['familiar_register'],
    suggestion: 'un mot du registre soutenu (« oui », « d’accord », « bien sûr »)',
  },
  // A familiar greeting or goodbye is replaced by the formal one, not by « oui ».
  { pattern: 'salut|coucou', flags: ['familiar_register'], suggestion: 'bonjour' },
  { pattern: 'bisous', flags: ['familiar_register'], suggestion: 'au revoir' },
  { pattern: "t'inquiète", flags: ['familiar_register'], suggestion: 'soyez rassuré' },
  {
    pattern:
      "je vous rembourse|rembourserai … tout de suite|immédiatement|intégralement|aujourd'hui|demain",
    flags: ['false_promise'],
    suggestion: 'je vérifie ce qui est possible sur votre dossier',
  },
  {
    pattern: 'je vous garantis|promets|assure que',
    flags: ['false_promise'],
    suggestion: 'je vérifie ce qui est possible sur votre dossier',
  },
  {
    pattern: 'garanti|garantie à|a 100',
    flags: ['false_promise'],
    suggestion: 'je vérifie ce qui est possible sur votre dossier',
  },
  {
    pattern: 'ne se reproduira|reproduire plus|jamais',
    flags: ['false_promise'],
    suggestion: 'je fais le nécessaire pour éviter que cela se reproduise',
  },
  {
    pattern: 'aucun risque',
    flags: ['false_promise'],
    suggestion: 'je vérifie ce qui est possible sur votre dossier',
  },
  { pattern: "s'il vous plaît|plait", flags: ['politeness'] },
  {
    pattern:
      'je vous en prie || je vous prie || avec plaisir || volontiers || veuillez || bien sûr|sur',
    flags: ['politeness'],
  },
  { pattern: 'merci|remercie|remercions || excusez moi', flags: ['politeness'] },
  {
    pattern: 'capté|captez || bouge pas || à|a plus || à|a la prochaine',
    flags: ['familiar_register'],
    suggestion:
      'un mot du registre soutenu (« j’ai bien compris », « ne quittez pas », « au revoir »)',
  },
];

/** Judgements of the person that the word list cannot see ("vous êtes nul"). */
export const FR_INSULT_PHRASES: LexiconEntry[] = [
  { pattern: 'pauvre type|con|conne|idiot|idiote|cloche || dégage|dégagez', flags: ['insult'] },
  {
    pattern:
      'vous êtes|es … nul|nulle|nuls|bête|bêtes|incompétent|incompétente|incapable|ridicule|pénible',
    flags: ['insult'],
  },
  { pattern: 'ta gueule || la ferme || fermez la', flags: ['insult'] },
];
