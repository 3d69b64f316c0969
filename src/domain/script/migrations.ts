import { CURRENT_SCHEMA_VERSION } from './common-schema';

export type DocumentKind = 'script' | 'brand-guide' | 'persona' | 'rubric';

/** Upgrades a document from `version` to `version + 1`; data is already free of forbidden keys. */
export type Migration = (document: Record<string, unknown>) => Record<string, unknown>;

/**
 * MIGRATIONS[kind][n] upgrades version n to n + 1. Empty while every document is version 1; the
 * first format change that is not purely additive adds its step here (and a test for it).
 */
export type MigrationTable = Record<DocumentKind, Partial<Record<number, Migration>>>;

const MIGRATIONS: MigrationTable = {
  script: {},
  'brand-guide': {},
  persona: {},
  rubric: {},
};

export type MigrationResult =
  | { ok: true; document: Record<string, unknown> }
  | { ok: false; reason: 'newer' | 'invalid' | 'no-path'; version: unknown };

/** Brings a parsed document up to the current schema version, one step at a time. */
export function migrateDocument(
  kind: DocumentKind,
  document: Record<string, unknown>,
  // Injectable so tests can prove the upgrade path before the first real migration exists.
  migrations: MigrationTable = MIGRATIONS,
  currentVersion: number = CURRENT_SCHEMA_VERSION,
): MigrationResult {
  const version = document.schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { ok: false, reason: 'invalid', version };
  }
  if (version > currentVersion) return { ok: false, reason: 'newer', version };
  let current = document;
  for (let v = version; v < currentVersion; v += 1) {
    const step = migrations[kind][v];
    if (!step) return { ok: false, reason: 'no-path', version };
    current = { ...step(current), schemaVersion: v + 1 };
  }
  return { ok: true, document: current };
}
