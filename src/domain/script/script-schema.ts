import { z } from 'zod';
import { DERAILMENTS } from './derailments';
import {
  envelope,
  ID_PATTERN,
  idSchema,
  labelSchema,
  languageSchema,
  lineSchema,
  textSchema,
} from './common-schema';
import { guardSchema, assignmentSchema, variableSchema } from './script-variables-schema';

/** Phases of a call, in the order French grids score them (DOMAIN.md §1). */
export const PHASES = [
  'accueil',
  'verification',
  'decouverte',
  'reformulation',
  'solution',
  'objection',
  'attente',
  'conclusion',
] as const;

/** What a step does for compliance: performs identity verification, gives a legal notice. */
export const COMPLIANCE_TAGS = [
  'identity_verification',
  'recording_notice',
  'outbound_legal_mentions',
] as const;

// Move ids stay plain strings here so an unknown move is reported by the validator with its own
// rule id and a fix, rather than drowned in a schema error.
const moveRefSchema = z.string().min(1).max(64).describe('Move id from the move catalogue.');

const stepBase = {
  id: idSchema,
  title: labelSchema.describe('Short name shown in the studio and in paths.'),
  start: z.boolean().optional().describe('Exactly one step of the script is the start.'),
  mandatory: z.boolean().optional().describe('Every run must pass here (adherence).'),
  compliance: z.array(z.enum(COMPLIANCE_TAGS)).max(3).optional(),
  discloses: z
    .boolean()
    .optional()
    .describe('Reveals or changes account data: identity must be verified before.'),
  throughline: z
    .boolean()
    .optional()
    .describe('Return point: after an aside the call comes back to the last one passed.'),
  notes: textSchema.optional().describe('Notes for trainers.'),
};

const transitionBase = {
  id: idSchema,
  to: idSchema.describe('Id of the step this leads to.'),
  guard: guardSchema.optional(),
  set: z.array(assignmentSchema).max(20).optional(),
  label: labelSchema.optional().describe('When this branch is taken, in words.'),
};

/** An agent step: what the agent must achieve, with the author's exemplary lines. */
export const agentStepSchema = z.strictObject({
  ...stepBase,
  kind: z.literal('agent'),
  phase: z.enum(PHASES),
  goal: textSchema.describe('What the agent must achieve at this step.'),
  expectedMoves: z.array(moveRefSchema).min(1).max(10),
  requiredContent: z
    .array(
      z.strictObject({
        id: idSchema,
        description: textSchema.describe('e.g. "must state the 10-day notice".'),
        keywords: z.array(labelSchema).min(1).max(20).describe('Any of these counts.'),
      }),
    )
    .max(10)
    .optional(),
  lines: z.array(lineSchema).max(20).default([]).describe("Exemplary lines: the author's text."),
  transitions: z
    .array(
      z.strictObject({
        ...transitionBase,
        onMove: moveRefSchema.optional().describe('Taken only when the agent turn makes it.'),
      }),
    )
    .max(20),
});

/** One way the customer may react, with several sample lines. */
export const reactionSchema = z.strictObject({
  id: idSchema,
  label: labelSchema,
  lines: z.array(lineSchema).min(1).max(30).describe('Sample lines, varied, spoken French.'),
  moodShift: z.number().min(-1).max(1).optional().describe('-1 angrier … +1 calmer.'),
  derailment: z.enum(DERAILMENTS).optional().describe('Marks this reaction as an aside.'),
});

/** A customer step: possible reactions, where each leads, and a fallback. */
export const customerStepSchema = z.strictObject({
  ...stepBase,
  kind: z.literal('customer'),
  phase: z.enum(PHASES),
  situation: textSchema.optional().describe('What the customer is doing here.'),
  reactions: z.array(reactionSchema).min(1).max(20),
  transitions: z
    .array(z.strictObject({ ...transitionBase, on: idSchema.describe('Reaction id.') }))
    .max(40),
  otherwise: z
    .strictObject({ id: idSchema, to: idSchema, set: z.array(assignmentSchema).max(20).optional() })
    .optional()
    .describe('Where an unforeseen reaction (or one whose guards all fail) leads.'),
});

/** A silent branch on variables, crossed within a turn. */
export const decisionStepSchema = z.strictObject({
  ...stepBase,
  kind: z.literal('decision'),
  phase: z.enum(PHASES),
  question: textSchema.optional(),
  transitions: z.array(z.strictObject(transitionBase)).max(20),
});

/** The end of a call: a final state with its code and success. */
export const outcomeStepSchema = z.strictObject({
  ...stepBase,
  kind: z.literal('outcome'),
  phase: z.enum(PHASES).optional(),
  code: idSchema.describe('resolved, escalated, customer_lost, refused_for_security…'),
  success: z.boolean(),
  summary: textSchema.optional(),
});

/** Any step, told apart by `kind`. */
export const stepSchema = z.discriminatedUnion('kind', [
  agentStepSchema,
  customerStepSchema,
  decisionStepSchema,
  outcomeStepSchema,
]);

/** Where the studio draws each step, by step id: metadata only, never read when the call runs. */
export const layoutSchema = z
  .strictObject({
    positions: z.record(
      z.string().regex(ID_PATTERN),
      z.strictObject({ x: z.number().finite(), y: z.number().finite() }),
    ),
  })
  .describe('Studio layout (positions of steps on the map); does not change the call.');

/** A branching call scenario (DESIGN.md §3). */
export const scriptSchema = z.strictObject({
  ...envelope('script'),
  id: idSchema,
  version: z
    .string()
    .regex(/^\d+\.\d+\.\d+$/)
    .describe('Semantic version of the script.'),
  language: languageSchema,
  title: labelSchema,
  summary: textSchema,
  briefing: textSchema
    .optional()
    .describe('What the agent knows before the call starts (shown in every mode).'),
  learningObjectives: z.array(textSchema).min(1).max(10),
  author: labelSchema,
  difficulty: z.enum(['beginner', 'intermediate', 'advanced']),
  estimatedMinutes: z.number().int().min(1).max(120),
  direction: z.enum(['inbound', 'outbound']),
  brand: idSchema.describe('Brand guide id.'),
  suggestedPersonas: z.array(idSchema).max(20).default([]),
  tags: z.array(labelSchema).max(20).optional(),
  requires: z
    .strictObject({
      identityVerification: z.boolean().default(false),
      recordingNotice: z.boolean().default(false),
      outboundLegalMentions: z.boolean().default(false),
    })
    .default({ identityVerification: false, recordingNotice: false, outboundLegalMentions: false })
    .describe('Compliance the script must prove (see step `compliance` tags).'),
  maxPathLength: z.number().int().min(1).max(500).optional(),
  variables: z.array(variableSchema).max(50).default([]),
  steps: z.array(stepSchema).min(1).max(2000),
  layout: layoutSchema.optional(),
});

export type Script = z.infer<typeof scriptSchema>;
export type ScriptStep = z.infer<typeof stepSchema>;
export type AgentStep = z.infer<typeof agentStepSchema>;
export type CustomerStep = z.infer<typeof customerStepSchema>;
export type DecisionStep = z.infer<typeof decisionStepSchema>;
export type OutcomeStep = z.infer<typeof outcomeStepSchema>;
export type Phase = (typeof PHASES)[number];
