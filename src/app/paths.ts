import type { ProfileRole } from '@/domain/profile/profile';
import { authoringPaths } from '@/features/authoring/authoring-paths';
import { rehearsalPaths } from '@/features/rehearsal/rehearsal-paths';

/** Every route path of the app, in one place so links and routes cannot drift apart. */
export const paths = {
  home: '/',
  welcome: '/bienvenue',
  rehearsal: rehearsalPaths.catalogue,
  rehearsalSetup: rehearsalPaths.setup,
  rehearsalStage: rehearsalPaths.stage,
  rehearsalHistory: rehearsalPaths.history,
  rehearsalPath: rehearsalPaths.path,
  authoring: authoringPaths.shelf,
  authoringEditor: authoringPaths.editor,
  authoringDocument: authoringPaths.document,
  review: '/revue',
  settings: '/parametres',
} as const;

/** The area each role lands on after creating a profile. */
export const homeAreaByRole: Record<ProfileRole, string> = {
  agent: paths.rehearsal,
  trainer: paths.authoring,
  team_lead: paths.review,
};
