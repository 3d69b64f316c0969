import type { ProfileRole } from '@/domain/profile/profile';

/** Every route path of the app, in one place so links and routes cannot drift apart. */
export const paths = {
  home: '/',
  welcome: '/bienvenue',
  rehearsal: '/repeter',
  authoring: '/atelier',
  review: '/revue',
  settings: '/parametres',
} as const;

/** The area each role lands on after creating a profile. */
export const homeAreaByRole: Record<ProfileRole, string> = {
  agent: paths.rehearsal,
  trainer: paths.authoring,
  team_lead: paths.review,
};
