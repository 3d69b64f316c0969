import { useRef, useState } from 'react';
import {
  addExampleLine,
  addReactionBranch,
  type FloorProposal,
} from '@/domain/floor/floor-proposals';
import type { StepStruggle } from '@/domain/floor/mine-floor';
import type { Script } from '@/domain/script/script-schema';
import { useEditorStore } from '../editor/editor-store';
import { useAuthoringTranslation } from '../use-authoring-translation';
import { useScoreFormat } from './use-score-format';

/** The three steps shown as where agents struggle most. */
const STRUGGLES_SHOWN = 3;

export interface FloorEvidence {
  local: number;
  team: number;
  struggles: readonly StepStruggle[];
  proposals: readonly FloorProposal[];
}

/**
 * « Le texte inachevé »: where agents stumble, and the floor's proposals with their evidence.
 * Accepting one is an ordinary edit (undoable, autosaved, published like any other); dismissing
 * one hides it for this draft.
 */
export function ProposalsPanel({
  script,
  evidence,
  status,
  onDismiss,
}: {
  script: Script;
  evidence: FloorEvidence | null;
  status: 'loading' | 'ready' | 'error';
  onDismiss: (proposalId: string) => Promise<void>;
}) {
  const { t } = useAuthoringTranslation();
  const format = useScoreFormat();
  const edit = useEditorStore((state) => state.edit);
  const select = useEditorStore((state) => state.select);
  const [message, setMessage] = useState('');
  const messageRef = useRef<HTMLParagraphElement>(null);
  const title = (id: string) => script.steps.find((s) => s.id === id)?.title ?? id;
  const say = (text: string) => {
    setMessage(text);
    // The accepted card is gone: focus lands on what happened, not on the page's top.
    requestAnimationFrame(() => messageRef.current?.focus());
  };
  const accept = (proposal: FloorProposal) => {
    if (proposal.kind === 'example-line') {
      const note = t('floor.proposals.lineNote', {
        sessions: proposal.evidence.sessions,
        mean: format(proposal.evidence.meanOutOf20),
      });
      edit((draft) => addExampleLine(draft, proposal.stepId, proposal.text, note));
      say(t('floor.proposals.acceptedLine', { step: title(proposal.stepId) }));
    } else {
      const aside = t(`floor.asides.${proposal.aside}`);
      edit((draft) =>
        addReactionBranch(draft, proposal.stepId, {
          aside: proposal.aside,
          text: proposal.text,
          label: t('floor.proposals.branchLabel', { aside }),
        }),
      );
      say(t('floor.proposals.acceptedBranch', { step: title(proposal.stepId) }));
    }
  };
  const dismiss = async (proposal: FloorProposal) => {
    try {
      await onDismiss(proposal.id);
      say(t('floor.proposals.dismissed'));
    } catch {
      say(t('floor.proposals.dismissFailed'));
    }
  };
  return (
    <section className="floor-panel" aria-labelledby="floor-proposals-title">
      <h2 id="floor-proposals-title">{t('floor.proposals.title')}</h2>
      <p>{t('floor.proposals.intro')}</p>
      <p role="status">
        {status === 'loading' && t('floor.proposals.loading')}
        {status === 'error' && t('floor.proposals.loadFailed')}
        {status === 'ready' &&
          evidence &&
          t('floor.proposals.sessions', {
            count: evidence.local + evidence.team,
            local: evidence.local,
            team: evidence.team,
          })}
      </p>
      <p ref={messageRef} tabIndex={-1} role="status" className="floor-message">
        {message}
      </p>
      {evidence && (
        <>
          <h3>{t('floor.proposals.strugglesTitle')}</h3>
          {evidence.struggles.length === 0 ? (
            <p>{t('floor.proposals.strugglesNone')}</p>
          ) : (
            <ol className="floor-struggles" aria-label={t('floor.proposals.strugglesTitle')}>
              {evidence.struggles.slice(0, STRUGGLES_SHOWN).map((struggle) => (
                <li key={struggle.stepId}>
                  <button
                    type="button"
                    className="button button--quiet"
                    onClick={() => select({ type: 'step', stepId: struggle.stepId })}
                  >
                    {title(struggle.stepId)}
                  </button>{' '}
                  {t('floor.proposals.struggle', {
                    struggled: struggle.struggled,
                    reached: struggle.reached,
                    offScript: struggle.offScript,
                    asides: struggle.asidesMishandled,
                  })}
                  {struggle.meanOutOf20 !== null &&
                    t('floor.proposals.struggleMean', { mean: format(struggle.meanOutOf20) })}
                </li>
              ))}
            </ol>
          )}
          <h3>{t('floor.proposals.listTitle')}</h3>
          {evidence.proposals.length === 0 ? (
            <p>{t('floor.proposals.none')}</p>
          ) : (
            <ul className="floor-proposals" aria-label={t('floor.proposals.listLabel')}>
              {evidence.proposals.map((proposal) => (
                <ProposalCard
                  key={proposal.id}
                  proposal={proposal}
                  stepTitle={title(proposal.stepId)}
                  onAccept={() => accept(proposal)}
                  onDismiss={() => void dismiss(proposal)}
                />
              ))}
            </ul>
          )}
        </>
      )}
    </section>
  );
}

function ProposalCard({
  proposal,
  stepTitle,
  onAccept,
  onDismiss,
}: {
  proposal: FloorProposal;
  stepTitle: string;
  onAccept: () => void;
  onDismiss: () => void;
}) {
  const { t } = useAuthoringTranslation();
  const format = useScoreFormat();
  const headingId = `floor-proposal-${proposal.id.replace(/[^\w-]/gu, '-')}`;
  const line = proposal.kind === 'example-line';
  return (
    <li className="floor-proposal" aria-labelledby={headingId}>
      <h4 id={headingId}>
        {line
          ? t('floor.proposals.lineTitle', { step: stepTitle })
          : t('floor.proposals.branchTitle', {
              step: stepTitle,
              aside: t(`floor.asides.${proposal.aside}`),
            })}
        {line && proposal.struggleRank !== null && proposal.struggleRank <= STRUGGLES_SHOWN && (
          <> · {t('floor.proposals.lineRank', { rank: proposal.struggleRank })}</>
        )}
      </h4>
      <blockquote>{proposal.text}</blockquote>
      <p>
        {line
          ? t('floor.proposals.lineEvidence', {
              sessions: proposal.evidence.sessions,
              mean: format(proposal.evidence.meanOutOf20),
              best: format(proposal.evidence.bestOutOf20),
            })
          : proposal.evidence.meanOutOf20 === null
            ? t('floor.proposals.branchEvidenceNoScore', { sessions: proposal.evidence.sessions })
            : t('floor.proposals.branchEvidence', {
                sessions: proposal.evidence.sessions,
                mean: format(proposal.evidence.meanOutOf20),
              })}
      </p>
      <div className="floor-actions">
        <button type="button" className="button" onClick={onAccept}>
          {t(line ? 'floor.proposals.acceptLine' : 'floor.proposals.acceptBranch')}
        </button>
        <button
          type="button"
          className="button button--quiet"
          aria-label={t('floor.proposals.dismissNamed', { text: proposal.text })}
          onClick={onDismiss}
        >
          {t('floor.proposals.dismiss')}
        </button>
      </div>
    </li>
  );
}
