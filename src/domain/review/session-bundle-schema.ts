import '../script/zod-config';
import { z } from 'zod';
import { REHEARSAL_MODES } from '../customer/customer.types';
import { CRITERIA } from '../scoring/criteria';

// Bounds keep one hostile file from filling the database; real exports sit far below them.
const text = (max: number) => z.string().max(max);
const id = z.string().min(1).max(200);
const isoDate = z.iso.datetime({ offset: true });

const turnSchema = z.looseObject({
  index: z.int().min(0),
  speaker: z.enum(['agent', 'customer', 'system']),
  text: text(4_000),
  step: z.string().max(200).nullable().optional(),
  phase: z.string().max(50).nullable().optional(),
  mood: z.unknown().optional(),
});

const findingSchema = z.looseObject({
  rule: text(100),
  criterion: z.enum(CRITERIA),
  turn: z.int().min(0),
  quote: text(4_000),
  why: text(2_000),
  better: text(2_000),
  points: z.number().finite(),
});

const score = z.number().finite().min(0).max(100);

/** The parts of a score card that Revue reads; the rest travels untouched. */
const scoreCardSchema = z.looseObject({
  rubric: z.object({ id: text(100), version: text(50) }),
  compliance: z.looseObject({ passed: z.boolean(), score }),
  brandTone: score,
  recovery: score.nullable(),
  adherence: z.looseObject({ score }),
  overall: z.looseObject({ score }),
  findings: z.array(findingSchema).max(500),
});

const sessionSchema = z.object({
  id,
  script: z.object({ id, version: text(50), title: text(300) }),
  personaId: id,
  brandId: id.nullable(),
  mode: z.enum(REHEARSAL_MODES),
  seed: z.number().finite(),
  language: text(10),
  startedAt: isoDate,
  updatedAt: isoDate,
  status: z.enum(['in_progress', 'ended', 'abandoned']),
  durationSeconds: z.number().finite().min(0),
  outcome: z
    .looseObject({ code: text(100), success: z.boolean() })
    .nullable()
    .optional(),
  prompterUses: z.int().min(0).optional(),
  transcript: z.array(turnSchema).max(2_000),
  scoreCard: scoreCardSchema.nullable().optional(),
});

/** An agent's export (« Exporter mes séances »), versions 1 (no score card) and 2. */
export const sessionBundleSchema = z.object({
  kind: z.literal('coulisses-sessions'),
  schemaVersion: z.union([z.literal(1), z.literal(2)]),
  exportedAt: isoDate,
  profile: z.object({ id, displayName: text(100), role: text(30) }),
  sessions: z.array(sessionSchema).max(20_000),
});

export type SessionBundle = z.infer<typeof sessionBundleSchema>;
export type BundledSession = SessionBundle['sessions'][number];
export type BundledScoreCard = z.infer<typeof scoreCardSchema>;
export type BundledTurn = z.infer<typeof turnSchema>;
