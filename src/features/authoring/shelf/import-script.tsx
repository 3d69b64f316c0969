import { useState } from 'react';
import { useNavigate } from 'react-router';
import { checkDocumentText } from '@/domain/script/document-validator';
import type { Finding } from '@/domain/script/finding.types';
import { documentPath, editorPath } from '../authoring-paths';
import { saveNewDocumentDraft } from '../cast/save-document-draft';
import { FindingsList } from '../findings-list';
import type { StudioLibrary } from '../library/library-documents';
import { useAuthoringTranslation } from '../use-authoring-translation';
import { saveNewDraft } from './draft-factory';
import { FileButton } from '@/ui/file-button';
import { readFileShape, useFilePlace, type FileShape } from './file-place';

/**
 * Imports a script, brand guide or persona file through the same gate and validator as
 * `scripts:check`. A refused file shows every finding, its place said in the studio's words (the
 * step's title, the field's label) rather than as a JSON path, and stores nothing; an accepted
 * one becomes a draft and opens in its editor or form. `shown` is false once another import of
 * the shelf has started, so an old refusal never sits beside a newer outcome.
 */
export function ImportScript({
  library,
  shown,
  onStart,
}: {
  library: StudioLibrary;
  shown: boolean;
  onStart: () => void;
}) {
  const { t } = useAuthoringTranslation();
  const navigate = useNavigate();
  const [refused, setRefused] = useState<{
    file: string;
    shape: FileShape;
    findings: Finding[];
  } | null>(null);
  const placeOf = useFilePlace(refused?.shape ?? { kind: null, steps: [] });

  const onFile = async (file: File) => {
    setRefused(null);
    onStart();
    const body = await file.text();
    const verdict = checkDocumentText(body, { library });
    const gated = verdict.document;
    if (verdict.ok && gated?.kind === 'script') {
      const draft = await saveNewDraft(gated.document, `import:${file.name}`);
      await navigate(editorPath(draft.id));
      return;
    }
    // A brand guide or persona file opens in its form, as one written in Atelier would.
    if (verdict.ok && (gated?.kind === 'brand-guide' || gated?.kind === 'persona')) {
      const draft = await saveNewDocumentDraft(gated, `import:${file.name}`);
      await navigate(documentPath(draft.id));
      return;
    }
    // A rubric (or any other valid document) has no place in Atelier.
    const notStudio: Finding[] =
      verdict.ok && gated
        ? [
            {
              severity: 'error',
              ruleId: 'unknown-kind',
              path: '$.kind',
              message: {
                fr: t('wordsWalk.notStudio', { lng: 'fr' }),
                en: t('wordsWalk.notStudio', { lng: 'en' }),
              },
              fix: {
                fr: t('wordsWalk.notStudioFix', { lng: 'fr' }),
                en: t('wordsWalk.notStudioFix', { lng: 'en' }),
              },
            },
          ]
        : [];
    setRefused({
      file: file.name,
      shape: readFileShape(body),
      findings: [...notStudio, ...verdict.findings],
    });
  };

  return (
    <div className="import-script">
      <FileButton
        id="import-script-file"
        label={t('import.button')}
        accept="application/json,.json"
        onFile={(file) => void onFile(file)}
      />
      {shown && refused && (
        <div role="alert" className="import-refused">
          <p>
            <strong>
              {t('import.refused', { file: refused.file, count: refused.findings.length })}
            </strong>
          </p>
          <FindingsList
            findings={refused.findings}
            label={t('import.findingsLabel')}
            placeOf={placeOf}
          />
        </div>
      )}
    </div>
  );
}
