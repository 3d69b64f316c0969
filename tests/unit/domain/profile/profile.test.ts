import { describe, expect, it } from 'vitest';
import {
  checkDisplayName,
  createProfile,
  DISPLAY_NAME_MAX_LENGTH,
  isProfileRole,
} from '@/domain/profile/profile';
import { toUiLanguage } from '@/domain/profile/languages';

describe('checkDisplayName', () => {
  it.each([
    ['  Inès  ', 'Inès'],
    ['Jean   Pierre', 'Jean Pierre'],
    ['Ine\u0300s', 'Inès'], // decomposed accent is normalised to one character
    ['Zoé\u00a0L.', 'Zoé L.'],
    ['é'.repeat(DISPLAY_NAME_MAX_LENGTH), 'é'.repeat(DISPLAY_NAME_MAX_LENGTH)],
  ])('accepts %j as %j', (raw, expected) => {
    expect(checkDisplayName(raw)).toEqual({ ok: true, value: expected });
  });

  it.each([
    ['', 'empty'],
    ['   \t ', 'empty'],
    ['a'.repeat(DISPLAY_NAME_MAX_LENGTH + 1), 'too_long'],
    ['Léa\u0007', 'control_characters'],
    ['Léa\u0085', 'control_characters'],
  ])('rejects %j as %s', (raw, problem) => {
    expect(checkDisplayName(raw)).toEqual({ ok: false, problem });
  });

  it('counts characters, not UTF-16 units, against the limit', () => {
    const emojiName = '🎭'.repeat(DISPLAY_NAME_MAX_LENGTH);
    expect(checkDisplayName(emojiName).ok).toBe(true);
  });
});

describe('createProfile', () => {
  it('builds a profile from injected id and clock', () => {
    const profile = createProfile({
      id: 'p-1',
      displayName: ' Samia ',
      role: 'team_lead',
      now: new Date('2026-11-23T10:00:00Z'),
    });
    expect(profile).toEqual({
      id: 'p-1',
      displayName: 'Samia',
      role: 'team_lead',
      createdAt: '2026-11-23T10:00:00.000Z',
    });
  });

  it('refuses an invalid name', () => {
    expect(() =>
      createProfile({ id: 'p', displayName: ' ', role: 'agent', now: new Date(0) }),
    ).toThrow(/empty/);
  });
});

describe('value guards', () => {
  it('knows the three roles only', () => {
    expect(['agent', 'trainer', 'team_lead'].every(isProfileRole)).toBe(true);
    expect([undefined, 'admin', 3, 'Agent'].some(isProfileRole)).toBe(false);
  });

  it('falls back to French for unknown languages', () => {
    expect(toUiLanguage('en')).toBe('en');
    expect(toUiLanguage('de')).toBe('fr');
    expect(toUiLanguage(null)).toBe('fr');
  });
});
