// What an agent file says, line by line: a spoken line, or one of the stage's actions written as a
// directive, so the CLI and the scoring evaluation play what the stage can (hold, return, transfer,
// silence, hang-up). Shared by `npm run rehearse` and `npm run eval:scoring`.
import { createActor } from 'xstate';
import type { SessionEvent } from './session-machine';
import { sessionMachine } from './session-machine';
import type { SessionConfig, SessionDependencies, SessionState } from './session.types';

export const DIRECTIVES_HELP =
  'Directives: /hold SECONDS (announced), /resume SECONDS (elapsed), /transfer, /hangup, /silence SECONDS, /prompter.';

/** An agent file line that is not what the agent says was not understood: where and how to fix. */
export class AgentLinesError extends Error {}

function seconds(name: string, value: string | undefined, where: string): number {
  const parsed = Number(value);
  if (value === undefined || !Number.isFinite(parsed) || parsed < 0)
    throw new AgentLinesError(
      `${where}: /${name} needs a number of seconds (e.g. "/${name} 60"), not "${value ?? ''}".`,
    );
  return parsed;
}

/** One machine event per non-empty line; `source` names the file in error messages. */
export function parseAgentLines(text: string, source: string): SessionEvent[] {
  const events: SessionEvent[] = [];
  text.split(/\r?\n/u).forEach((raw, index) => {
    const line = raw.trim();
    if (line === '') return;
    if (!line.startsWith('/')) {
      events.push({ type: 'AGENT_LINE', text: line });
      return;
    }
    const where = `${source}, line ${index + 1}`;
    const [name = '', value] = line.slice(1).split(/\s+/u);
    switch (name.toLowerCase()) {
      case 'hold':
        events.push({ type: 'HOLD', announcedSeconds: seconds('hold', value, where) });
        break;
      case 'resume':
        events.push({ type: 'RESUME', elapsedSeconds: seconds('resume', value, where) });
        break;
      case 'silence':
        events.push({ type: 'DEAD_AIR', seconds: seconds('silence', value, where) });
        break;
      case 'transfer':
        events.push({ type: 'TRANSFER' });
        break;
      case 'hangup':
        events.push({ type: 'HANG_UP' });
        break;
      case 'prompter':
        events.push({ type: 'PROMPTER' });
        break;
      default:
        throw new AgentLinesError(`${where}: unknown directive "${line}". ${DIRECTIVES_HELP}`);
    }
  });
  return events;
}

/** Plays a call through the real session machine; lines left when the call ends are not played. */
export function playAgentEvents(
  config: SessionConfig,
  deps: SessionDependencies,
  events: readonly SessionEvent[],
): SessionState {
  const actor = createActor(sessionMachine, { input: { config, deps } }).start();
  actor.send({ type: 'ANSWER' });
  for (const event of events) {
    if (actor.getSnapshot().status === 'done') break;
    actor.send(event);
  }
  if (actor.getSnapshot().status !== 'done') actor.send({ type: 'ABANDON' });
  const session = actor.getSnapshot().context.session;
  actor.stop();
  return session;
}
