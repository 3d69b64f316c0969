/**
 * The rehearsal area's addresses. They live in the feature (which may not import the app) and
 * the app's `paths.ts` re-exposes them to the router, so links and routes cannot drift apart.
 */
export const rehearsalPaths = {
  catalogue: '/repeter',
  setup: '/repeter/scenario/:scriptId',
  stage: '/repeter/seance/:sessionId',
  history: '/repeter/seances',
  path: '/repeter/parcours',
} as const;

/** The setup page of one script. */
export const setupPath = (scriptId: string) => `/repeter/scenario/${encodeURIComponent(scriptId)}`;

/** The stage (or end screen) of one session; a reload of this address resumes the call. */
export const stagePath = (sessionId: string) => `/repeter/seance/${encodeURIComponent(sessionId)}`;
