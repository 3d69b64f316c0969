import { useState } from 'react';
import type { Script } from '@/domain/script/script-schema';
import { stageView } from '@/domain/session/session-views';
import { useAuthoringTranslation } from '../use-authoring-translation';
import { BenchChoices } from './bench-choices';
import { BenchScore } from './bench-score';
import type { LiveRun } from './use-test-bench';

interface BenchCallProps {
  live: LiveRun;
  script: Script;
  agentName: string;
  scored: boolean;
  onSay: (text: string) => void;
}

/** The test call: what was said, the agent's next line (typed or chosen), the card at the end. */
export function BenchCall({ live, script, agentName, scored, onSay }: BenchCallProps) {
  const { t } = useAuthoringTranslation();
  const [line, setLine] = useState('');
  const view = stageView(live.state, agentName);
  const titles = new Map(script.steps.map((step) => [step.id, step.title]));
  const inCall = live.state.status === 'in_call';
  const say = (text: string) => {
    if (!text.trim()) return;
    onSay(text.trim());
    setLine('');
  };
  return (
    <section className="bench-call" aria-labelledby="bench-call-title">
      <h3 id="bench-call-title">{t('testBench.call')}</h3>
      {view.stepId && <p>{t('testBench.at', { step: titles.get(view.stepId) ?? view.stepId })}</p>}
      <ol className="bench-transcript" aria-label={t('testBench.transcript')} aria-live="polite">
        {live.state.transcript
          .filter((turn) => turn.text)
          .map((turn) => (
            <li key={turn.index} className={`bench-turn bench-turn--${turn.speaker}`}>
              <strong>{t(`testBench.speakers.${turn.speaker}`)}</strong> : {turn.text}
            </li>
          ))}
      </ol>
      {inCall && live.run.mode === 'lecture' && view.choices.length > 0 && (
        <BenchChoices choices={view.choices} language={script.language} onSay={say} />
      )}
      {inCall && (live.run.mode !== 'lecture' || view.choices.length === 0) && (
        <form
          className="bench-line"
          onSubmit={(event) => {
            event.preventDefault();
            say(line);
          }}
        >
          <label htmlFor="bench-line">{t('testBench.line')}</label>
          <textarea
            id="bench-line"
            rows={2}
            value={line}
            onChange={(e) => setLine(e.target.value)}
            onKeyDown={(event) => {
              // Enter says the line, Shift+Enter goes to a new line (as on the stage).
              if (event.key === 'Enter' && !event.shiftKey) {
                event.preventDefault();
                say(line);
              }
            }}
          />
          <button type="submit" className="button">
            {t('testBench.say')}
          </button>
        </form>
      )}
      {!inCall && <BenchScore outcome={live.state.outcome} card={live.card} scored={scored} />}
    </section>
  );
}
