// Enter-to-reply latency, measured with the User Timing API so the e2e can read it back
// (`performance.getEntriesByName('coulisses:enter-to-reply')`) and report the figure.
const SENT = 'coulisses:agent-line-sent';
const SHOWN = 'coulisses:customer-reply-shown';
export const ENTER_TO_REPLY = 'coulisses:enter-to-reply';

let pending = false;
let measuredCall: string | null = null;

/**
 * Marks the moment the agent pressed Enter (or picked a line). The first line of another call
 * clears the previous call's measures: a tab that plays all day keeps one call's worth.
 */
export function markAgentLineSent(sessionId: string): void {
  if (sessionId !== measuredCall) {
    performance.clearMeasures(ENTER_TO_REPLY);
    measuredCall = sessionId;
  }
  performance.mark(SENT);
  pending = true;
}

/** Marks the customer's reply on screen and measures from the last agent line. */
export function markCustomerReplyShown(): void {
  if (!pending) return;
  pending = false;
  // Measured after the browser has painted the reply, not just when React committed it.
  requestAnimationFrame(() => {
    performance.mark(SHOWN);
    performance.measure(ENTER_TO_REPLY, SENT, SHOWN);
    // The measure keeps the figure; the marks would only pile up.
    performance.clearMarks(SENT);
    performance.clearMarks(SHOWN);
  });
}
