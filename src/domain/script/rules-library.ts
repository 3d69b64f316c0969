import type { Finding } from './finding.types';
import { makeFinding } from './make-finding';
import type { GatedDocument } from './document-gate';

/** A document of the library, with where it came from. */
export interface LibraryEntry {
  file: string;
  document: GatedDocument;
}

/**
 * Two documents of one kind with the same id: the second would silently shadow the first when
 * scripts resolve their brand and personas. Returns findings by file (every copy after the first).
 */
export function checkDuplicateDocuments(entries: readonly LibraryEntry[]): Map<string, Finding[]> {
  const first = new Map<string, string>();
  const findings = new Map<string, Finding[]>();
  for (const { file, document } of entries) {
    const key = `${document.kind}:${document.document.id}`;
    const original = first.get(key);
    if (original === undefined) {
      first.set(key, file);
      continue;
    }
    findings.set(file, [
      ...(findings.get(file) ?? []),
      makeFinding('duplicate-document-id', '$.id', {
        fr: `L’identifiant "${document.document.id}" est déjà celui de ${original} (${document.kind}).`,
        en: `The id "${document.document.id}" is already used by ${original} (${document.kind}).`,
      }),
    ]);
  }
  return findings;
}
