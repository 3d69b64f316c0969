/** Roles a local profile can take; each opens one area of the app first. */
export const PROFILE_ROLES = ['agent', 'trainer', 'team_lead'] as const;
export type ProfileRole = (typeof PROFILE_ROLES)[number];

export const DISPLAY_NAME_MAX_LENGTH = 60;

/** A local profile: who is using this browser. No password — the app is local. */
export interface Profile {
  id: string;
  displayName: string;
  role: ProfileRole;
  createdAt: string;
}

export type DisplayNameProblem = 'empty' | 'too_long' | 'control_characters';

export type DisplayNameCheck =
  { ok: true; value: string } | { ok: false; problem: DisplayNameProblem };

// C0/C1 control characters would corrupt exports and screen-reader output.
// eslint-disable-next-line no-control-regex
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f-\u009f]/u;

/** Trims and checks a display name typed by a user. */
export function checkDisplayName(raw: string): DisplayNameCheck {
  const value = raw.normalize('NFC').replace(/\s+/gu, ' ').trim();
  if (value.length === 0) return { ok: false, problem: 'empty' };
  if (CONTROL_CHARACTERS.test(raw)) return { ok: false, problem: 'control_characters' };
  if ([...value].length > DISPLAY_NAME_MAX_LENGTH) return { ok: false, problem: 'too_long' };
  return { ok: true, value };
}

/** True when the value is one of the known roles. */
export function isProfileRole(value: unknown): value is ProfileRole {
  return typeof value === 'string' && (PROFILE_ROLES as readonly string[]).includes(value);
}

/** Builds a profile from checked input; the id and clock are injected so the result is reproducible. */
export function createProfile(input: {
  id: string;
  displayName: string;
  role: ProfileRole;
  now: Date;
}): Profile {
  const check = checkDisplayName(input.displayName);
  if (!check.ok) throw new RangeError(`Invalid display name: ${check.problem}`);
  return {
    id: input.id,
    displayName: check.value,
    role: input.role,
    createdAt: input.now.toISOString(),
  };
}
