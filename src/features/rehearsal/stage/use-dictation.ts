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

  // The latest options, for `start` below: it is made once, as the toggle the button holds.
  const options = useRef({ language, onHeard, onUnusable });
  useEffect(() => {
    options.current = { language, onHeard, onUnusable };
  });

  // Made once (the dictate button is memoised): they read the dictation under way from its ref.
  const [controls] = useState(() => {
    const start = () => {
      setProblem(null);
      setGuess('');
      const dictation = startDictation(options.current.language, {
        onResult: (settled, nextGuess) => {
          options.current.onHeard(settled.trim());
          setGuess(nextGuess.trim());
        },
        onProblem: (next) => {
          setProblem(next);
          if (next === 'no-speech') return;
          options.current.onUnusable();
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
      toggle: () => (current.current ? current.current.stop() : start()),
      cancel: () => {
        current.current?.cancel();
        current.current = null;
        setListening(false);
        setGuess('');
      },
    };
  });

  return {
    offered: available && !unusable,
    listening,
    /** The service's current guess, shown after the draft until it settles. */
    guess,
    problem,
    toggle: controls.toggle,
    /** Ends the dictation at once, dropping the unsettled guess (the agent took the keyboard). */
    cancel: controls.cancel,
  };
}
