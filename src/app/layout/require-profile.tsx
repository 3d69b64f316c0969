import type { ReactNode } from 'react';
import { Navigate } from 'react-router';
import { useProfileStore } from '@/stores/profile-store';
import { paths } from '../paths';

/** Sends a first-time visitor to profile creation before any area opens. */
export function RequireProfile({ children }: { children: ReactNode }) {
  const hasProfile = useProfileStore((state) => state.activeProfileId !== null);
  if (!hasProfile) return <Navigate to={paths.welcome} replace />;
  return children;
}
