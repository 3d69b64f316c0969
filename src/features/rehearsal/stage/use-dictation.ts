import { useEffect, useRef, useState } from 'react';
import {
  dictationAvailable,
  startDictation,
  type Dictation,
  type DictationProblem,
} from './speech-recognition';

interface DictationOptions {
  /** The script's language: the agent speaks the call's language, not the interface's. */
  language: string;
  /** False on hold and once the call is over: listening stops. */
  active: boolean;
  /** Hears every result: the words the service settled on (often none yet), for the draft. */
  onHeard: (settled: string) => void;
  /** Called when the service turns out unusable, just before the button goes away. */
  onUnusable: () => void;
}

/**
 * Dictation for the agent's line: offered only where the browser has speech recognition, and
 * withdrawn for the rest of the call once the browser shows it cannot serve (no microphone,
 * refused permission, no recognition service). Never sends anything itself.
 */
export function useDictation({ language, active, onHeard, onUnusable }: DictationOptions) {
  const [available] = useState(() => dictationAvailable());
  const [unusable, setUnusable] = useState(false);
  const [listening, setListening] = useState(false);
  const [guess, setGuess] = useState('');
  const [problem, setProblem] = useState<DictationProblem | null>(null);
  const current = useRef<Dictation | null>(null);

  useEffect(() => {
    if (!active) current.current?.stop();
  }, [active]);
  useEffect(() => () => current.current?.cancel(), []);

  const start = () => {
    setProblem(null);
    setGuess('');
    const dictation = startDictation(language, {
      onResult: (settled, nextGuess) => {
        onHeard(settled.trim());
        setGuess(nextGuess.trim());
      },
      onProblem: (next) => {
        setProblem(next);
        if (next === 'no-speech') return;
        onUnusable();
        setUnusable(true);
      },
      onEnd: () => {
        current.current = null;
        setListening(false);
        setGuess('');
      },
    });
    if (!dictation) return;
    current.current = dictation;
    setListening(true);
  };

  return {
    offered: available && !unusable,
    listening,
    /** The service's current guess, shown after the draft until it settles. */
    guess,
    problem,
    toggle: () => (listening ? current.current?.stop() : start()),
    /** Ends the dictation at once, dropping the unsettled guess (the agent took the keyboard). */
    cancel: () => {
      current.current?.cancel();
      current.current = null;
      setListening(false);
      setGuess('');
    },
  };
}
