import { z } from 'zod';
import { idSchema, labelSchema, textSchema } from './common-schema';

// Variables are declared, typed and bounded so the call has a finite state space the validator
// can traverse (bounded: past its limit it says so, see script-graph.ts).

/** A declared script variable with its type and default. */
export const variableSchema = z.discriminatedUnion('type', [
  z.strictObject({
    id: idSchema,
    type: z.literal('boolean'),
    default: z.boolean(),
    description: textSchema.optional(),
  }),
  z.strictObject({
    id: idSchema,
    type: z.literal('number'),
    default: z.number().int(),
    min: z.number().int().describe('Assignments are clamped to [min, max].'),
    max: z.number().int(),
    description: textSchema.optional(),
  }),
  z.strictObject({
    id: idSchema,
    type: z.literal('enum'),
    values: z.array(labelSchema).min(1).max(20),
    default: labelSchema,
    description: textSchema.optional(),
  }),
]);

/** A value a variable may hold or be compared with. */
export const variableValueSchema = z.union([z.boolean(), z.number(), labelSchema]);

/** One comparison of a variable with a value. */
export const conditionSchema = z.strictObject({
  variable: idSchema,
  op: z.enum(['eq', 'neq', 'lt', 'lte', 'gt', 'gte']),
  value: variableValueSchema,
});

/** A guard on variables: one condition, or all / any of several. */
export const guardSchema = z.union([
  conditionSchema,
  z.strictObject({ all: z.array(conditionSchema).min(1).max(10) }),
  z.strictObject({ any: z.array(conditionSchema).min(1).max(10) }),
]);

/** Sets a variable, or adds to a number variable (clamped to its bounds). */
export const assignmentSchema = z.union([
  z.strictObject({ variable: idSchema, value: variableValueSchema }),
  z.strictObject({ variable: idSchema, add: z.number().int() }),
]);

export type Variable = z.infer<typeof variableSchema>;
export type VariableValue = z.infer<typeof variableValueSchema>;
export type Condition = z.infer<typeof conditionSchema>;
export type Guard = z.infer<typeof guardSchema>;
export type Assignment = z.infer<typeof assignmentSchema>;
