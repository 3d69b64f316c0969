// `npm run coherence:sample [-- --n 40] [--seed 1]`: draws N exchanges (an agent line and the
// customer's answer) at random, reproducibly, from headless calls over every script × persona with
// a mix of agent behaviours, and prints each with what the agent did and what the customer should
// do back (question → answer, commitment → acknowledged, apology → received, refusal → argued,
// goodbye → goodbye). A human reads and rates them: the printed « expects » is a reading aid and
// the automatic floor checks of call-coherence.ts, not a verdict.
import { createRandom } from '../src/domain/random/seeded-random';
import type { SessionState, TranscriptTurn } from '../src/domain/session/session.types';
import { BEHAVIOURS, playCall } from './call-behaviours';
import { incoherentExchanges } from './call-coherence';
import { depsFor, loadLibrary } from './call-library';

function numberOption(name: string, fallback: number): number {
  const index = process.argv.indexOf(`--${name}`);
  const value = index < 0 ? fallback : Number(process.argv[index + 1]);
  if (!Number.isSafeInteger(value) || value < 1) {
    process.stderr.write(`coherence-sample: --${name} needs a positive whole number.\n`);
    process.exit(2);
  }
  return value;
}

/** What a listener expects back from what the agent line did, strongest first. */
function expects(turn: TranscriptTurn): string {
  const moves = new Set<string>(turn.moves.map((move) => move.id));
  if (turn.text === '' || turn.events.some((e) => e.type === 'dead_air')) return 'silence → nudge';
  if (moves.size === 0) return 'no move → not understood / no relation';
  if (moves.has('close')) return 'goodbye → goodbye';
  if (moves.has('refuse_politely') || moves.has('set_limit')) return 'refusal → argued or accepted';
  if (
    ['verify_identity', 'probe_open', 'probe_closed', 'check_satisfaction'].some((m) =>
      moves.has(m),
    )
  )
    return 'question → answer';
  if (moves.has('apologise')) return 'apology → received';
  if (moves.has('commit') || moves.has('propose')) return 'commitment/offer → acknowledged';
  if (moves.has('empathise') || moves.has('reformulate')) return 'validation → confirmed';
  return 'statement → follows on';
}

const n = numberOption('n', 40);
const seed = numberOption('seed', 1);
const { scripts, personas, brands } = loadLibrary();
const random = createRandom(seed).fork('coherence-sample');
// New agents as they really are: mostly careful, sometimes careless (skipping, ignoring, rude).
const MIX = [
  'attentive',
  'attentive',
  'attentive',
  'skip_verification',
  'rude',
  'ignoring',
] as const;

const drawn: string[] = [];
let automaticFailures = 0;
while (drawn.length < n) {
  const script = random.pick(scripts);
  const persona = random.pick(personas.filter((p) => p.language === script.language));
  const behaviour = random.pick(MIX);
  if (!BEHAVIOURS.includes(behaviour)) continue;
  const callSeed = 1 + random.int(1000);
  const brand = brands.find((b) => b.id === script.brand) ?? null;
  const session: SessionState = playCall(
    { script, persona, brand, seed: callSeed },
    behaviour,
    depsFor(script),
  );
  const turns = session.transcript.filter((turn) => turn.speaker !== 'system');
  const pairs = turns.flatMap((turn, i) => {
    const next = turns[i + 1];
    return turn.speaker === 'agent' && next?.speaker === 'customer' ? [[turn, next] as const] : [];
  });
  if (pairs.length === 0) continue;
  const [agent, customer] = random.pick(pairs);
  // What the customer said before: an answer can follow a question asked before an aside.
  const before = turns.slice(0, turns.indexOf(agent)).findLast((t) => t.speaker === 'customer');
  const earlier = before
    ? turns.slice(0, turns.indexOf(before)).findLast((t) => t.speaker === 'agent')
    : undefined;
  const failures = incoherentExchanges({ ...session, transcript: [agent, customer] }).failures;
  if (failures.length > 0) automaticFailures += 1;
  const moves = agent.moves.map((move) => move.id).join(', ') || '—';
  drawn.push(
    [
      `${drawn.length + 1}. ${script.id} × ${persona.id} × seed ${callSeed} (${behaviour})`,
      ...(earlier ? [`   (agent   « ${earlier.text} »)`] : []),
      ...(before ? [`   (customer « ${before.text} »)`] : []),
      `   agent    « ${agent.text} »  [${moves}]`,
      `   customer « ${customer.text} »`,
      `   expects  ${expects(agent)}${failures.length > 0 ? `  ⚠ ${failures[0]?.split(':')[0]}` : ''}`,
    ].join('\n'),
  );
}
console.log(`# coherence sample — ${n} exchanges, seed ${seed}\n`);
console.log(drawn.join('\n\n'));
console.log(`\nautomatic floor checks failed: ${automaticFailures}/${n}`);
