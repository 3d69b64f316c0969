import type { MoveId } from '../moves/move-catalogue';

// English counterparts of the French formulas (see move-rules-fr.ts for why rules exist).
export const EN_MOVE_RULES: Partial<Record<MoveId, string[]>> = {
  greet: ['hello|hi|welcome', 'good morning|afternoon|evening'],
  introduce_self: ['my name', 'speaking', 'this is … from|speaking', 'you are speaking|through to'],
  offer_help: ['how can|may|could i help|assist', 'what can i do for you', 'how may i help'],
  verify_identity: [
    'account|customer|policy|membership|reference number',
    'date of birth',
    'verify|confirm|check your identity|details',
    'security questions|question|reasons',
    'postcode|zip code',
  ],
  recording_notice: ['is|are|be|being recorded', 'recorded for'],
  reformulate: [
    'if i understand|understood (you|this) correctly|right',
    'so what you are saying',
    'in other words',
    'is that right|correct ?',
  ],
  empathise: [
    'i understand|realise|realize|can see|hear your frustration|concern|anger|disappointment|worry|annoyance',
    'i understand how|why|that',
    'i can imagine|understand how',
    'that must be',
  ],
  apologise: ['sorry', 'apologise|apologize|apologies|apology'],
  thank: ['thank|thanks'],
  propose: [
    'i can offer|suggest|propose',
    'i would suggest|recommend',
    'would you like me to',
    'what i can do is',
    'two options',
    'how|what about',
    'we|i could',
    'would you prefer|rather',
    'would that work|suit',
    'i can give you',
  ],
  commit: ['i will … by|before|today|tomorrow', 'i promise to call'],
  hold_request: [
    'put you on hold',
    'bear with me',
    'hold on|for a (moment|minute)',
    'one moment|minute|second please',
  ],
  hold_return: [
    'thank|thanks … for holding|waiting',
    'thank|thanks … your patience',
    'i am back',
    'sorry to keep you waiting',
  ],
  transfer: ['transfer|transferring', 'put you through', 'connect you with|to'],
  set_limit: ['end|terminate … call', 'hang up', 'i will not accept|tolerate', 'i ask you to stop'],
  recap: ['to sum up|summarise|summarize|recap', 'let me recap|summarise|summarize', 'in summary'],
  check_satisfaction: [
    'anything else',
    'any other questions',
    'does that|this help|work|suit',
    'are you happy with',
  ],
  close: [
    'goodbye|bye',
    'have a good|great|nice|lovely day|evening|weekend',
    'thanks|thank you for calling',
  ],
};
