import '../script/zod-config';
import { z } from 'zod';
import { parseBundleJson } from './bundle-json';
import { findUnsafeText } from './bundle-text-check';
import { problem, type DocumentAuthor, type GateOutcome } from './envelope';
import { schemaProblems } from './schema-problems';
import { unsupportedVersion } from './session-bundle-gate';
import { trainingPathSchema, type TrainingPath } from './training-path';

export const PATH_FILE_KIND = 'coulisses-parcours';
export const PATH_FILE_LIMITS = { maxBytes: 1_000_000, maxDepth: 12 };

/** The file a lead sends to agents: one parcours in the shared envelope. */
export const pathFileSchema = z.object({
  kind: z.literal(PATH_FILE_KIND),
  schemaVersion: z.literal(1),
  id: z.string().min(1).max(300),
  createdAt: z.iso.datetime({ offset: true }),
  author: z.object({ id: z.string().min(1).max(200), name: z.string().max(100) }),
  path: trainingPathSchema,
});

export type PathFile = z.infer<typeof pathFileSchema>;

/** Wraps a parcours for the agents; `id` is a fresh uuid from the caller. */
export function buildPathFile(
  id: string,
  author: DocumentAuthor,
  now: Date,
  path: TrainingPath,
): PathFile {
  return {
    kind: PATH_FILE_KIND,
    schemaVersion: 1,
    id: `parcours-file:${id}`,
    createdAt: now.toISOString(),
    author,
    path,
  };
}

/**
 * The gate for a parcours file, like every other travelling document: size → strict JSON →
 * kind and version → schema → text hygiene. Any problem refuses the whole file.
 */
export function gatePathFile(text: string): GateOutcome<PathFile> {
  const parsed = parseBundleJson(text, PATH_FILE_LIMITS);
  if (!parsed.ok) return parsed;
  const data = parsed.value.data as { kind?: unknown; schemaVersion?: unknown } | null;
  if (typeof data !== 'object' || data === null || data.kind !== PATH_FILE_KIND) {
    return {
      ok: false,
      problems: [
        problem(
          '$.kind',
          {
            fr: `Ce fichier n’est pas un parcours Coulisses (type : ${JSON.stringify(data?.kind) ?? 'absent'}).`,
            en: `This file is not a Coulisses training path (kind: ${JSON.stringify(data?.kind) ?? 'missing'}).`,
          },
          {
            fr: 'Choisissez le fichier « coulisses-parcours-… » envoyé par votre responsable.',
            en: 'Pick the "coulisses-parcours-…" file your team lead sent.',
          },
        ),
      ],
    };
  }
  if (data.schemaVersion !== 1)
    return { ok: false, problems: [unsupportedVersion(data.schemaVersion, [1])] };
  const result = pathFileSchema.safeParse(data);
  if (!result.success)
    return { ok: false, problems: schemaProblems(pathFileSchema, data, result.error) };
  const unsafe = parsed.value.plain ? [] : findUnsafeText(result.data);
  if (unsafe.length > 0) return { ok: false, problems: unsafe };
  return { ok: true, value: result.data };
}
