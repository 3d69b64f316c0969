import '../script/zod-config';
import { z } from 'zod';
import { REHEARSAL_MODES } from '../customer/customer.types';

const id = z.string().min(1).max(300);
const threshold = z.int().min(0).max(100);

export const RECURRENCES = ['none', 'weekly', 'monthly', 'quarterly'] as const;
export type Recurrence = (typeof RECURRENCES)[number];

/** One step of a path: a script to play in a mode, passed when every threshold is met. */
export const pathStepSchema = z.object({
  scriptId: z.string().min(1).max(200),
  scriptTitle: z.string().max(300),
  mode: z.enum(REHEARSAL_MODES),
  /** Minimum score per criterion; a criterion left out is not required. */
  thresholds: z.object({
    compliance: threshold.optional(),
    brandTone: threshold.optional(),
    recovery: threshold.optional(),
    adherence: threshold.optional(),
  }),
});

/**
 * A parcours: an ordered path of scripts a lead assigns, restarting every period (a monthly
 * refresher). It travels to agents as a file, and is stored as an append-only document.
 */
export const trainingPathSchema = z.object({
  kind: z.literal('parcours'),
  schemaVersion: z.literal(1),
  id,
  createdAt: z.iso.datetime({ offset: true }),
  author: z.object({ id, name: z.string().max(100) }),
  title: z.string().trim().min(1).max(200),
  steps: z.array(pathStepSchema).min(1).max(30),
  recurrence: z.enum(RECURRENCES),
  /** The first cycle's first day (yyyy-mm-dd, UTC). */
  startsOn: z.iso.date(),
  /** The agents it is assigned to; empty: the whole team. */
  assignees: z
    .array(z.object({ id: z.string().min(1).max(200), name: z.string().max(100) }))
    .max(500),
});

export type TrainingPath = z.infer<typeof trainingPathSchema>;
export type PathStep = z.infer<typeof pathStepSchema>;
