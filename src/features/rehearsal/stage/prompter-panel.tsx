import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { PrompterHint } from '@/domain/session/session-views';

interface PrompterPanelProps {
  hint: PrompterHint | null;
  shown: boolean;
  uses: number;
  language: string;
  onAsk: () => void;
}

/**
 * The souffleur (Répétition only): whispers the expected move and the author's line, on demand.
 * Memoised: a save state or the agent's typing does not draw it again.
 */
export const PrompterPanel = memo(function PrompterPanel({
  hint,
  shown,
  uses,
  language,
  onAsk,
}: PrompterPanelProps) {
  const { t } = useTranslation();
  return (
    <section className="prompter" aria-labelledby="prompter-title">
      <h2 id="prompter-title" className="stage__subtitle">
        {t('rehearsal.stage.prompter')}
      </h2>
      <button type="button" className="button button--quiet" disabled={!hint} onClick={onAsk}>
        {t('rehearsal.stage.prompter')}
      </button>
      <p className="hint">{t('rehearsal.stage.prompterUses', { count: uses })}</p>
      <div aria-live="polite">
        {shown && hint && (
          <div className="prompter__hint">
            <p>
              {t('rehearsal.stage.prompterExpected', {
                moves: hint.expectedMoves.map((move) => t(`rehearsal.moves.${move}`)).join(', '),
              })}
            </p>
            <p lang={language} dir="auto">
              {t('rehearsal.stage.prompterGoal', { goal: hint.goal })}
            </p>
            {hint.line && (
              <p lang={language} dir="auto">
                {t('rehearsal.stage.prompterLine', { line: hint.line })}
              </p>
            )}
          </div>
        )}
      </div>
    </section>
  );
});
