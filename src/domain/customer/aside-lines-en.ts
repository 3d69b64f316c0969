import type { AsideBank, AsideKind } from './customer.types';
import type { Grammar } from './phrase-grammar';

/** Spoken-English fillers by register; a persona's own tics are added on top. */
export const ENGLISH_REGISTER_GRAMMAR: Record<'soutenu' | 'courant' | 'familier', Grammar> = {
  soutenu: {
    opener: ['I must say,', 'Forgive me, but', 'With respect,', ''],
    softener: ['please', ''],
  },
  courant: {
    opener: ['Look,', 'Right,', 'Hang on,', 'Sorry, but', ''],
    softener: ['please', 'honestly', ''],
  },
  familier: {
    opener: ['Oh come on,', 'Mate,', 'Seriously,', 'Look,', ''],
    softener: ['yeah', 'alright', ''],
  },
};

/** English asides, same shape as the French bank. */
export const ENGLISH_ASIDES: Record<AsideKind, AsideBank> = {
  interruption: {
    start: [
      '#opener# sorry to cut in, but I just need to know when this will be sorted.',
      'Yes, yes, I get it, but what are you actually going to do?',
    ],
    escalate: [
      'You’re not listening. I just want to know when it’ll be sorted.',
      'We are going round in circles here.',
      'It’s a simple question: when will it be sorted?',
    ],
    settle: ['Fine. Go on.', 'Right, that is what I wanted to hear.'],
    outbound: {
      start: [
        '#opener# sorry to cut in, but is this going to take long?',
        '#opener# let me stop you there: I haven’t got much time.',
      ],
      escalate: [
        'I told you I haven’t got much time.',
        'Come on, this is dragging on.',
        'Keep it short, please.',
      ],
      settle: ['Fine. Go on.', 'Fine, if it’s quick, go ahead.'],
    },
  },
  outburst: {
    start: [
      '#opener# this is completely unacceptable! It has been going on for weeks!',
      'Do you have any idea what a mess you have put me in?',
      'I am fed up, #softener#! Nobody at your company can fix anything!',
    ],
    // Nothing the agent may not have said (« telling me to calm down » answers that only).
    escalate: [
      'Unbelievable. You really don’t get it.',
      'Are you even listening? This can’t go on!',
      'I’m sick and tired of this service, honestly.',
    ],
    settle: [
      'Well… thank you for admitting it, at least.',
      'OK. Sorry, I am just at the end of my rope.',
    ],
    outbound: {
      start: [
        '#opener# you’re ringing me for this? Haven’t you got anything better to do?',
        'I’m sick of these calls, #softener#!',
      ],
      escalate: [
        'Unbelievable. You really do not get it.',
        'Enough! You rang me, remember?',
        'I’m losing my patience here.',
      ],
    },
  },
  // « By the way » is its own lead-in: no « Sorry, but » before it (see aside-fit.ts too).
  off_topic: {
    start: [
      'Funny thing, my neighbour in {city} had the exact same issue last year and they refunded him everything…',
      'By the way, while I have you: do you do home insurance too?',
    ],
    outbound: {
      start: [
        'You know, I’ve lived in {city} thirty years, and I’ve had plenty of calls like yours!',
        'By the way, while I have you: do you do home insurance too?',
      ],
    },
    escalate: [
      'Anyway, you are not even listening to me.',
      'You haven’t said a word about what I just told you.',
      'You’re not interested in what I’m saying, are you?',
    ],
    settle: ['Sorry, I am rambling. Back to my problem.', 'You are right, let us get back to it.'],
  },
  objection: {
    start: [
      '#opener# I’m not sure your fix is going to work.',
      'I am not convinced. Why would it work this time?',
    ],
    escalate: [
      'You’re not answering what I’m telling you.',
      'No, honestly, that does not hold up.',
      'I’m sticking to my view, you haven’t convinced me.',
    ],
    settle: ['Well, put like that… fine.', 'Alright. Go on.'],
    outbound: {
      start: [
        '#opener# I don’t really see what’s in it for me.',
        'I’m not convinced. What’s the point?',
      ],
      escalate: [
        'You’re not answering me: what’s in it for me?',
        'No, honestly, that doesn’t convince me.',
        'I still don’t see the point, sorry.',
      ],
    },
  },
  manager_demand: {
    start: [
      'Put me through to your manager, #softener#.',
      'I want to speak to someone who can actually decide things.',
    ],
    escalate: [
      'I asked for your manager. You will not put me through, is that it?',
      'If you do not get your manager, I am hanging up and writing to head office.',
      'I won’t say it again: I want to speak to your manager.',
    ],
    settle: [
      'Fine… if you really are handling it yourself, I will give it a go.',
      'OK, but I want it sorted today.',
    ],
  },
  legal_threat: {
    start: [
      '#opener# I am going to a solicitor about this.',
      'I know my rights. I will take this to the ombudsman.',
      'I am putting all of this on social media.',
    ],
    escalate: [
      'Right. I am writing down your name for my solicitor.',
      'You think I am joking? The letter is already written.',
      'You’ll be hearing from me in writing.',
    ],
    settle: [
      'Fine. I want that in writing, then.',
      'Alright. But I am keeping a record of this call.',
    ],
  },
  social_engineering: {
    start: [
      'Your colleague told me yesterday you could just give me the details.',
      'It is my wife’s account, but she is in hospital, so I am handling everything for her.',
      'I have lost my phone, it is urgent: you need to activate an eSIM right now.',
    ],
    escalate: [
      'Are you kidding? I’m telling you it matters, it’ll be on you if something happens!',
      'Just this once, nobody will know.',
      'Come on, it’s only a small favour.',
    ],
    settle: ['Fine… fine.', 'Hmm. Right.', 'OK, very well.'],
  },
  silence: {
    start: ['…', '(silence)'],
    escalate: ['…', '(long silence)'],
    settle: ['Sorry, I was thinking.', 'Sorry, I was miles away. Yes?'],
  },
  misunderstanding: {
    start: [
      'Hang on, I don’t follow: am I paying, or are you?',
      'Sorry? What is that thing you are talking about?',
    ],
    escalate: [
      'No, I still don’t understand.',
      'Could you say that in plain English?',
      'Sorry, that doesn’t make it any clearer.',
    ],
    settle: ['Ah, right, that is clear now.', 'Oh! That makes sense, thanks.'],
    outbound: {
      start: [
        'Hang on, I don’t follow: what’s this about, exactly?',
        'Sorry, I’m lost. Why are you calling me again?',
      ],
    },
  },
  repeat_request: {
    start: [
      'Sorry, could you repeat that? I did not catch it.',
      'You are speaking a bit fast for me.',
    ],
    escalate: [
      'I still did not get that.',
      'Slower, please.',
      'I didn’t catch that, could you put it another way?',
    ],
    settle: ['There, I got it now.', 'Right, thank you.'],
  },
  repeat_caller: {
    start: [
      'This is the fifth time I have called about this!',
      'I was promised last week it would be fixed.',
    ],
    escalate: [
      'Here we go again, I am being fobbed off.',
      'Clearly nobody reads my file.',
      'Same answers every time I call.',
    ],
    settle: ['Fine. If you put it on my file, OK.', 'Finally someone is taking it on.'],
  },
};
