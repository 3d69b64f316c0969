import type { z } from 'zod';
import { fr as zodFrench } from 'zod/locales';
import { brandGuideSchema, type BrandGuide } from './brand-guide-schema';
import type { Finding } from './finding.types';
import { toJsonPath } from './json-path';
import {
  checkJsonTextLimits,
  DEFAULT_JSON_TEXT_LIMITS,
  type JsonTextLimits,
} from './json-text-limits';
import { makeFinding } from './make-finding';
import { parseJsonDocument } from '../documents/strict-json';
import { checkTextHygiene } from '../documents/text-hygiene';
import { migrateDocument, type DocumentKind } from './migrations';
import { personaSchema, type Persona } from './persona-schema';
import { repairDocument } from './repair-document';
import { scriptSchema, type Script } from './script-schema';
import { findForbiddenKeys } from './forbidden-keys';
import { rubricSchema, type Rubric } from '../scoring/rubric-schema';

export type GatedDocument =
  | { kind: 'script'; document: Script }
  | { kind: 'brand-guide'; document: BrandGuide }
  | { kind: 'persona'; document: Persona }
  | { kind: 'rubric'; document: Rubric };

export type GateResult = { ok: true; value: GatedDocument } | { ok: false; findings: Finding[] };

const SCHEMAS = {
  script: scriptSchema,
  'brand-guide': brandGuideSchema,
  persona: personaSchema,
  rubric: rubricSchema,
};
const KINDS = Object.keys(SCHEMAS) as DocumentKind[];
const isKind = (value: unknown): value is DocumentKind =>
  typeof value === 'string' && (KINDS as string[]).includes(value);

// Zod reports every nested issue; past this many the author needs the first ones, not all.
const MAX_SCHEMA_FINDINGS = 50;

const fail = (...findings: Finding[]): GateResult => ({ ok: false, findings });

/**
 * The one gate for an incoming document (DESIGN.md §2): size and depth limits on the raw text,
 * strict JSON parse (duplicate keys refused), forbidden keys, text hygiene (control, bidi and
 * lone-surrogate characters refused; invisible-only texts emptied), kind, version migration,
 * repair, then the Zod schema.
 */
export function gateDocument(
  text: string,
  limits: JsonTextLimits = DEFAULT_JSON_TEXT_LIMITS,
): GateResult {
  // Repair: a byte-order mark from a Windows editor is harmless; a JSON parser would reject it.
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const limited = limitFinding(body, limits);
  if (limited) return fail(limited);
  const parsed = parseJsonDocument(body);
  if (!parsed.ok) return fail(...parsed.findings);
  return gateParsedDocument(parsed.value);
}

/**
 * The gate for text this application wrote itself with `JSON.stringify` (the studio's canonical
 * text of a draft): same limits and same checks as `gateDocument`, but `JSON.parse` instead of
 * the strict parser, whose syntax and duplicate-key checks cannot fail on such text (a fifth of
 * the cost of a 500-step check).
 */
export function gateOwnJsonText(
  text: string,
  limits: JsonTextLimits = DEFAULT_JSON_TEXT_LIMITS,
): GateResult {
  const limited = limitFinding(text, limits);
  if (limited) return fail(limited);
  return gateParsedDocument(JSON.parse(text) as unknown);
}

/** The finding for a text over the size or depth limit, or null. */
function limitFinding(text: string, limits: JsonTextLimits): Finding | null {
  const limit = checkJsonTextLimits(text, limits);
  if (limit?.problem === 'too-large') return tooLarge(limit.bytes, limits.maxBytes);
  if (limit?.problem === 'too-deep') {
    return makeFinding('document-too-deep', '$', {
      fr: `Imbrication trop profonde (plus de ${limits.maxDepth} niveaux, position ${limit.offset}).`,
      en: `Nesting too deep (more than ${limits.maxDepth} levels, at offset ${limit.offset}).`,
    });
  }
  return null;
}

/**
 * The gate's checks on an already-parsed value (within the depth limit): forbidden keys, text
 * hygiene, kind, version migration, repair, then the Zod schema.
 */
