// `npm run team -- init | add-agent NAME | add-lead NAME | add-trainer NAME | status`
// (see run-team-command.ts and docs/sync.md).
import { runTeamCommand } from './run-team-command';

process.exitCode = await runTeamCommand(
  process.argv.slice(2),
  process.env,
  (line) => console.log(line),
  (line) => console.error(line),
);
