import type { BrandGuide } from './brand-guide-schema';
import { gateDocument, type GatedDocument } from './document-gate';
import { validateDocument } from './document-validator';
import type { Finding, LocalizedText } from './finding.types';
import { makeFinding } from './make-finding';
import type { Persona } from './persona-schema';
import type { LibraryContext } from './rules-content';
import { checkDuplicateDocuments } from './rules-library';

/** Where a refused document went wrong and how to mend it, in both interface languages. */
export interface LibraryDocumentProblem {
  /** JSON path of the first finding, `$` for the whole file. */
  path: string;
  message: LocalizedText;
  fix: LocalizedText;
}

/**
 * A library file after the gate and the validator: the document, or why the gate refused it. A
 * document the gate read but the validator refused comes with `unavailable`: it can be listed
 * (with the reason), never played.
 */
export type GatedLibraryDocument =
  | ({ ok: true; unavailable?: LibraryDocumentProblem } & GatedDocument)
  | ({ ok: false } & LibraryDocumentProblem);

const problemOf = (finding: Finding | undefined): LibraryDocumentProblem => ({
  path: finding?.path ?? '$',
  message: finding?.message ?? { fr: 'Document invalide.', en: 'Invalid document.' },
  fix: finding?.fix ?? {
    fr: 'Vérifiez le fichier avec « npm run scripts:check ».',
    en: 'Check the file with "npm run scripts:check".',
  },
});

/** Gates one library file's text on its own (no library references checked). */
export function gateLibraryDocument(text: string): GatedLibraryDocument {
  const gated = gateDocument(text);
  return gated.ok ? { ok: true, ...gated.value } : { ok: false, ...problemOf(gated.findings[0]) };
}

/** The library as the build checks it: each file's verdict, and every finding by file. */
export interface LibraryCheck {
  documents: Map<string, GatedLibraryDocument>;
  findings: Map<string, Finding[]>;
}

/**
 * The gate and the full validator over the whole library, references resolved between its
 * files — what `npm run build` refuses to ship and what the app shows as unavailable.
 */
export function checkLibrary(files: readonly { file: string; text: string }[]): LibraryCheck {
  const gated = files.map(({ file, text }) => ({ file, result: gateDocument(text) }));
  const readable = gated.flatMap(({ file, result }) =>
    result.ok ? [{ file, document: result.value }] : [],
  );
  const brands = new Map<string, BrandGuide>();
  const personas = new Map<string, Persona>();
  for (const { document } of readable) {
    if (document.kind === 'brand-guide') brands.set(document.document.id, document.document);
    if (document.kind === 'persona') personas.set(document.document.id, document.document);
  }
  const library: LibraryContext = { brands, personas };
  const duplicates = checkDuplicateDocuments(readable);
  const check: LibraryCheck = { documents: new Map(), findings: new Map() };
  for (const { file, result } of gated) {
    if (!result.ok) {
      check.findings.set(file, result.findings);
      check.documents.set(file, { ok: false, ...problemOf(result.findings[0]) });
      continue;
    }
    const findings = [...(duplicates.get(file) ?? []), ...validated(result.value, library)];
    check.findings.set(file, findings);
    const firstError = findings.find((finding) => finding.severity === 'error');
    check.documents.set(
      file,
      firstError
        ? { ok: true, ...result.value, unavailable: problemOf(firstError) }
        : { ok: true, ...result.value },
    );
  }
  return check;
}

function validated(document: GatedDocument, library: LibraryContext): Finding[] {
  try {
    return validateDocument(document, { library });
  } catch (error) {
    // A validator bug must not ship the document as valid, nor stop the rest of the library.
    return [
      makeFinding('internal-error', '$', {
        fr: `Erreur interne du validateur : ${String(error)}`,
        en: `Validator internal error: ${String(error)}`,
      }),
    ];
  }
}
