import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createProfile, type ProfileRole } from '@/domain/profile/profile';
import { registerWhenQuiet } from '@/app/pwa/register-when-quiet';
import { useLiveCallStore } from '@/stores/live-call-store';
import { useProfileStore } from '@/stores/profile-store';

// Issue 19, item 5: the service worker's precache never shares an agent's first visit with the
// cold load of a call; it starts once a call is on, on an idle moment.

const signIn = (role: ProfileRole) => {
  const profile = createProfile({
    id: `p-${role}`,
    displayName: 'Julie Martin',
    role,
    now: new Date(),
  });
  useProfileStore.setState({ profiles: [profile], activeProfileId: profile.id });
};

/** Idle moments the test runs by hand. */
function idleQueue() {
  const tasks: (() => void)[] = [];
  return {
    idle: (task: () => void) => void tasks.push(task),
    runIdle: () => tasks.splice(0).forEach((task) => task()),
  };
}

beforeEach(() => {
  useProfileStore.setState({ profiles: [], activeProfileId: null });
  useLiveCallStore.setState({ liveCalls: 0 });
});

describe('registering the service worker on a first visit', () => {
  it('waits, for an agent, until a call is on the stage, then for an idle moment', () => {
    const register = vi.fn();
    const { idle, runIdle } = idleQueue();
    registerWhenQuiet(register, idle, false);
    runIdle();
    signIn('agent');
    runIdle();
    expect(register).not.toHaveBeenCalled();
    useLiveCallStore.setState({ liveCalls: 1 });
    expect(register).not.toHaveBeenCalled();
    runIdle();
    expect(register).toHaveBeenCalledTimes(1);
    // Once only: the next calls and the end of this one register nothing more.
    useLiveCallStore.setState({ liveCalls: 0 });
    useLiveCallStore.setState({ liveCalls: 1 });
    runIdle();
    expect(register).toHaveBeenCalledTimes(1);
  });

  it.each(['trainer', 'team_lead'] as const)('does not wait for a call for a %s', (role) => {
    const register = vi.fn();
    const { idle, runIdle } = idleQueue();
    registerWhenQuiet(register, idle, false);
    signIn(role);
    runIdle();
    expect(register).toHaveBeenCalledTimes(1);
  });

  it('registers on the first idle moment when a service worker already controls the page', () => {
    const register = vi.fn();
    const { idle, runIdle } = idleQueue();
    signIn('agent');
    registerWhenQuiet(register, idle, true);
    expect(register).not.toHaveBeenCalled();
    runIdle();
    expect(register).toHaveBeenCalledTimes(1);
  });
});
