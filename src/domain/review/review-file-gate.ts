import { parseBundleJson } from './bundle-json';
import { type GateOutcome } from './envelope';
import { FEEDBACK_KIND, gateFeedbackBundleData, type FeedbackBundle } from './feedback-bundle';
import {
  gateSessionBundleData,
  SESSION_BUNDLE_LIMITS,
  type SessionBundleGateOptions,
} from './session-bundle-gate';
import type { SessionBundle } from './session-bundle-schema';

export type ReviewFile =
  { kind: 'sessions'; bundle: SessionBundle } | { kind: 'feedback'; bundle: FeedbackBundle };

/**
 * Revue's import takes agents' session bundles and their answers to feedback through one drop
 * zone: the text is parsed once, then goes to the gate of its kind.
 */
export function gateReviewFile(
  text: string,
  options: SessionBundleGateOptions,
): GateOutcome<ReviewFile> {
  const parsed = parseBundleJson(text, SESSION_BUNDLE_LIMITS);
  if (!parsed.ok) return parsed;
  const kind = (parsed.value.data as { kind?: unknown } | null)?.kind;
  if (kind === FEEDBACK_KIND) {
    const feedback = gateFeedbackBundleData(parsed.value);
    return feedback.ok
      ? { ok: true, value: { kind: 'feedback', bundle: feedback.value } }
      : feedback;
  }
  const sessions = gateSessionBundleData(parsed.value, options);
  return sessions.ok ? { ok: true, value: { kind: 'sessions', bundle: sessions.value } } : sessions;
}
