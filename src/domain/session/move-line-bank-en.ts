import type { MoveId } from '../moves/move-catalogue';

/** Generic English lines per move, in the read-through's three versions (see the French bank). */
export const ENGLISH_MOVE_LINES: Record<MoveId, { good: string; off: string; clumsy: string }> = {
  greet: { good: '{greeting}', off: 'Yeah, hello?', clumsy: 'Erm… hello?' },
  introduce_self: {
    good: 'My name is {agent}.',
    off: 'It’s {agent}, go on.',
    clumsy: 'Erm, I’ll maybe be the one helping you.',
  },
  offer_help: {
    good: 'How can I help you today?',
    off: 'What do you want?',
    clumsy: 'So, erm, what is it about, possibly?',
  },
  verify_identity: {
    good: 'To protect your account, may I have your account number, please?',
    off: 'What’s your name then?',
    clumsy: 'Would you maybe have your account number, if that’s possible?',
  },
  recording_notice: {
    good: 'This call is recorded for training and quality; you may object at any time.',
    off: 'Oh, it’s recorded, no problem.',
    clumsy: 'I think the call is probably recorded.',
  },
  probe_open: {
    good: 'Could you tell me what happened?',
    off: 'So what’s the problem?',
    clumsy: 'There’s a little issue, is there?',
  },
  probe_closed: {
    good: 'On what date did you notice the charge?',
    off: 'You have to give me the date.',
    clumsy: 'It was maybe around what date, roughly?',
  },
  reformulate: {
    good: 'If I understand correctly, {customer}, you were charged twice this month; is that right?',
    off: 'Yes, but basically you didn’t understand your bill?',
    clumsy: 'So, erm, something with the bill, maybe?',
  },
  empathise: {
    good: 'I understand how frustrating it is to find a double charge, {customer}.',
    off: 'Calm down, it’s not a big deal.',
    clumsy: 'I understand, I understand…',
  },
  apologise: {
    good: 'I do apologise for the inconvenience.',
    off: 'It’s not my department.',
    clumsy: 'Well, sorry, these things happen.',
  },
  thank: {
    good: 'Thank you for those details, {customer}.',
    off: 'Cool.',
    clumsy: 'Erm, thanks, I think that’s it.',
  },
  explain: {
    good: 'Here is what I can see on your account: the second charge duplicates the one on the 5th.',
    off: 'It’s your fault, you filled in the form wrong.',
    clumsy: 'Normally it’s maybe the system, I’m not sure.',
  },
  propose: {
    good: 'I can offer you two options: a refund to your account or a credit on your next bill.',
    off: 'There’s nothing I can do.',
    clumsy: 'We could possibly see if something’s doable.',
  },
  argue_benefit: {
    good: 'With this option your payments fall after payday, so you stay in control of your budget.',
    off: 'Honestly, just take it, everyone does.',
    clumsy: 'Maybe the option could sort of interest you.',
  },
  handle_objection: {
    good: 'Yes, and that is exactly why I suggest a trial with no commitment.',
    off: 'Yes, but you’re exaggerating.',
    clumsy: 'Oh, erm, I’ll try to answer that, but…',
  },
  commit: {
    good: 'I’m raising the refund now; you will see it within 5 working days.',
    off: 'We’ll see, as soon as possible.',
    clumsy: 'I’ll try to put the request in, normally.',
  },
  hold_request: {
    good: 'May I put you on hold for two minutes while I check?',
    off: 'Hold on.',
    clumsy: 'Just a little moment.',
  },
  hold_return: {
    good: 'Thank you for waiting, {customer}, I have the answer.',
    off: 'Right, done.',
    clumsy: 'Erm, I’m back, sorry, that was a bit long.',
  },
  transfer: {
    good: 'I’m putting you through to my colleague in billing disputes, and I’ll brief her so you don’t have to repeat yourself.',
    off: 'I’ll transfer you.',
    clumsy: 'I might pass you to someone else, possibly.',
  },
  refuse_politely: {
    good: 'I can’t share these details with a third party; the account holder can call us or use their online account.',
    off: 'No. Not my problem.',
    clumsy: 'Erm, normally I shouldn’t, but…',
  },
  set_limit: {
    good: 'I understand you are angry, but I cannot accept that language; if it continues I will have to end the call.',
    off: 'Stop shouting! Calm down!',
    clumsy: 'Erm, it might be good to speak a bit more quietly…',
  },
  recap: {
    good: 'To recap: the duplicate will be refunded within 5 days and you get an email confirmation today.',
    off: 'Well, I already told you.',
    clumsy: 'So there, normally, it should be more or less sorted.',
  },
  check_satisfaction: {
    good: 'Is there anything else I can help with, {customer}?',
    off: 'We good?',
    clumsy: 'Erm, all good, maybe?',
  },
  close: {
    good: 'Have a lovely afternoon, {customer}. {closing}',
    off: 'Right, good luck with that!',
    clumsy: 'Well, bye then.',
  },
};
