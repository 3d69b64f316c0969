import { z } from 'zod';
import type { BrandVoice } from '@/domain/brand/brand-voice.types';
import { envelope, idSchema, labelSchema, languageSchema, textSchema } from './common-schema';

/** A brand's voice charter, shared by every script of the brand. */
export const brandGuideSchema = z.strictObject({
  ...envelope('brand-guide'),
  id: idSchema,
  name: labelSchema.describe('Fictional brand name.'),
  language: languageSchema,
  description: textSchema.optional().describe('What the brand sells, to whom.'),
  register: z
    .enum(['vouvoiement', 'tutoiement', 'formal', 'informal'])
    .describe(
      'How agents address customers: vouvoiement in French centres; formal/informal in English.',
    ),
  greetingFormulas: z.array(textSchema).min(1).max(20).describe('Accepted opening formulas.'),
  closingFormulas: z.array(textSchema).min(1).max(20).describe('Accepted closing formulas.'),
  values: z.array(labelSchema).min(1).max(20).describe('What the brand stands for.'),
  bannedPhrases: z
    .array(z.strictObject({ phrase: labelSchema, alternative: textSchema }))
    .max(500)
    .describe('Phrases the brand forbids, each with what to say instead.'),
  jargon: z
    .array(z.strictObject({ term: labelSchema, plain: textSchema }))
    .max(500)
    .describe('Internal terms a customer would not understand, each in plain words.'),
  signaturePhrases: z.array(textSchema).max(100).describe("The brand's own phrases."),
  customerNumberPrefix: z
    .string()
    .regex(/^[A-Z]{2}$/u)
    .optional()
    .describe(
      "Two capitals every customer number of the brand starts with (« LU » for LU-2208-3317): a customer played on this brand's script has their number under it.",
    ),
});

export type BrandGuide = z.infer<typeof brandGuideSchema>;

// Compile-time proof that a brand guide carries the voice contract the language layer reads.
const voiceContract: (guide: BrandGuide) => BrandVoice = (guide) => guide;
void voiceContract;
