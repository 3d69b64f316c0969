import '../script/zod-config';
import { z } from 'zod';
import { parseBundleJson, type ParsedJson } from './bundle-json';
import { findUnsafeText } from './bundle-text-check';
import { problem, type DocumentAuthor, type GateOutcome } from './envelope';
import { reviewDocumentSchema, type ReviewDocument } from './review-documents';
import { schemaProblems } from './schema-problems';
import { unsupportedVersion } from './session-bundle-gate';

export const FEEDBACK_KIND = 'coulisses-feedback';
export const FEEDBACK_LIMITS = { maxBytes: 10_000_000, maxDepth: 20 };

const sessionRefSchema = z.object({
  id: z.string().min(1).max(300),
  sessionId: z.string().min(1).max(200),
  agentId: z.string().min(1).max(200),
  scriptTitle: z.string().max(300),
  startedAt: z.iso.datetime({ offset: true }),
});

/** Notes, adjustments, verdicts (lead → agent) or responses (agent → lead) on some sessions. */
export const feedbackBundleSchema = z.object({
  kind: z.literal(FEEDBACK_KIND),
  schemaVersion: z.literal(1),
  id: z.string().min(1).max(300),
  createdAt: z.iso.datetime({ offset: true }),
  author: z.object({ id: z.string().min(1).max(200), name: z.string().max(100) }),
  sessions: z.array(sessionRefSchema).max(20_000),
  documents: z.array(reviewDocumentSchema).max(100_000),
});

export type FeedbackBundle = z.infer<typeof feedbackBundleSchema>;
export type SessionRef = z.infer<typeof sessionRefSchema>;

/** Wraps review documents for the other side; `id` comes from the caller (a uuid). */
export function buildFeedbackBundle(
  id: string,
  author: DocumentAuthor,
  now: Date,
  sessions: SessionRef[],
  documents: ReviewDocument[],
): FeedbackBundle {
  return {
    kind: FEEDBACK_KIND,
    schemaVersion: 1,
    id: `feedback:${id}`,
    createdAt: now.toISOString(),
    author,
    sessions,
    documents,
  };
}

/** The gate for a feedback file: size → JSON → kind and version → schema → text hygiene. */
export function gateFeedbackBundle(text: string): GateOutcome<FeedbackBundle> {
  const parsed = parseBundleJson(text, FEEDBACK_LIMITS);
  return parsed.ok ? gateFeedbackBundleData(parsed.value) : parsed;
}

/** The same gate on JSON already parsed by `parseBundleJson`. */
export function gateFeedbackBundleData(parsed: ParsedJson): GateOutcome<FeedbackBundle> {
  const data = parsed.data as { kind?: unknown; schemaVersion?: unknown } | null;
  if (typeof data !== 'object' || data === null || data.kind !== FEEDBACK_KIND) {
    return {
      ok: false,
      problems: [
        problem(
          '$.kind',
          {
            fr: `Ce fichier n’est pas un retour de revue Coulisses (type : ${JSON.stringify(data?.kind) ?? 'absent'}).`,
            en: `This file is not a Coulisses review feedback (kind: ${JSON.stringify(data?.kind) ?? 'missing'}).`,
          },
          {
            fr: 'Choisissez le fichier « coulisses-retours-… » exporté depuis Revue.',
            en: 'Pick the "coulisses-retours-…" file exported from Review.',
          },
        ),
      ],
    };
  }
  if (data.schemaVersion !== 1)
    return { ok: false, problems: [unsupportedVersion(data.schemaVersion, [1])] };
  const result = feedbackBundleSchema.safeParse(data);
  if (!result.success)
    return { ok: false, problems: schemaProblems(feedbackBundleSchema, data, result.error) };
  const unsafe = parsed.plain ? [] : findUnsafeText(result.data);
  if (unsafe.length > 0) return { ok: false, problems: unsafe };
  return { ok: true, value: result.data };
}
