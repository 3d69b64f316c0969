/**
 * The Web Speech API's recognition, behind the three things dictation needs: is it there, start,
 * stop. TypeScript's DOM library only types the result objects, so the recognition itself is
 * described here; component tests put a fake on `window` in its place.
 */

interface Recognition extends EventTarget {
  lang: string;
  continuous: boolean;
  interimResults: boolean;
  maxAlternatives: number;
  start(): void;
  stop(): void;
  abort(): void;
}

type RecognitionConstructor = new () => Recognition;

interface RecognitionScope {
  SpeechRecognition?: unknown;
  webkitSpeechRecognition?: unknown;
}

/** Why dictation stopped on its own; `no-speech` is the only one worth trying again. */
export type DictationProblem =
  | 'not-allowed'
  | 'service-not-allowed'
  | 'network'
  | 'audio-capture'
  | 'no-speech'
  | 'language-not-supported'
  | 'other';

const KNOWN_PROBLEMS: readonly string[] = [
  'not-allowed',
  'service-not-allowed',
  'network',
  'audio-capture',
  'no-speech',
  'language-not-supported',
];

/** What a dictation reports while it runs. */
export interface DictationListener {
  /** Words the service settled on (to keep), and its current guess at what follows (to show). */
  onResult(settled: string, guess: string): void;
  onProblem(problem: DictationProblem): void;
  onEnd(): void;
}

/** A dictation under way. */
export interface Dictation {
  /** Stops listening; words already heard still arrive as settled text. */
  stop(): void;
  /** Stops listening and drops everything not yet reported; the listener hears nothing more. */
  cancel(): void;
}

const RECOGNITION_LANGUAGE: Record<string, string> = { fr: 'fr-FR', en: 'en-GB' };

function recognitionConstructor(
  scope: RecognitionScope | undefined,
): RecognitionConstructor | null {
  const candidate = scope?.SpeechRecognition ?? scope?.webkitSpeechRecognition;
  return typeof candidate === 'function' ? (candidate as RecognitionConstructor) : null;
}

function browserScope(): RecognitionScope | undefined {
  return typeof window === 'undefined' ? undefined : (window as RecognitionScope);
}

/** Whether this browser offers speech recognition at all (prefixed or not). */
export function dictationAvailable(scope = browserScope()): boolean {
  return recognitionConstructor(scope) !== null;
}

/** The recognition language for a script language (`fr` → `fr-FR`). */
export function recognitionLanguage(language: string): string {
  return RECOGNITION_LANGUAGE[language] ?? language;
}

/** Only a known error name maps to its own message; anything else is a generic problem. */
function problemOf(error: unknown): DictationProblem | null {
  if (error === 'aborted') return null; // our own cancel(), not a problem
  return typeof error === 'string' && KNOWN_PROBLEMS.includes(error)
    ? (error as DictationProblem)
    : 'other';
}

/**
 * Starts listening in the script's language, reporting settled and guessed text as it comes.
 * Returns null when the browser has no recognition; a refused start is reported as a problem.
 */
export function startDictation(
  language: string,
  listener: DictationListener,
  scope = browserScope(),
): Dictation | null {
  const Constructor = recognitionConstructor(scope);
  if (!Constructor) return null;
  let recognition: Recognition;
  try {
    recognition = new Constructor();
  } catch {
    listener.onProblem('other');
    listener.onEnd();
    return null;
  }
  recognition.lang = recognitionLanguage(language);
  recognition.continuous = true;
  recognition.interimResults = true;
  recognition.maxAlternatives = 1;
  let listening = true;
  const onResult = (event: Event) => {
    const { resultIndex, results } = event as Event & {
      resultIndex: number;
      results: SpeechRecognitionResultList;
    };
    let settled = '';
    let guess = '';
    // Results before resultIndex were settled and reported by earlier events.
    for (let index = resultIndex; index < results.length; index += 1) {
      const result = results[index];
      const words = result?.[0]?.transcript ?? '';
      if (result?.isFinal) settled += words;
      else guess += words;
    }
    listener.onResult(settled, guess);
  };
  const onError = (event: Event) => {
    const problem = problemOf((event as Event & { error?: unknown }).error);
    if (problem) listener.onProblem(problem);
  };
  const onEnd = () => {
    if (!listening) return;
    listening = false;
    detach();
    listener.onEnd();
  };
  const detach = () => {
    recognition.removeEventListener('result', onResult);
    recognition.removeEventListener('error', onError);
    recognition.removeEventListener('end', onEnd);
  };
  recognition.addEventListener('result', onResult);
  recognition.addEventListener('error', onError);
  recognition.addEventListener('end', onEnd);
  try {
    recognition.start();
  } catch {
    // Chromium throws when a recognition is already running in this page.
    detach();
    listener.onProblem('other');
    listener.onEnd();
    return null;
  }
  return {
    stop: () => {
      if (listening) recognition.stop();
    },
    cancel: () => {
      if (!listening) return;
      listening = false;
      detach();
      recognition.abort();
    },
  };
}
