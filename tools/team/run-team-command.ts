// `npm run team -- init | add-agent NAME | add-lead NAME | add-trainer NAME | status`
// Sets up a team's CouchDB (docs/sync.md). The server and its admin login come from COUCH_URL,
// COUCH_ADMIN_USER and COUCH_ADMIN_PASSWORD, never from arguments; a new user's password from
// TEAM_USER_PASSWORD when set. Every command is idempotent.
import { TEAM_USER_NAME, type TeamRole } from '../../src/domain/sync/document-kinds';
import { clientFromEnvironment } from './couch-client';
import { addMember, initTeam } from './team-setup';
import { teamStatus } from './team-status';

const USAGE =
  'usage: npm run team -- init | add-agent NAME | add-lead NAME | add-trainer NAME | status';

const ADD_COMMANDS: Record<string, TeamRole> = {
  'add-agent': 'agent',
  'add-lead': 'lead',
  'add-trainer': 'trainer',
};

/**
 * Hides the admin password and any login in an address from a line about to be printed: a
 * server's error or a replication's state can quote the replicator's source address, which
 * carries the admin login.
 */
export function redactor(env: NodeJS.ProcessEnv): (line: string) => string {
  const secrets = [env.COUCH_ADMIN_PASSWORD, env.TEAM_USER_PASSWORD].filter(
    (secret): secret is string => (secret?.length ?? 0) >= 4,
  );
  return (line) =>
    secrets.reduce(
      (text, secret) => text.split(secret).join('…'),
      line.replace(/\/\/([^/:@\s]+):[^@\s]*@/gu, '//$1:…@'),
    );
}

/** Runs one command; returns the exit code. Output goes through the two writers. */
export async function runTeamCommand(
  args: readonly string[],
  env: NodeJS.ProcessEnv,
  print: (line: string) => void,
  printError: (line: string) => void,
): Promise<number> {
  const redact = redactor(env);
  const out = (line: string) => print(redact(line));
  const err = (line: string) => printError(redact(line));
  const [command, name, ...rest] = args;
  try {
    if (command === 'init' && name === undefined) {
      await initTeam(clientFromEnvironment(env), out);
      out('team ready');
      return 0;
    }
    if (command === 'status' && name === undefined) {
      for (const line of await teamStatus(clientFromEnvironment(env))) out(line);
      return 0;
    }
    const role = command === undefined ? undefined : ADD_COMMANDS[command];
    if (role && name !== undefined && rest.length === 0) {
      if (!TEAM_USER_NAME.test(name)) {
        err(
          `team: "${name}" is not a valid user name. Use 2 to 40 lowercase letters, digits, - or _, starting with a letter (it also names the agent's database).`,
        );
        return 2;
      }
      await addMember(clientFromEnvironment(env), name, role, env.TEAM_USER_PASSWORD, out);
      out(`${name} is a ${role}`);
      return 0;
    }
    err(`team: unknown or incomplete command "${args.join(' ')}".\n${USAGE}`);
    return 2;
  } catch (error) {
    err(`team ${command}: ${(error as Error).message}`);
    return 1;
  }
}
