/** Revue's addresses, relative to the app (the area is mounted at /revue). */
export const reviewPaths = {
  team: '/revue',
  agent: (agentId: string) => `/revue/agent/${encodeURIComponent(agentId)}`,
  session: (documentId: string) => `/revue/seance/${encodeURIComponent(documentId)}`,
  calibration: '/revue/calibration',
  calibrate: (documentId: string) => `/revue/calibration/${encodeURIComponent(documentId)}`,
  paths: '/revue/parcours',
};
