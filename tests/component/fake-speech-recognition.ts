interface FakeResult {
  transcript: string;
  isFinal: boolean;
}

/**
 * A stand-in for Chromium's webkitSpeechRecognition that the test drives: it hears what the
 * test says, settles it, or fails, with the events and result lists the real one sends.
 */
export class FakeSpeechRecognition extends EventTarget {
  static instances: FakeSpeechRecognition[] = [];
  lang = '';
  continuous = false;
  interimResults = false;
  maxAlternatives = 1;
  calls: string[] = [];
  private results: FakeResult[] = [];

  constructor() {
    super();
    FakeSpeechRecognition.instances.push(this);
  }

  static latest(): FakeSpeechRecognition {
    const latest = FakeSpeechRecognition.instances.at(-1);
    if (!latest) throw new Error('No recognition was started');
    return latest;
  }

  start(): void {
    this.calls.push('start');
  }

  stop(): void {
    this.calls.push('stop');
    this.dispatchEvent(new Event('end'));
  }

  abort(): void {
    this.calls.push('abort');
    this.dispatchEvent(Object.assign(new Event('error'), { error: 'aborted' }));
    this.dispatchEvent(new Event('end'));
  }

  /** The service's current guess (`isFinal` false) or its settled words for the last phrase. */
  hear(transcript: string, isFinal: boolean): void {
    const last = this.results.at(-1);
    const index = last && !last.isFinal ? this.results.length - 1 : this.results.length;
    this.results[index] = { transcript, isFinal };
    const results = this.results.map((result) =>
      Object.assign([{ transcript: result.transcript, confidence: 0.9 }], {
        isFinal: result.isFinal,
      }),
    );
    this.dispatchEvent(Object.assign(new Event('result'), { resultIndex: index, results }));
  }

  /** Fails as Chromium does: an error event, then the end. */
  fail(error: string): void {
    this.dispatchEvent(Object.assign(new Event('error'), { error }));
    this.dispatchEvent(new Event('end'));
  }
}
