import type { Persona } from '@/domain/script/persona-schema';

const RATE = { slow: 0.85, normal: 1, fast: 1.2 } as const;
const PITCH = { soutenu: 0.95, courant: 1, familier: 1.05 } as const;

/** The browser's speech synthesis, when there is one. */
export function speechSynthesisOrNull(): SpeechSynthesis | null {
  return typeof window !== 'undefined' && 'speechSynthesis' in window
    ? window.speechSynthesis
    : null;
}

/** A voice for the script's language (a French one for French scripts), or null if none. */
export function voiceFor(
  synthesis: SpeechSynthesis,
  language: string,
): SpeechSynthesisVoice | null {
  const voices = synthesis.getVoices();
  return (
    voices.find((voice) => voice.lang.toLowerCase().startsWith(`${language}-`)) ??
    voices.find((voice) => voice.lang.toLowerCase().startsWith(language)) ??
    null
  );
}

/** Speaks one customer line with the persona's pace and register. */
export function speak(
  synthesis: SpeechSynthesis,
  voice: SpeechSynthesisVoice,
  text: string,
  persona: Persona,
): void {
  const utterance = new SpeechSynthesisUtterance(text);
  utterance.voice = voice;
  utterance.lang = voice.lang;
  utterance.rate = RATE[persona.speechStyle.pace];
  utterance.pitch = PITCH[persona.speechStyle.register];
  synthesis.cancel();
  synthesis.speak(utterance);
}
