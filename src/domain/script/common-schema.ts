import './zod-config';
import { z } from 'zod';

// Building blocks shared by the three document kinds. Limits on lengths and counts keep a
// hostile or broken file from making the validator or the app do unbounded work.

/** The schema version every document kind is currently written in. */
export const CURRENT_SCHEMA_VERSION = 1;

/** What a stable id looks like. */
export const ID_PATTERN = /^[a-z0-9][a-z0-9_-]{0,63}$/;

/** A stable identifier: lower-case letters, digits, `-` and `_`; survives edits of the text. */
export const idSchema = z
  .string()
  .regex(ID_PATTERN)
  .describe('Stable id: lower-case letters, digits, "-" and "_", at most 64 characters.');

/** A non-empty single piece of human text. */
export const textSchema = z.string().trim().min(1).max(2000);

/** A short label (titles, names). */
export const labelSchema = z.string().trim().min(1).max(200);

/** Languages a document can be written in. */
export const LANGUAGES = ['fr', 'en'] as const;
/** The `language` field of every document. */
export const languageSchema = z.enum(LANGUAGES).describe('Language of the document text.');

/** A line of text with a stable id, so comments, analytics and translations can attach to it. */
export const lineSchema = z.strictObject({
  id: idSchema,
  text: textSchema,
  note: textSchema.optional().describe('Why this line is exemplary (shown to trainers).'),
});

/** Lets authors point their editor at the JSON Schema; ignored by the app. */
export const schemaRefSchema = z.string().max(500).optional();

/** The envelope every document carries (DESIGN.md §2). */
export function envelope<K extends string>(kind: K) {
  return {
    $schema: schemaRefSchema,
    kind: z.literal(kind),
    schemaVersion: z.literal(CURRENT_SCHEMA_VERSION),
  };
}

export type Line = z.infer<typeof lineSchema>;
export type Language = (typeof LANGUAGES)[number];
