import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { StepKind } from '@/domain/script/edit/step-edits';
import type { Phase, Script } from '@/domain/script/script-schema';
import { editorPath } from '../authoring-paths';
import { saveNewDraft } from '../shelf/draft-factory';
import { useAuthoringTranslation } from '../use-authoring-translation';
import type { TweeError } from './twee-parse';
import { tweeToScript, type TweeNote } from './twee-to-script';
import { FileButton } from '@/ui/file-button';

type Outcome =
  | { file: string; refused: TweeError[] }
  | {
      file: string;
      draftId: string;
      title: string;
      steps: number;
      unmapped: TweeNote[];
      assumed: TweeNote[];
    };

/** Notes grouped by passage (the file's own first), in the order they were found. */
function byPassage(notes: readonly TweeNote[]): [string | null, TweeNote[]][] {
  const groups = new Map<string | null, TweeNote[]>();
  for (const note of notes) groups.set(note.passage, [...(groups.get(note.passage) ?? []), note]);
  return [...groups].sort(([a], [b]) => (a === null ? -1 : b === null ? 1 : 0));
}

function NoteList({ notes, label }: { notes: readonly TweeNote[]; label: string }) {
  const { t } = useAuthoringTranslation();
  const { t: tApp } = useTranslation();
  return (
    <ul aria-label={label}>
      {byPassage(notes).map(([passage, items]) => (
        <li key={passage ?? ''}>
          <strong>
            {passage === null
              ? t('interchange.twee.wholeFile')
              : t('interchange.twee.passage', { passage })}
          </strong>
          <ul>
            {items.map((item, index) => (
              <li key={index}>
                {t(`interchange.twee.notes.${item.what}`)}
                {item.what === 'kind-inferred' || item.what === 'phase-default' ? (
                  // A kind or a phase is one of ours: say it as the inspector does, not its id.
                  <>
                    {' '}
                    {item.what === 'kind-inferred'
                      ? t(`kinds.${item.detail as StepKind}`)
                      : tApp(`rehearsal.phase.${item.detail as Phase}`)}
                  </>
                ) : (
                  item.detail && (
                    <>
                      {' '}
                      <code>{item.detail}</code>
                    </>
                  )
                )}
              </li>
            ))}
          </ul>
        </li>
      ))}
    </ul>
  );
}

/**
 * Imports a Twine 2 story saved as Twee 3. A file that cannot be read is refused with each
 * problem's line and fix, and nothing is stored; a readable one becomes a draft, and what the
 * script could not carry (and what was assumed) is listed by passage before opening it.
 * `shown` is false once another import of the shelf has started: only the latest outcome shows.
 */
export function ImportTwee({
  base,
  idFor,
  shown,
  onStart,
}: {
  /** A blank script of the trainer (author, brand, language) the story fills in. */
  base: () => Script;
  /** A free script id for the story's title. */
  idFor: (title: string) => string;
  shown: boolean;
  onStart: () => void;
}) {
  const { t } = useAuthoringTranslation();
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const onFile = async (file: File) => {
    setOutcome(null);
    onStart();
    const result = tweeToScript(await file.text(), base());
    if (!result.ok) {
      setOutcome({ file: file.name, refused: result.errors });
      return;
    }
    const script = { ...result.script, id: idFor(result.script.title) };
    const draft = await saveNewDraft(script, `twee:${file.name}`);
    setOutcome({
      file: file.name,
      draftId: draft.id,
      title: result.script.title,
      steps: result.script.steps.length,
      unmapped: result.unmapped,
      assumed: result.assumed,
    });
  };
  return (
    <div className="import-script">
      <FileButton
        id="import-twee-file"
        label={t('interchange.twee.button')}
        accept=".twee,.tw,.tw3,.twee3,.txt,text/plain"
        onFile={(file) => void onFile(file)}
      />
      {shown && outcome && 'refused' in outcome && (
        <div role="alert" className="import-refused">
          <p>
            <strong>
              {t('interchange.twee.refused', { file: outcome.file, count: outcome.refused.length })}
            </strong>
          </p>
          <ul aria-label={t('interchange.twee.errorsLabel')}>
            {outcome.refused.map((error, index) => (
              <li key={index}>
                {t('interchange.twee.line', { line: error.line })} —{' '}
                {t(`interchange.twee.errors.${error.code}`, { name: error.name ?? '' })}{' '}
                <em>{t(`interchange.twee.fixes.${error.code}`, { name: error.name ?? '' })}</em>
              </li>
            ))}
          </ul>
        </div>
      )}
      {shown && outcome && 'draftId' in outcome && (
        <section role="status" className="import-report" aria-labelledby="twee-report-title">
          <h2 id="twee-report-title">
            {t('interchange.twee.imported', { title: outcome.title, count: outcome.steps })}
          </h2>
          <p>
            <Link to={editorPath(outcome.draftId)}>
              {t('interchange.twee.open', { title: outcome.title })}
            </Link>
          </p>
          <h3>{t('interchange.twee.unmappedTitle', { count: outcome.unmapped.length })}</h3>
          {outcome.unmapped.length === 0 ? (
            <p>{t('interchange.twee.nothingLeft')}</p>
          ) : (
            <NoteList
              notes={outcome.unmapped}
              label={t('interchange.twee.unmappedTitle', { count: outcome.unmapped.length })}
            />
          )}
          <h3>{t('interchange.twee.assumedTitle', { count: outcome.assumed.length })}</h3>
          {outcome.assumed.length > 0 && (
            <NoteList
              notes={outcome.assumed}
              label={t('interchange.twee.assumedTitle', { count: outcome.assumed.length })}
            />
          )}
        </section>
      )}
    </div>
  );
}
