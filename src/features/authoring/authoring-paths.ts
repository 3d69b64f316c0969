/**
 * Atelier's addresses. They live in the feature (which may not import the app) and the app's
 * `paths.ts` re-exposes them to the router, so links and routes cannot drift apart.
 */
export const authoringPaths = {
  shelf: '/atelier',
  editor: '/atelier/brouillon/:draftId',
  document: '/atelier/fiche/:draftId',
} as const;

/** The editor of one draft. */
export const editorPath = (draftId: string) => `/atelier/brouillon/${encodeURIComponent(draftId)}`;

/** The form of one brand guide or persona draft. */
export const documentPath = (draftId: string) => `/atelier/fiche/${encodeURIComponent(draftId)}`;
