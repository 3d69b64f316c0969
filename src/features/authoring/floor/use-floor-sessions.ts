import { useEffect, useState } from 'react';
import type { FloorSession } from '@/domain/floor/floor-session';
import type { Persona } from '@/domain/script/persona-schema';
import { loadFloorSessions } from './floor-sessions';

export type FloorSessions =
  { status: 'loading' } | { status: 'error' } | { status: 'ready'; sessions: FloorSession[] };

/**
 * The stored sessions of the draft's scripts, read once per opening (a call played meanwhile
 * shows on the next opening): reading thousands of calls on every keystroke would be waste.
 */
export function useFloorSessions(
  scriptIds: readonly string[],
  personas: ReadonlyMap<string, Persona> | null,
): FloorSessions {
  const key = scriptIds.join('\u0000');
  // What was read, and for which scripts: a result for other ids reads as still loading.
  const [read, setRead] = useState<{ key: string; state: FloorSessions } | null>(null);
  useEffect(() => {
    if (!personas) return;
    let live = true;
    loadFloorSessions(key.split('\u0000'), personas).then(
      (sessions) => live && setRead({ key, state: { status: 'ready', sessions } }),
      () => live && setRead({ key, state: { status: 'error' } }),
    );
    return () => {
      live = false;
    };
  }, [key, personas]);
  return read?.key === key ? read.state : { status: 'loading' };
}
