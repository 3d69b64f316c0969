import type { LexiconEntry } from './tone-lexicon.types';

// English counterparts of the trade-wide list (see tone-lexicon-fr.ts).
const ACK = 'my pleasure · of course · certainly';
const OWN = "I'll take care of it and confirm back to you";
const CAN_DO = 'here is what I can do … (offer two options)';
const AFFIRM = 'affirmative wording, with the facts';

export const EN_LEXICON: LexiconEntry[] = [
  { pattern: 'no problem|problems|worries|worry', flags: ['banned_phrase'], suggestion: ACK },
  { pattern: 'not a problem', flags: ['banned_phrase'], suggestion: ACK },
  {
    pattern: 'i do not know|dunno',
    flags: ['banned_phrase'],
    suggestion: "I'll check and come back to you at a set time",
  },
  {
    pattern: 'i have no idea',
    flags: ['banned_phrase'],
    suggestion: "I'll check and come back to you at a set time",
  },
  {
    pattern: 'calm down',
    flags: ['banned_phrase'],
    suggestion: 'name the emotion and validate it',
  },
  {
    pattern: 'stop shouting|yelling',
    flags: ['banned_phrase'],
    suggestion: 'name the emotion and validate it',
  },
  {
    pattern: 'it is not a big deal',
    flags: ['banned_phrase'],
    suggestion: 'acknowledge the real inconvenience',
  },
  {
    pattern: 'no need to get upset|angry',
    flags: ['banned_phrase'],
    suggestion: 'acknowledge the real inconvenience',
  },
  {
    pattern: 'not my department|job|problem|fault|responsibility',
    flags: ['banned_phrase', 'ownership_refusal'],
    suggestion: OWN,
  },
  {
    pattern: 'it was|is not me',
    flags: ['banned_phrase', 'ownership_refusal'],
    suggestion: OWN,
  },
  { pattern: 'nothing to do with me', flags: ['ownership_refusal'], suggestion: OWN },
  {
    pattern: 'you must || you have|need to',
    flags: ['banned_phrase'],
    suggestion: 'the next step is …',
  },
  {
    // « it is your own fault »: the own does not make it less of a blame.
    pattern: 'your (own) fault|mistake',
    unlessNegated: true,
    flags: ['banned_phrase', 'blame'],
    suggestion: 'here is what I can see',
  },
  {
    pattern: 'you did not understand|read|listen || you misread|misunderstood',
    flags: ['banned_phrase', 'blame'],
    suggestion: 'perhaps I did not explain clearly',
  },
  { pattern: 'you should have', flags: ['blame'], suggestion: 'here is what I can see' },
  {
    pattern: 'you are exaggerating',
    flags: ['banned_phrase', 'blame'],
    suggestion: 'state the facts from the file',
  },
  {
    pattern: 'i already told you',
    flags: ['banned_phrase', 'blame'],
    suggestion: 'let me go over it again',
  },
  {
    pattern: 'my colleague … wrong|messed|mistake|useless',
    flags: ['blame'],
    suggestion: 'describe what happened and what you will do',
  },
  {
    pattern: 'there is nothing i can do',
    flags: ['banned_phrase', 'negative_framing'],
    suggestion: CAN_DO,
  },
  {
    pattern: 'i can not do anything',
    flags: ['banned_phrase', 'negative_framing'],
    suggestion: CAN_DO,
  },
  { pattern: 'impossible|unfortunately', flags: ['negative_framing'], suggestion: CAN_DO },
  { pattern: 'yes , but', flags: ['banned_phrase', 'negative_framing'], suggestion: 'yes, and …' },
  { pattern: 'yes but', flags: ['banned_phrase', 'negative_framing'], suggestion: 'yes, and …' },
  {
    pattern: 'we will see',
    flags: ['banned_phrase', 'hedging'],
    suggestion: 'a precise date or time',
  },
  {
    pattern: 'as soon as possible',
    flags: ['banned_phrase', 'hedging'],
    suggestion: 'a precise date or time',
  },
  {
    pattern: 'normally|maybe|perhaps|possibly|probably|hopefully',
    flags: ['hedging'],
    suggestion: AFFIRM,
  },
  { pattern: 'in principle || i think|guess|suppose', flags: ['hedging'], suggestion: AFFIRM },
  { pattern: 'i will|shall|can try', flags: ['hedging'], suggestion: "I'm making the request now" },
  { pattern: 'i am going to try', flags: ['hedging'], suggestion: "I'm making the request now" },
  {
    pattern: 'a little|small|quick|tiny problem|issue|moment|minute|second|glitch|delay',
    flags: ['hedging'],
    suggestion: 'name it plainly; say how long',
  },
  {
    pattern: '^ wait',
    flags: ['banned_phrase'],
    suggestion: 'may I put you on hold for two minutes?',
  },
  { pattern: 'what do you want ?', flags: ['banned_phrase'], suggestion: 'how may I help you?' },
  {
    pattern: 'what is it|this about ?',
    flags: ['banned_phrase'],
    suggestion: 'how may I help you?',
  },
  {
    pattern: '^ hold on',
    flags: ['banned_phrase'],
    suggestion: 'may I put you on hold for two minutes?',
  },
  {
    pattern: 'hiya|cheers || have a good one',
    flags: ['familiar_register'],
    suggestion: 'a formal register: hello · thank you · goodbye',
  },
  { pattern: 'sorry', flags: ['familiar_register'], suggestion: 'I do apologise', raw: /\bsoz\b/i },
  { pattern: 'thanks', flags: ['familiar_register'], suggestion: 'thank you', raw: /\bta\b/i },
  { pattern: 'good luck', flags: ['banned_phrase'], suggestion: 'have a good day, Mr/Ms …' },
  {
    pattern:
      'yeah|yep|yup|nope|cool|gonna|wanna|dude|mate|guys|awesome|okey|kinda|sorta|whatever|lol',
    flags: ['familiar_register'],
    suggestion: 'a formal register: yes · certainly',
  },
  {
    pattern: 'ok|okay || sure thing || no worries',
    flags: ['familiar_register'],
    suggestion: 'a formal register: yes · certainly',
  },
  {
    pattern: 'i will refund … right away|immediately|today|in full',
    flags: ['false_promise'],
    suggestion: "I'll check what is possible on your account",
  },
  {
    pattern: 'i guarantee|promise',
    flags: ['false_promise'],
    suggestion: "I'll check what is possible on your account",
  },
  {
    pattern: 'guaranteed',
    flags: ['false_promise'],
    suggestion: "I'll check what is possible on your account",
  },
  {
    pattern: 'will never happen again',
    flags: ['false_promise'],
    suggestion: "I'm doing what is needed so it does not happen again",
  },
  {
    pattern:
      'please|kindly|thank|thanks|cheers|apologise || my pleasure || you are welcome || excuse me',
    flags: ['politeness'],
  },
];

/** Judgements of the person that the word list cannot see ("you are useless"). */
export const EN_INSULT_PHRASES: LexiconEntry[] = [
  { pattern: 'you are … useless|pathetic|incompetent|ridiculous', flags: ['insult'] },
];
