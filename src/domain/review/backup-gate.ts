import '../script/zod-config';
import { z } from 'zod';
import { REHEARSAL_MODES } from '../customer/customer.types';
import { PROFILE_ROLES } from '../profile/profile';
import { parseBundleJson } from './bundle-json';
import { findUnsafeText } from './bundle-text-check';
import { problem, type GateOutcome } from './envelope';
import { schemaProblems } from './schema-problems';
import { unsupportedVersion } from './session-bundle-gate';

export const BACKUP_KIND = 'coulisses-backup';
export const BACKUP_LIMITS = { maxBytes: 40_000_000, maxDepth: 60 };

const id = z.string().min(1).max(200);

// Records are checked for what restore and the app rely on; the engine state travels as it is.
const sessionRecordSchema = z.looseObject({
  id,
  profileId: id,
  scriptId: id,
  personaId: id,
  mode: z.enum(REHEARSAL_MODES),
  seed: z.number().finite(),
  startedAt: z.string().max(40),
  status: z.enum(['in_progress', 'ended', 'abandoned']),
  engine: z.looseObject({}),
});

/** Everything this device holds for Répéter, in one file (export all → wipe → import). */
export const backupSchema = z.object({
  kind: z.literal(BACKUP_KIND),
  schemaVersion: z.literal(1),
  id,
  createdAt: z.iso.datetime({ offset: true }),
  author: z.object({ id: z.string().max(200), name: z.string().max(100) }),
  profiles: z
    .array(
      z.object({
        id,
        displayName: z.string().max(100),
        role: z.enum(PROFILE_ROLES),
        createdAt: z.string().max(40),
      }),
    )
    .max(100),
  preferences: z.array(z.object({ key: z.string().max(50), value: z.string().max(200) })).max(50),
  sessions: z.array(sessionRecordSchema).max(20_000),
  turns: z
    .array(z.looseObject({ sessionId: id, index: z.int().min(0), turn: z.looseObject({}) }))
    .max(2_000_000),
});

export type Backup = z.infer<typeof backupSchema>;

/** The gate for a backup file: size → JSON → kind and version → schema → text hygiene. */
export function gateBackup(text: string): GateOutcome<Backup> {
  const parsed = parseBundleJson(text, BACKUP_LIMITS);
  if (!parsed.ok) return parsed;
  const data = parsed.value.data as { kind?: unknown; schemaVersion?: unknown } | null;
  if (typeof data !== 'object' || data === null || data.kind !== BACKUP_KIND) {
    return {
      ok: false,
      problems: [
        problem(
          '$.kind',
          {
            fr: `Ce fichier n’est pas une sauvegarde Coulisses (type : ${JSON.stringify(data?.kind) ?? 'absent'}).`,
            en: `This file is not a Coulisses backup (kind: ${JSON.stringify(data?.kind) ?? 'missing'}).`,
          },
          {
            fr: 'Choisissez le fichier « coulisses-sauvegarde-… » exporté depuis Paramètres.',
            en: 'Pick the "coulisses-sauvegarde-…" file exported from Settings.',
          },
        ),
      ],
    };
  }
  if (data.schemaVersion !== 1)
    return { ok: false, problems: [unsupportedVersion(data.schemaVersion, [1])] };
  const result = backupSchema.safeParse(data);
  if (!result.success)
    return { ok: false, problems: schemaProblems(backupSchema, data, result.error) };
  const unsafe = parsed.value.plain ? [] : findUnsafeText(result.data);
  if (unsafe.length > 0) return { ok: false, problems: unsafe };
  return { ok: true, value: result.data };
}

/** Wraps what storage read into a backup document; `id` is a fresh uuid from the caller. */
export function buildBackup(
  id: string,
  author: { id: string; name: string },
  now: Date,
  content: Pick<Backup, 'profiles' | 'preferences' | 'sessions' | 'turns'>,
): Backup {
  return {
    kind: BACKUP_KIND,
    schemaVersion: 1,
    id: `backup:${id}`,
    createdAt: now.toISOString(),
    author,
    ...content,
  };
}
