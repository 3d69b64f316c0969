import { useState } from 'react';
import type { Finding } from '@/domain/script/finding.types';
import type { Script } from '@/domain/script/script-schema';
import type { ScriptVersionRecord } from '@/storage/script-version-repository';
import { selectActiveProfile, useProfileStore } from '@/stores/profile-store';
import { markPublished } from '@/stores/published-generation';
import { hasNoError } from '../editor/validate-script';
import type { CaseCheck } from '../test-bench/bench-run';
import { usePublishCheck } from '../test-bench/use-publish-check';
import type { StudioLibrary } from '../library/library-documents';
import { versionRepository } from '../studio-storage';
import { useAuthoringTranslation } from '../use-authoring-translation';

interface PublishPanelProps {
  draftId: string;
  script: Script;
  findings: Finding[] | null;
  library: StudioLibrary | null;
  onPublished: (version: ScriptVersionRecord) => void;
}

/** Publishing: a change note, then an immutable numbered version Répéter can play. Errors block it. */
export function PublishPanel({
  draftId,
  script,
  findings,
  library,
  onPublished,
}: PublishPanelProps) {
  const { t } = useAuthoringTranslation();
  const author = useProfileStore(
    (state) => selectActiveProfile(state)?.displayName ?? script.author,
  );
  const [note, setNote] = useState('');
  const [message, setMessage] = useState('');
  const clashes = library?.scripts.some((s) => s.id === script.id) ?? false;
  const blocked = findings === null || !hasNoError(findings) || clashes;
  // Regression cases (issue 18) re-run before each publish; a change warns, and a second press
  // on the same draft publishes anyway.
  const cases = usePublishCheck(draftId, library);
  const publish = async (accepted: CaseCheck[]) => {
    try {
      const version = await versionRepository().publish({
        script,
        author,
        note: note.trim(),
        publishedAt: new Date().toISOString(),
      });
      markPublished();
      setNote('');
      setMessage(t('publish.done', { number: version.number }));
      await cases.accept(accepted);
      onPublished(version);
    } catch {
      setMessage(t('publish.failed'));
    }
  };
  return (
    <form
      className="publish-form"
      aria-labelledby="publish-title"
      onSubmit={(event) => {
        event.preventDefault();
        if (blocked || !note.trim()) return;
        void cases.check(script).then((accepted) => (accepted ? publish(accepted) : undefined));
      }}
    >
      <h2 id="publish-title">{t('publish.title')}</h2>
      {clashes && <p>{t('publish.clash', { id: script.id })}</p>}
      {!clashes && findings && !hasNoError(findings) && <p>{t('publish.blocked')}</p>}
      <div className="field">
        <label htmlFor="publish-note">{t('publish.note')}</label>
        <input id="publish-note" value={note} required onChange={(e) => setNote(e.target.value)} />
      </div>
      {cases.view(script)}
      <button type="submit" className="button" disabled={blocked || cases.checking}>
        {cases.warned(script) ? t('testBench.publish.anyway') : t('publish.button')}
      </button>
      <p role="status">{message}</p>
    </form>
  );
}
