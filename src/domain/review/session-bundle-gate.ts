import { parseBundleJson, type ParsedJson } from './bundle-json';
import { findUnsafeText } from './bundle-text-check';
import { canonicalJson } from './canonical-json';
import { problem, type BundleProblem, type GateOutcome } from './envelope';
import { schemaProblems } from './schema-problems';
import { sessionBundleSchema, type SessionBundle } from './session-bundle-schema';

/** 40 million characters: about 10,000 sessions; a 50 MB file is refused before it is read. */
export const SESSION_BUNDLE_LIMITS = { maxBytes: 40_000_000, maxDepth: 40 };

export const SESSION_BUNDLE_KIND = 'coulisses-sessions';
const SUPPORTED_VERSIONS = [1, 2];

export interface SessionBundleGateOptions {
  /** Whether this app knows the script version a session was played on. */
  knowsScript: (scriptId: string, version: string) => boolean;
}

const fail = (...problems: BundleProblem[]): GateOutcome<SessionBundle> => ({
  ok: false,
  problems,
});

/**
 * The gate for an agent's session bundle: size → strict JSON → kind and version → schema → text
 * hygiene → ids unique → scripts known. Any problem refuses the whole file.
 */
export function gateSessionBundle(
  text: string,
  options: SessionBundleGateOptions,
): GateOutcome<SessionBundle> {
  const parsed = parseBundleJson(text, SESSION_BUNDLE_LIMITS);
  return parsed.ok ? gateSessionBundleData(parsed.value, options) : parsed;
}

/** The same gate on JSON already parsed by `parseBundleJson`. */
export function gateSessionBundleData(
  parsed: ParsedJson,
  options: SessionBundleGateOptions,
): GateOutcome<SessionBundle> {
  const data = parsed.data as { kind?: unknown; schemaVersion?: unknown } | null;
  if (typeof data !== 'object' || data === null || data.kind !== SESSION_BUNDLE_KIND) {
    return fail(
      problem(
        '$.kind',
        {
          fr: `Ce fichier n’est pas un export de séances Coulisses (type : ${JSON.stringify(data?.kind) ?? 'absent'}).`,
          en: `This file is not a Coulisses session export (kind: ${JSON.stringify(data?.kind) ?? 'missing'}).`,
        },
        {
          fr: 'Choisissez le fichier téléchargé par « Exporter mes séances » dans Répéter.',
          en: 'Pick the file downloaded by "Export my sessions" in Rehearse.',
        },
      ),
    );
  }
  if (!SUPPORTED_VERSIONS.includes(data.schemaVersion as number)) {
    return fail(unsupportedVersion(data.schemaVersion, SUPPORTED_VERSIONS));
  }
  const result = sessionBundleSchema.safeParse(data);
  if (!result.success) return fail(...schemaProblems(sessionBundleSchema, data, result.error));
  const unsafe = parsed.plain ? [] : findUnsafeText(result.data);
  if (unsafe.length > 0) return fail(...unsafe);
  const duplicates = conflictingIds(result.data);
  if (duplicates.length > 0) return fail(...duplicates);
  const unknown = unknownScripts(result.data, options);
  if (unknown.length > 0) return fail(...unknown);
  return { ok: true, value: result.data };
}

export function unsupportedVersion(version: unknown, supported: number[]): BundleProblem {
  const shown = JSON.stringify(version) ?? 'absent';
  return problem(
    '$.schemaVersion',
    {
      fr: `Version de format non prise en charge : ${shown} (attendu : ${supported.join(' ou ')}).`,
      en: `Unsupported format version: ${shown} (expected: ${supported.join(' or ')}).`,
    },
    {
      fr: 'Mettez Coulisses à jour des deux côtés, puis exportez à nouveau.',
      en: 'Update Coulisses on both sides, then export again.',
    },
  );
}

// The same id twice with the same content is harmless; with different content one would be lost.
function conflictingIds(bundle: SessionBundle): BundleProblem[] {
  const first = new Map<string, number>();
  const found: BundleProblem[] = [];
  bundle.sessions.forEach((session, index) => {
    const at = first.get(session.id);
    if (at === undefined) first.set(session.id, index);
    else if (canonicalJson(bundle.sessions[at]) !== canonicalJson(session)) {
      found.push(
        problem(
          `$.sessions[${index}].id`,
          {
            fr: `La séance « ${session.id} » figure deux fois avec des contenus différents (d’abord en $.sessions[${at}]).`,
            en: `Session "${session.id}" appears twice with different contents (first at $.sessions[${at}]).`,
          },
          {
            fr: 'Le fichier a été modifié : demandez un nouvel export.',
            en: 'The file was edited: ask for a new export.',
          },
        ),
      );
    }
  });
  return found.slice(0, 20);
}

function unknownScripts(bundle: SessionBundle, options: SessionBundleGateOptions): BundleProblem[] {
  const reported = new Set<string>();
  const found: BundleProblem[] = [];
  bundle.sessions.forEach((session, index) => {
    const { id, version } = session.script;
    const key = `${id}@${version}`;
    if (reported.has(key) || options.knowsScript(id, version)) return;
    reported.add(key);
    found.push(
      problem(
        `$.sessions[${index}].script`,
        {
          fr: `Script inconnu de cette application : « ${id} » version ${version}.`,
          en: `Script unknown to this application: "${id}" version ${version}.`,
        },
        {
          fr: 'Mettez à jour la bibliothèque de scripts (même version de Coulisses que l’agent).',
          en: 'Update the script library (same Coulisses version as the agent).',
        },
      ),
    );
  });
  return found;
}