export function gateParsedDocument(value: unknown): GateResult {
  const forbidden = findForbiddenKeys(value);
  if (forbidden.length > 0) {
    return fail(
      ...forbidden.map(({ path, key }) =>
        makeFinding('forbidden-key', toJsonPath(path), {
          fr: `La clé "${key}" est interdite (elle pourrait altérer les objets de l’application).`,
          en: `The key "${key}" is forbidden (it could tamper with the application's objects).`,
        }),
      ),
    );
  }
  const hygiene = checkTextHygiene(value);
  if (hygiene.findings.length > 0) return fail(...hygiene.findings);
  const data = hygiene.value;
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return fail(
      makeFinding('unknown-kind', '$', {
        fr: 'Le document doit être un objet JSON { "kind": …, "schemaVersion": …, … }.',
        en: 'The document must be a JSON object { "kind": …, "schemaVersion": …, … }.',
      }),
    );
  }
  const record = data as Record<string, unknown>;
  const kind = record.kind;
  if (!isKind(kind)) {
    return fail(
      makeFinding('unknown-kind', '$.kind', {
        fr: `Type de document inconnu : ${JSON.stringify(kind) ?? 'absent'}.`,
        en: `Unknown document kind: ${JSON.stringify(kind) ?? 'missing'}.`,
      }),
    );
  }
  const migrated = migrateDocument(kind, record);
  if (!migrated.ok) {
    const version = JSON.stringify(migrated.version) ?? 'absent';
    return fail(
      makeFinding('unsupported-version', '$.schemaVersion', {
        fr: `Version de format non prise en charge : ${version}${migrated.reason === 'newer' ? ' (plus récente que cette application)' : ''}.`,
        en: `Unsupported format version: ${version}${migrated.reason === 'newer' ? ' (newer than this application)' : ''}.`,
      }),
    );
  }
  return parseWithSchema(kind, repairDocument(migrated.document));
}

function parseWithSchema(kind: DocumentKind, data: unknown): GateResult {
  const schema: z.ZodType = SCHEMAS[kind];
  const result = schema.safeParse(data);
  if (result.success) return { ok: true, value: { kind, document: result.data } as GatedDocument };
  // Same input, same issues in the same order: the French run only supplies the wording.
  const french = schema.safeParse(data, { error: zodFrench().localeError });
  const frenchIssues = french.success ? [] : french.error.issues;
  return fail(
    ...result.error.issues.slice(0, MAX_SCHEMA_FINDINGS).map((issue, index) => {
      const stepId = stepIdAt(data, issue.path);
      return makeFinding(
        'schema',
        toJsonPath(issue.path),
        emptyFieldMessage(issue) ?? {
          fr: frenchIssues[index]?.message ?? issue.message,
          en: issue.message,
        },
        stepId === undefined ? {} : { stepId },
      );
    }),
  );
}

/**
 * An empty text or list where one is required is the commonest finding of a new document (a
 * blank persona has a dozen). Zod says it as « Trop petit : chaîne de caractères doit avoir >=1
 * caractères »; a trainer filling in a form reads plain words instead.
 */
function emptyFieldMessage(issue: z.core.$ZodIssue): { fr: string; en: string } | undefined {
  if (issue.code !== 'too_small' || Number(issue.minimum) !== 1) return undefined;
  if (issue.origin === 'string')
    return { fr: 'Champ vide : il doit être rempli.', en: 'Empty field: it must be filled in.' };
  if (issue.origin === 'array')
    return {
      fr: 'Liste vide : ajoutez-y au moins un élément.',
      en: 'Empty list: add at least one item.',
    };
  return undefined;
}

function stepIdAt(data: unknown, path: readonly PropertyKey[]): string | undefined {
  if (path[0] !== 'steps' || typeof path[1] !== 'number') return undefined;
  const steps = (data as { steps?: unknown }).steps;
  const step: unknown = Array.isArray(steps) ? steps[path[1]] : undefined;
  const id = typeof step === 'object' && step !== null ? (step as { id?: unknown }).id : undefined;
  return typeof id === 'string' ? id : undefined;
}

/**
 * The finding for a document over the size limit, in UTF-8 bytes (its size as a file): the CLI
 * uses it before reading the file, the app on the text, with the same words.
 */
export function tooLarge(bytes: number, max: number): Finding {
  return makeFinding('document-too-large', '$', {
    fr: `Document trop volumineux (${bytes.toLocaleString('fr-FR')} octets, maximum ${max.toLocaleString('fr-FR')} octets en UTF-8).`,
    en: `Document too large (${bytes.toLocaleString('en-GB')} bytes, at most ${max.toLocaleString('en-GB')} bytes in UTF-8).`,
  });
}
