import { useCallback, useDeferredValue, useEffect, useMemo, useState } from 'react';
import { floorProposals } from '@/domain/floor/floor-proposals';
import { floorScript, mineFloor, type FloorScript } from '@/domain/floor/mine-floor';
import type { Script } from '@/domain/script/script-schema';
import { createFloorDismissalRepository } from '@/storage/floor-dismissal-repository';
import { appStorage } from '@/stores/app-storage-registry';
import type { StudioLibrary } from '../library/library-documents';
import { floorScriptIds } from './floor-sessions';
import { PathsPanel } from './paths-panel';
import { ProposalsPanel, type FloorEvidence } from './proposals-panel';
import { useFloorSessions } from './use-floor-sessions';
import './floor.css';

const dismissals = () => createFloorDismissalRepository(appStorage().db);

/** Atelier part 2's floor: paths and coverage, and the proposals mined from played sessions. */
export function FloorPanels({
  draftId,
  origin,
  script,
  library,
}: {
  draftId: string;
  origin: string | undefined;
  script: Script;
  library: StudioLibrary | null;
}) {
  // The script id is edited in the inspector: follow it, but read the sessions only when it settles.
  const scriptId = useDeferredValue(script.id);
  const ids = useMemo(() => floorScriptIds(scriptId, origin), [scriptId, origin]);
  const stored = useFloorSessions(ids, library?.personas ?? null);
  const [dismissed, setDismissed] = useState<ReadonlySet<string>>(new Set());
  useEffect(() => {
    let live = true;
    dismissals()
      .read(draftId)
      .then(
        (read) => live && setDismissed(read),
        // Unreadable dismissals show every proposal again: annoying, never harmful.
        () => undefined,
      );
    return () => {
      live = false;
    };
  }, [draftId]);
  const onDismiss = useCallback(
    async (proposalId: string) => setDismissed(await dismissals().dismiss(draftId, proposalId)),
    [draftId],
  );
  const deferred = useDeferredValue(script);
  const sessions = stored.status === 'ready' ? stored.sessions : null;
  // Mining thousands of calls is not redone for a typed title: only when what it reads changes.
  const readKey = JSON.stringify(floorScript(deferred));
  const read = useMemo(() => JSON.parse(readKey) as FloorScript, [readKey]);
  const mining = useMemo(() => (sessions ? mineFloor(read, sessions) : null), [read, sessions]);
  const evidence = useMemo((): FloorEvidence | null => {
    if (!mining || !sessions) return null;
    const team = sessions.filter((session) => session.id.startsWith('team:')).length;
    return {
      local: sessions.length - team,
      team,
      struggles: mining.struggles,
      proposals: floorProposals(deferred, mining, dismissed),
    };
  }, [mining, sessions, deferred, dismissed]);
  return (
    <>
      <PathsPanel
        script={script}
        library={library}
        unreached={mining?.unreached ?? null}
        sessions={mining?.sessions ?? 0}
      />
      <ProposalsPanel
        script={script}
        evidence={evidence}
        status={library ? stored.status : 'loading'}
        onDismiss={onDismiss}
      />
    </>
  );
}
