// Starts pouchdb-server from node_modules, in memory, on 127.0.0.1 and a free port, for one test
// file; stops it afterwards. Nothing is installed globally and nothing runs in the background
// once the tests are done. Its config and log go to a temporary folder, not the work tree.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export interface TestServer {
  /** Address without credentials, like COUCH_URL. */
  url: string;
  admin: { user: string; password: string };
  /** The server's process id, when this harness started it (the bench reads its CPU time). */
  pid?: number;
  stop: () => Promise<void>;
}

const BIN = resolve('node_modules/pouchdb-server/bin/pouchdb-server');

async function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const probe = createServer();
    probe.once('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => done(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

async function waitUntilUp(url: string, child: ChildProcess, log: () => string): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`pouchdb-server exited early:\n${log()}`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((wait) => setTimeout(wait, 100));
  }
  throw new Error(`pouchdb-server did not answer at ${url} within 30 s:\n${log()}`);
}

/** Starts a fresh in-memory server whose admin party is closed by a server admin. */
export async function startPouchdbServer(): Promise<TestServer> {
  const dir = mkdtempSync(join(tmpdir(), 'coulisses-pouchdb-server-'));
  const port = await freePort();
  const child = spawn(
    process.execPath,
    [
      BIN,
      '--in-memory',
      '--host',
      '127.0.0.1',
      '--port',
      String(port),
      '--dir',
      dir,
      '--config',
      join(dir, 'config.json'),
      '--no-stdout-logs',
      '--no-color',
    ],
    { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const url = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.exitCode === null) {
      const exited = new Promise((done) => child.once('exit', done));
      child.kill('SIGTERM');
      await exited;
    }
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    await waitUntilUp(url, child, () => output);
    const admin = { user: 'coulisses-admin', password: `test-${port}-${Date.now()}` };
    const response = await fetch(`${url}/_config/admins/${admin.user}`, {
      method: 'PUT',
      body: JSON.stringify(admin.password),
    });
    if (!response.ok) throw new Error(`cannot set the server admin: ${response.status}`);
    return { url, admin, pid: child.pid, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
