import { useTranslation } from 'react-i18next';
import { useLiveCallMarker } from '@/stores/live-call-store';
import type { Library } from '../library/library-loader';
import type { OpenedSession } from '../session/session-service';
import { defaultRubric } from '../session/default-rubric';
import { AgentInput } from './agent-input';
import { CallClock } from './call-clock';
import { CallControls } from './call-controls';
import { ConversationLog } from './conversation-log';
import { CustomerFilePanel } from './customer-file-panel';
import { EndOfCall } from './end-of-call';
import { LecturePicker } from './lecture-picker';
import { MoodGauge } from './mood-gauge';
import { PrompterPanel } from './prompter-panel';
import { SaveStatus } from './save-status';
import { useStageController } from './use-stage-controller';
import { VoiceToggle } from './voice-toggle';

interface StageScreenProps {
  opened: Extract<OpenedSession, { kind: 'ready' }>;
  agentName: string;
  library: Library;
}

/** The call in progress: the conversation, the agent's line, and the softphone around it. */
export function StageScreen({ opened, agentName, library }: StageScreenProps) {
  const { t } = useTranslation();
  const stage = useStageController(opened, agentName, defaultRubric(library));
  const { session, view } = stage;
  const { mode, script } = session.config;
  // The hint stays up until the next turn: the prompter's own turn is the last one.
  const prompterShown =
    session.transcript.at(-1)?.events.some((event) => event.type === 'prompter_used') ?? false;
  const showMood = mode === 'lecture' || mode === 'repetition';
  const language = script.language;
  // Until the call ends, no update of the app is offered (src/app/layout/update-banner.tsx).
  useLiveCallMarker(view.status !== 'ended');
  if (view.status === 'ended') {
    return (
      <>
        <SaveStatus state={stage.saveState} final />
        <EndOfCall
          session={session}
          seconds={stage.endSeconds}
          library={library}
          storedCard={stage.scoreCard}
        />
      </>
    );
  }
  const onHold = view.status === 'on_hold';
  const canSpeak = view.status === 'in_call';
  return (
    <div className="stage">
      <div className="stage__bar">
        <p>
          <span className="stage__label">
            {t('rehearsal.stage.fieldLabel', { label: t('rehearsal.stage.phase') })}{' '}
          </span>
          {view.phase ? t(`rehearsal.phase.${view.phase}`) : t('rehearsal.stage.noPhase')}
        </p>
        <p>
          <span className="stage__label">
            {t('rehearsal.stage.fieldLabel', { label: t('rehearsal.stage.clock') })}{' '}
          </span>
          <CallClock elapsed={stage.elapsed} running={stage.running} />
        </p>
        <VoiceToggle
          turns={stage.transcript}
          persona={session.config.persona}
          language={language}
        />
        <SaveStatus state={stage.saveState} final={false} />
      </div>
      <div className="stage__main">
        <div className="stage__call">
          <ConversationLog
            turns={stage.transcript}
            language={language}
            live
            label={t('rehearsal.stage.conversation')}
          />
          {onHold && <p role="status">{t('rehearsal.stage.onHold')}</p>}
          {mode === 'lecture' && canSpeak && view.choices.length > 0 ? (
            <LecturePicker choices={view.choices} language={language} onSay={stage.say} />
          ) : (
            mode !== 'lecture' && (
              <AgentInput
                disabled={!canSpeak}
                language={language}
                onSay={stage.say}
                onTyping={stage.noteActivity}
              />
            )
          )}
          <CallControls
            onHold={onHold}
            onHoldStart={stage.hold}
            onResume={stage.resume}
            onTransfer={stage.transfer}
            onHangUp={stage.hangUp}
          />
        </div>
        <CustomerFilePanel persona={session.config.persona} verified={stage.verified} />
        {showMood && (
          <div className="stage__side">
            <MoodGauge mood={view.mood} />
            {mode === 'repetition' && (
              <PrompterPanel
                hint={view.prompter}
                shown={prompterShown}
                uses={session.prompterUses}
                language={language}
                onAsk={stage.prompter}
              />
            )}
          </div>
        )}
      </div>
    </div>
  );
}
