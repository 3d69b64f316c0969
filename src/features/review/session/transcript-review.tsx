import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportedSession } from '@/domain/review/imported-session';
import { formatSignedOn20 } from '@/ui/score-scale';
import { NoteEditor } from './note-editor';
import { TurnNotes } from './turn-notes';
import type { ReviewPartProps } from './scores-panel';

/** The call turn by turn: the automatic findings and the lead's notes under the turn they are about. */
export function TranscriptReview({
  session,
  review,
  append,
}: ReviewPartProps & { session: ImportedSession }) {
  const { t, i18n } = useTranslation('review');
  const [adding, setAdding] = useState<number | null>(null);
  const findings = session.scoreCard?.findings ?? [];
  return (
    <section aria-labelledby="transcript-title" className="review-section">
      <h2 id="transcript-title">{t('transcript.title')}</h2>
      <ol className="review-transcript" aria-label={t('transcript.title')}>
        {session.transcript.map((turn) => (
          <li key={turn.index} className={`turn turn--${turn.speaker}`}>
            <p>
              <strong>{t(`speakers.${turn.speaker}`)}</strong> : {turn.text}
            </p>
            {findings
              .filter((finding) => finding.turn === turn.index)
              .map((finding, index) => (
                <div key={index} className="finding">
                  <p>
                    {t('transcript.finding', {
                      points: formatSignedOn20(finding.points, i18n.language),
                      why: finding.why,
                    })}
                  </p>
                  {/* A finding with no better line (a bonus, a breach) says nothing more. */}
                  {finding.better.trim() !== '' && (
                    <p>
                      {t('transcript.sayInstead')}{' '}
                      <span lang={session.language}>
                        {t('transcript.quoted', { text: finding.better })}
                      </span>
                    </p>
                  )}
                </div>
              ))}
            <TurnNotes
              notes={review.notes.filter((note) => note.turn === turn.index)}
              append={append}
            />
            {adding === turn.index ? (
              <NoteEditor
                label={t('notes.newLabel', { turn: turn.index + 1 })}
                initial=""
                onCancel={() => setAdding(null)}
                onSave={async (text) => {
                  const thread = `note:${crypto.randomUUID()}`;
                  await append({ kind: 'note', thread, turn: turn.index, text, deleted: false });
                  setAdding(null);
                }}
              />
            ) : (
              <button
                type="button"
                className="button button--quiet no-print"
                onClick={() => setAdding(turn.index)}
                aria-label={t('notes.addLabel', { turn: turn.index + 1 })}
              >
                {t('notes.add')}
              </button>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
