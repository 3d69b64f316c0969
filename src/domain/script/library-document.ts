import { gateDocument, type GatedDocument } from './document-gate';
import type { LocalizedText } from './finding.types';

/** Where a refused document went wrong and how to mend it, in both interface languages. */
export interface LibraryDocumentProblem {
  /** JSON path of the first finding, `$` for the whole file. */
  path: string;
  message: LocalizedText;
  fix: LocalizedText;
}

/** A library file after the document gate: the validated document, or why it was refused. */
export type GatedLibraryDocument =
  ({ ok: true } & GatedDocument) | ({ ok: false } & LibraryDocumentProblem);

/** Gates one library file's text; the build runs it so the browser receives checked documents. */
export function gateLibraryDocument(text: string): GatedLibraryDocument {
  const gated = gateDocument(text);
  if (gated.ok) return { ok: true, ...gated.value };
  const first = gated.findings[0];
  return {
    ok: false,
    path: first?.path ?? '$',
    message: first?.message ?? { fr: 'Document invalide.', en: 'Invalid document.' },
    fix: first?.fix ?? {
      fr: 'Vérifiez le fichier avec « npm run scripts:check ».',
      en: 'Check the file with "npm run scripts:check".',
    },
  };
}
