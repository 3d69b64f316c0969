// Enter-to-reply latency, measured with the User Timing API so the e2e can read it back
// (`performance.getEntriesByName('coulisses:enter-to-reply')`) and report the figure.
export const ENTER_TO_REPLY = 'coulisses:enter-to-reply';

// When the agent's line waiting for its reply was sent; null once that reply is measured. A
// time, not a mark: with two replies shown within one frame, the second measure read a mark
// the first had already cleared, and threw (seen in rehearsal-lecture-resume under load).
let sentAt: number | null = null;
let measuredCall: string | null = null;

/**
 * Notes the moment the agent pressed Enter (or picked a line). The first line of another call
 * clears the previous call's measures: a tab that plays all day keeps one call's worth.
 */
export function markAgentLineSent(sessionId: string): void {
  if (sessionId !== measuredCall) {
    performance.clearMeasures(ENTER_TO_REPLY);
    measuredCall = sessionId;
  }
  sentAt = performance.now();
}

/** Measures from the last agent line to the customer's reply on screen. */
export function markCustomerReplyShown(): void {
  if (sentAt === null) return;
  const start = sentAt;
  sentAt = null;
  // Measured after the browser has painted the reply, not just when React committed it.
  requestAnimationFrame(() => {
    performance.measure(ENTER_TO_REPLY, { start, end: performance.now() });
  });
}
