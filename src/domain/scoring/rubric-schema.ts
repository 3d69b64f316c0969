import { z } from 'zod';
import { CRITERIA } from './criteria';
import {
  envelope,
  idSchema,
  labelSchema,
  languageSchema,
  textSchema,
} from '../script/common-schema';

/** Every rule the scorer knows; a rubric must give each one its points and its words. */
export const SCORING_RULE_IDS = [
  // compliance — critical items (DOMAIN.md §4)
  'insult',
  'false_promise',
  'sensitive_data',
  'disclosure_before_verification',
  'recording_notice_missing',
  'outbound_mentions_missing',
  // brand tone — per line (DOMAIN.md §2)
  'banned_phrase',
  'negative_framing',
  'hedging',
  'blame',
  'ownership_refusal',
  'familiar_register',
  'jargon',
  'tutoiement',
  'first_name_only',
  'wrong_civility',
  'commercial_pressure',
  'curt_tone',
  'empathy_missing',
  // brand tone — per call, and bonuses
  'greeting_missing',
  'closing_missing',
  'customer_never_named',
  'customer_named',
  'signature_phrase',
  'hold_unannounced',
  'hold_overrun',
  'hold_no_thanks',
  'hung_up_on_caller',
  'tone_unheard',
  // recovery — per aside (DOMAIN.md §3)
  'aside_ignored',
  'gave_in',
  'recovery_mistake',
  'justifying',
  'slow_return',
  'never_back_on_track',
  'irritation_stays_high',
  'call_lost',
  'cold_transfer',
  // adherence
  'call_not_held',
  'mandatory_step_missed',
  'step_out_of_order',
  'prompter_used',
] as const;
export type ScoringRuleId = (typeof SCORING_RULE_IDS)[number];

const localized = z.strictObject({ fr: textSchema, en: textSchema });

const ruleSchema = z.strictObject({
  criterion: z.enum(CRITERIA),
  points: z
    .number()
    .int()
    .min(-100)
    .max(100)
    .describe('Negative: a deduction; positive: a bonus. Applied once per occurrence.'),
  severity: z.enum(['bonus', 'minor', 'major', 'critical']),
  maxPerCall: z
    .number()
    .int()
    .min(1)
    .max(100)
    .optional()
    .describe('How many occurrences count at most (so one habit cannot sink a call).'),
  label: localized,
  description: localized.describe('Plain words shown before the call: what is judged and why.'),
  better: localized.describe('The better line offered when nothing more specific exists.'),
});

const criterionSchema = z.strictObject({
  weight: z.number().min(0).max(1).describe('Share in the overall score (compliance: 0, a gate).'),
  label: localized,
  description: localized,
});

const bandSchema = z.strictObject({
  min: z.number().min(0).max(100),
  grade: idSchema,
  label: localized,
});

const thresholdsSchema = z.strictObject({
  upsetIrritation: z.number().min(0).max(100).describe('From here the customer needs empathy.'),
  calmIrritation: z.number().min(0).max(100).describe('Under this the customer has calmed down.'),
  calmWithinTurns: z.number().int().min(1).max(20),
  returnWithinTurns: z.number().int().min(1).max(20).describe('Agent turns to handle an aside.'),
  recoveryMultiplier: z.number().min(1).max(5).describe('Words during an aside cost this more.'),
  openingTurns: z.number().int().min(1).max(10).describe('Turns that count as the opening.'),
});

const ruleOverrideSchema = z.strictObject({
  points: ruleSchema.shape.points.optional(),
  severity: ruleSchema.shape.severity.optional(),
  maxPerCall: ruleSchema.shape.maxPerCall,
});

/** Changes to a rubric for one script: weights, rule points, thresholds. */
export const rubricOverrideSchema = z.strictObject({
  criteria: z
    .partialRecord(z.enum(CRITERIA), z.strictObject({ weight: criterionSchema.shape.weight }))
    .optional(),
  rules: z.partialRecord(z.enum(SCORING_RULE_IDS), ruleOverrideSchema).optional(),
  thresholds: thresholdsSchema.partial().optional(),
});

/** The published grading grid: no secret rules (issue 6). */
export const rubricSchema = z
  .strictObject({
    ...envelope('rubric'),
    id: idSchema,
    version: z.string().regex(/^\d+\.\d+\.\d+$/),
    language: languageSchema.describe('Language the rubric was written in (texts are bilingual).'),
    title: labelSchema,
    summary: textSchema,
    criteria: z.strictObject({
      compliance: criterionSchema,
      brandTone: criterionSchema,
      recovery: criterionSchema,
      adherence: criterionSchema,
    }),
    rules: z.strictObject(
      Object.fromEntries(SCORING_RULE_IDS.map((id) => [id, ruleSchema])) as Record<
        ScoringRuleId,
        typeof ruleSchema
      >,
    ),
    thresholds: thresholdsSchema,
    grades: z.array(bandSchema).min(1).max(10).describe('Highest band first; the last has min 0.'),
    nonCompliantGrade: bandSchema.describe('Shown instead of any band when compliance fails.'),
    scriptOverrides: z
      .record(idSchema, rubricOverrideSchema)
      .optional()
      .describe('Per script id: what changes for that script.'),
  })
  .superRefine((rubric, context) => {
    // Without a band from 0 some scores would have no grade; without weights, no overall score.
    if (!rubric.grades.some((band) => band.min === 0)) {
      context.addIssue({
        code: 'custom',
        path: ['grades'],
        message: 'One grade band must start at 0 (every score needs a grade).',
      });
    }
    const { brandTone, recovery, adherence } = rubric.criteria;
    if (brandTone.weight + recovery.weight + adherence.weight <= 0) {
      context.addIssue({
        code: 'custom',
        path: ['criteria'],
        message: 'At least one of brandTone, recovery, adherence needs a weight above 0.',
      });
    }
  });

export type Rubric = z.infer<typeof rubricSchema>;
export type RubricRule = z.infer<typeof ruleSchema>;
export type RubricOverride = z.infer<typeof rubricOverrideSchema>;
export type RubricThresholds = z.infer<typeof thresholdsSchema>;
