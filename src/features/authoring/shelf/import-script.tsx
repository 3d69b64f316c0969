import { useState } from 'react';
import { useNavigate } from 'react-router';
import { checkDocumentText } from '@/domain/script/document-validator';
import type { Finding } from '@/domain/script/finding.types';
import { editorPath } from '../authoring-paths';
import { FindingsList } from '../findings-list';
import type { StudioLibrary } from '../library/library-documents';
import { useAuthoringTranslation } from '../use-authoring-translation';
import { saveNewDraft } from './draft-factory';
import { FileButton } from '@/ui/file-button';
import { readFileShape, useFilePlace, type FileShape } from './file-place';

/**
 * Imports a script file through the same gate and validator as `scripts:check`. A refused file
 * shows every finding, its place said in the studio's words (the step's title, the field's
 * label) rather than as a JSON path, and stores nothing; an accepted one becomes a draft. `shown` is false once
 * another import of the shelf has started, so an old refusal never sits beside a newer outcome.
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
    if (!verdict.ok || verdict.document?.kind !== 'script') {
      const notScript: Finding[] =
        verdict.document && verdict.document.kind !== 'script'
          ? [
              {
                severity: 'error',
                ruleId: 'unknown-kind',
                path: '$.kind',
                message: {
                  fr: t('import.notScript', { lng: 'fr' }),
                  en: t('import.notScript', { lng: 'en' }),
                },
                fix: {
                  fr: t('import.notScriptFix', { lng: 'fr' }),
                  en: t('import.notScriptFix', { lng: 'en' }),
                },
              },
            ]
          : [];
      setRefused({
        file: file.name,
        shape: readFileShape(body),
        findings: [...notScript, ...verdict.findings],
      });
      return;
    }
    const draft = await saveNewDraft(verdict.document.document, `import:${file.name}`);
    await navigate(editorPath(draft.id));
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
