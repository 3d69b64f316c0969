import { memo, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Persona } from '@/domain/script/persona-schema';
import type { TranscriptTurn } from '@/domain/session/session.types';
import { speak, speechSynthesisOrNull, voiceFor } from './customer-voice';

interface VoiceToggleProps {
  turns: readonly TranscriptTurn[];
  persona: Persona;
  language: string;
}

/**
 * "Voix du client": when on, each new customer line is spoken; without voices, says so once.
 * Memoised: drawn again when the transcript grows, not on a save state.
 */
export const VoiceToggle = memo(function VoiceToggle({
  turns,
  persona,
  language,
}: VoiceToggleProps) {
  const { t } = useTranslation();
  const id = useId();
  const [on, setOn] = useState(false);
  const [silent, setSilent] = useState(false);
  const spoken = useRef(turns.length);
  const last = turns.at(-1);
  useEffect(() => {
    const synthesis = speechSynthesisOrNull();
    if (!on || !last || spoken.current >= turns.length) return;
    spoken.current = turns.length;
    if (last.speaker !== 'customer' || !synthesis) return;
    const voice = voiceFor(synthesis, language);
    if (voice) speak(synthesis, voice, last.text, persona);
  }, [on, last, turns.length, language, persona]);
  useEffect(() => () => speechSynthesisOrNull()?.cancel(), []);
  const toggle = (next: boolean) => {
    setOn(next);
    spoken.current = turns.length;
    const synthesis = speechSynthesisOrNull();
    if (next && (!synthesis || !voiceFor(synthesis, language))) setSilent(true);
    if (!next) synthesis?.cancel();
  };
  return (
    <div className="voice-toggle">
      <input
        id={id}
        type="checkbox"
        checked={on}
        onChange={(event) => toggle(event.target.checked)}
      />
      <label htmlFor={id}>{t('rehearsal.stage.voice')}</label>
      <p role="status" className="hint">
        {on && silent ? t('rehearsal.stage.noVoice') : ''}
      </p>
    </div>
  );
});
