import { z } from 'zod';
import { envelope, idSchema, labelSchema, languageSchema, textSchema } from './common-schema';

/** Customer types taught in French training (DOMAIN.md §5); parameters, not labels. */
export const PERSONA_TYPES = [
  'agressif',
  'presse',
  'recidiviste',
  'bavard',
  'indecis',
  'mefiant',
  'procedurier',
  'fraudeur',
  'je-sais-tout',
  'exigeant',
  'confus',
  'senior',
  'cooperatif',
] as const;

/** A 0..1 dial of the simulated customer's temperament. */
const dial = z.number().min(0).max(1);

const triggerSchema = z.strictObject({
  id: idSchema,
  description: textSchema.describe('What the agent does or says that sets it off.'),
  move: z.string().max(64).optional().describe('Move id from the move catalogue, if any.'),
  phrases: z.array(labelSchema).max(50).optional().describe('Words that set it off.'),
  strength: dial.optional().describe('How strongly mood moves (0..1); default 0.5.'),
});

const factSchema = z.strictObject({ label: labelSchema, value: textSchema });

const isoDateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/u);

const addressSchema = z.strictObject({
  street: labelSchema,
  postalCode: labelSchema,
  city: labelSchema,
});

const civilitySchema = z.enum(['Madame', 'Monsieur', 'Mrs', 'Mr', 'Ms']);

const invoiceSchema = z.strictObject({
  date: isoDateSchema.describe('Issue or debit date, ISO (YYYY-MM-DD).'),
  amount: z.number().min(0).max(100000).describe('In euros (or pounds).'),
  label: labelSchema.optional().describe('What the line says, e.g. "Prélevé deux fois".'),
});

/** What the simulated customer can answer from; all fictional. */
export const factSheetSchema = z.strictObject({
  civility: civilitySchema,
  firstName: labelSchema,
  lastName: labelSchema,
  customerNumber: labelSchema.describe('Fictional customer number, the non-public identifier.'),
  birthYear: z.number().int().min(1900).max(2020).optional(),
  phone: labelSchema.optional(),
  email: labelSchema.optional(),
  address: addressSchema,
  contract: z.strictObject({
    product: labelSchema,
    since: labelSchema.describe('Start date, ISO (YYYY-MM-DD) or month (YYYY-MM).'),
    monthlyPrice: z.number().min(0).max(100000).optional().describe('In euros (or pounds).'),
    commitmentEnd: labelSchema.optional().describe('End of the commitment period, if any.'),
    facts: z.array(factSchema).max(50).describe('Other contract facts (options, incidents).'),
  }),
  history: z.array(textSchema).max(50).optional().describe('Earlier contacts, in order.'),
  securityDetails: z
    .array(factSchema)
    .max(20)
    .optional()
    .describe('Non-public details the agent may check (last invoice amount…).'),
  callDate: isoDateSchema
    .optional()
    .describe('The (fictional) day of the call: appointment and refund dates count from it.'),
  contractNumber: labelSchema.optional().describe('Fictional contract number, shown in the file.'),
  invoices: z
    .array(invoiceSchema)
    .max(24)
    .optional()
    .describe('Recent invoices or debits, newest first, as the customer file lists them.'),
  accountHolder: z
    .strictObject({
      civility: civilitySchema,
      firstName: labelSchema,
      lastName: labelSchema,
      customerNumber: labelSchema,
      phone: labelSchema.optional(),
      email: labelSchema.optional(),
      address: addressSchema.optional(),
      securityDetails: z.array(factSchema).max(20).optional(),
    })
    .optional()
    .describe('The holder of the account the caller asks about, when it is not the caller.'),
  authorNotes: z
    .array(textSchema)
    .max(20)
    .optional()
    .describe(
      'Notes for trainers on the values above (« he calls from a number not on the account »): never shown in the customer file, never said. Keep every value above as the CRM shows it.',
    ),
});

/** A customer character played by the simulation. */
export const personaSchema = z.strictObject({
  ...envelope('persona'),
  id: idSchema,
  name: labelSchema.describe('Display name for trainers, e.g. "Mme Lefèvre, pressée".'),
  language: languageSchema,
  type: z.enum(PERSONA_TYPES),
  secondaryTypes: z.array(z.enum(PERSONA_TYPES)).max(3).optional(),
  summary: textSchema,
  situation: textSchema.describe('Why they call or are called.'),
  goal: textSchema.describe('What they want out of the call.'),
  factSheet: factSheetSchema,
  temperament: z.strictObject({
    patience: dial,
    irritability: dial,
    trust: dial,
    talkativeness: dial,
    interruptionRate: dial,
    improvisation: dial.describe('Propensity to go off-script.'),
  }),
  initialMood: z
    .number()
    .min(-1)
    .max(1)
    .optional()
    .describe('-1 furious … 0 neutral … 1 delighted; default 0.'),
  triggers: z.strictObject({
    calming: z.array(triggerSchema).max(30),
    inflaming: z.array(triggerSchema).max(30),
  }),
  speechStyle: z.strictObject({
    register: z.enum(['soutenu', 'courant', 'familier']),
    pace: z.enum(['slow', 'normal', 'fast']),
    sentenceLength: z.enum(['short', 'medium', 'long']),
    tics: z.array(labelSchema).max(30).describe('Verbal tics and pet phrases.'),
    sampleLines: z.array(textSchema).min(1).max(30).describe('How they sound.'),
  }),
  hiddenIntent: z
    .strictObject({
      goal: textSchema.describe('What they really want (never shown to the agent).'),
      tactics: z.array(textSchema).min(1).max(20),
      knows: z.array(labelSchema).max(20).describe('Facts they can give.'),
      doesNotKnow: z.array(labelSchema).max(20).describe('Facts they cannot give.'),
    })
    .optional()
    .describe('Fraud personas only.'),
});

export type Persona = z.infer<typeof personaSchema>;
export type PersonaType = (typeof PERSONA_TYPES)[number];
