// `npm run bench sync`: team sync through a real pouchdb-server on loopback, with the real
// replication protocol and the app's sync engine on two Node "devices" (memory PouchDB, fake
// IndexedDB for Dexie). Measures the first sync of 500 sessions agent → server → lead, then one
// new session, and the size of a synced session document (docs/scaling.md uses it); then checks
// in a production build that the rehearsal stage loads no sync code when sync is off.
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import type { BenchFigure } from '../../tools/bench';
import { runTeamCommand } from '../../tools/team/run-team-command';
import { openDevice, type Device } from '../sync/device';
import { playedSession, playedSessionDocument } from '../sync/played-session';
import { startPouchdbServer } from '../sync/pouchdb-server';
import { MEMBER_PASSWORD } from '../sync/team-fixture';
import { stageWithoutSync } from './sync/stage-without-sync';

export const name = 'team sync (pouchdb-server on loopback)';

const FIRST_SYNC = 500;

async function until(check: () => Promise<boolean>, everyMs = 20): Promise<void> {
  const deadline = Date.now() + 120_000;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('sync bench: the lead never received everything');
    await new Promise((wait) => setTimeout(wait, everyMs));
  }
}

// Counted through the kind index: reading every received document each 20 ms would load the
// very thread the two devices sync on.
const sessionsAt = (device: Device) => device.repository.inboxCount('session');

/**
 * CPU seconds spent by this process and the server since `since`: unlike the wall-clock figure,
 * it hardly moves when other work shares the machine, so a busy run can still be judged.
 */
function cpuSeconds(serverPid: number | undefined): number {
  const own = process.cpuUsage();
  let server = 0;
  if (serverPid !== undefined) {
    // /proc/<pid>/stat fields 14 and 15: user and system time in clock ticks (100 per second).
    const fields = readFileSync(`/proc/${serverPid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
    server = (Number(fields[11]) + Number(fields[12])) / 100;
  }
  return (own.user + own.system) / 1e6 + server;
}

export async function run(): Promise<BenchFigure[]> {
  const figures = await syncFigures();
  return [...figures, ...(await stageWithoutSync())];
}

async function syncFigures(): Promise<BenchFigure[]> {
  const server = await startPouchdbServer();
  const devices: Device[] = [];
  try {
    const env = {
      COUCH_URL: server.url,
      COUCH_ADMIN_USER: server.admin.user,
      COUCH_ADMIN_PASSWORD: server.admin.password,
      TEAM_USER_PASSWORD: MEMBER_PASSWORD,
    };
    for (const args of [
      ['add-agent', 'bench-agent'],
      ['add-lead', 'bench-lead'],
    ]) {
      if ((await runTeamCommand(args, env, () => undefined, console.error)) !== 0) {
        throw new Error('sync bench: team setup failed');
      }
    }
    const agent = await openDevice(server, 'bench-agent', ['agent']);
    const lead = await openDevice(server, 'bench-lead', ['lead']);
    devices.push(agent, lead);
    for (let index = 0; index < FIRST_SYNC; index += 1) {
      const { record, turns } = playedSession(`bench-${index}`);
      await agent.storage.sessions.saveFinal(
        { ...record, profileId: agent.account.profileId },
        turns,
      );
    }
    await lead.start();
    const firstStart = performance.now();
    const cpuStart = cpuSeconds(server.pid);
    await agent.start();
    await until(async () => (await sessionsAt(lead)) === FIRST_SYNC);
    const firstSync = (performance.now() - firstStart) / 1000;
    const firstSyncCpu = cpuSeconds(server.pid) - cpuStart;
    // Revue imports behind the inbox (revue-follower.ts): when its team table shows them all.
    // Polled less often, as reading the summaries is not free.
    await until(async () => (await lead.review.listSummaries()).length === FIRST_SYNC, 100);
    const inRevue = (performance.now() - firstStart) / 1000;

    const { record, turns } = playedSession('bench-new');
    const oneStart = performance.now();
    await agent.storage.sessions.saveFinal(
      { ...record, profileId: agent.account.profileId },
      turns,
    );
    await until(async () => (await sessionsAt(lead)) === FIRST_SYNC + 1);
    const oneSession = (performance.now() - oneStart) / 1000;

    const doc = playedSessionDocument('bench-agent', 'size');
    const bytes = Buffer.byteLength(JSON.stringify(doc));
    return [
      {
        label: `first sync, ${FIRST_SYNC} sessions agent → server → lead`,
        value: firstSync,
        unit: 's',
        target: 5,
      },
      {
        label: `  CPU time of that first sync, devices + server (load average ${loadavg()[0]?.toFixed(1)})`,
        value: firstSyncCpu,
        unit: 's',
      },
      {
        label: `  the same ${FIRST_SYNC} sessions in the lead's Revue (imported behind the inbox)`,
        value: inRevue,
        unit: 's',
      },
      { label: 'one new session agent → server → lead', value: oneSession, unit: 's', target: 2 },
      {
        label: `one synced session document (${turns.length} turns, JSON)`,
        value: bytes / 1024,
        unit: 'KiB',
      },
    ];
  } finally {
    for (const device of devices) await device.close();
    await server.stop();
  }
}
