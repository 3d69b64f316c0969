// Item 4: `npm run team -- init | add-agent | add-lead | add-trainer | status` is idempotent,
// takes the admin login from the environment only and never prints it. Against pouchdb-server,
// and a real CouchDB 3 when COUCH_URL is set.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { redactor, runTeamCommand } from '../../tools/team/run-team-command';
import type { TestServer } from './pouchdb-server';
import { memberNames, TARGETS, team } from './team-fixture';

async function run(args: string[], env: NodeJS.ProcessEnv) {
  const lines: string[] = [];
  const code = await runTeamCommand(
    args,
    env,
    (l) => lines.push(l),
    (l) => lines.push(l),
  );
  return { code, text: lines.join('\n') };
}

describe('what the CLI prints', () => {
  it('hides the admin password and any login quoted in an address', () => {
    const redact = redactor({ COUCH_ADMIN_PASSWORD: 's3cret-admin' });
    // As a replication's failure can quote its source, which carries the admin login.
    expect(
      redact(
        'coulisses-fan-in-julie  crashing  could not open http://admin:s3cret-admin@couch:5984/x',
      ),
    ).toBe('coulisses-fan-in-julie  crashing  could not open http://admin:…@couch:5984/x');
    expect(redact('token s3cret-admin')).toBe('token …');
    expect(redact('https://julie:other@host/db')).toBe('https://julie:…@host/db');
  });
});

for (const target of TARGETS) {
  describe.skipIf(target.start === null)(`npm run team on ${target.label}`, () => {
    let server: TestServer;
    const names = memberNames();
    const everything: string[] = [];
    const teamAll = async (...args: string[]) => {
      const result = await team(server, ...args);
      everything.push(...result.out, ...result.err);
      return result;
    };

    beforeAll(async () => {
      server = await (target.start as () => Promise<TestServer>)();
    }, 60_000);
    afterAll(async () => server?.stop());

    it('sets up every role once; a second run of each command writes nothing', async () => {
      const commands = [
        ['init'],
        ['add-agent', names.alice],
        ['add-lead', names.lea],
        ['add-trainer', names.tom],
      ];
      for (const args of commands) {
        const first = await teamAll(...args);
        expect(first.err).toEqual([]);
        expect(first.code).toBe(0);
      }
      for (const args of commands) {
        const again = await teamAll(...args);
        expect(again.code).toBe(0);
        // Only the closing line: no "created", "wrote", "updated" or "set" the second time.
        expect(again.out).toHaveLength(1);
        expect(again.out[0]).toMatch(/^(team ready|\S+ is a (agent|lead|trainer))$/u);
      }
      // A second role for an existing user adds the role and leaves the rest alone.
      const both = await teamAll('add-lead', names.alice);
      expect(both.out).toContain(`updated user ${names.alice} (roles: agent, lead)`);
    });

    it('lists databases and replications with their state, and never prints the admin login', async () => {
      const status = await teamAll('status');
      expect(status.code).toBe(0);
      const text = status.out.join('\n');
      expect(text).toContain(`server ${server.url}`);
      expect(text).toMatch(new RegExp(`coulisses-agent-${names.alice}\\s+\\d+ documents`, 'u'));
      expect(text).toMatch(new RegExp(`coulisses-fan-back-${names.alice}\\s+\\S+`, 'u'));
      const printed = everything.join('\n');
      expect(printed).not.toContain(server.admin.password);
      expect(printed).not.toMatch(/\/\/[^/\s]+:[^…@\s]+@/u);
    });

    it('takes the admin login from the environment only', async () => {
      const { password, user } = server.admin;
      const noLogin = await run(['status'], { COUCH_URL: server.url });
      expect(noLogin.code).toBe(1);
      expect(noLogin.text).toContain('COUCH_ADMIN_USER and COUCH_ADMIN_PASSWORD must be set');
      // Credentials in the address (or as arguments) are refused, and not echoed.
      const inUrl = new URL(server.url);
      inUrl.username = user;
      inUrl.password = password;
      const inAddress = await run(['status'], {
        COUCH_URL: inUrl.href,
        COUCH_ADMIN_USER: user,
        COUCH_ADMIN_PASSWORD: password,
      });
      expect(inAddress.code).toBe(1);
      expect(inAddress.text).toContain('COUCH_URL must not hold credentials');
      const asArgument = await run(['init', '--password', password], {
        COUCH_URL: server.url,
        COUCH_ADMIN_USER: user,
        COUCH_ADMIN_PASSWORD: password,
      });
      expect(asArgument.code).toBe(2);
      expect(asArgument.text).toContain('usage: npm run team');
      // A wrong password: the server's refusal, without the password tried.
      const wrong = await run(['status'], {
        COUCH_URL: server.url,
        COUCH_ADMIN_USER: user,
        COUCH_ADMIN_PASSWORD: 'not-the-admin-password',
      });
      expect(wrong.code).toBe(1);
      expect(wrong.text).toMatch(/401/u);
      for (const result of [noLogin, inAddress, asArgument, wrong]) {
        expect(result.text).not.toContain(password);
        expect(result.text).not.toContain('not-the-admin-password');
      }
    });
  });
}
