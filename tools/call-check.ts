// `npm run call:check [-- --seeds N] [--misses]`: plays every script × persona (same language)
// × seed with each agent behaviour, headless, and prints what the call did with it: success
// outcomes, compliance passed by calls that said nothing useful, breaches recorded at the change,
// irritation at the end, rude lines that calmed, and exchanges failing the automatic coherence
// checks (see call-coherence.ts). --misses lists every call that breaks a property, to fix by cause.
import type { Script } from '../src/domain/script/script-schema';
import { scoreSession } from '../src/domain/scoring/score-session';
import type { SessionState } from '../src/domain/session/session.types';
import { needsIdentityCheck } from '../src/domain/session/step-gate';
import { BEHAVIOURS, changeStep, playCall, type Behaviour } from './call-behaviours';
import { incoherentExchanges, rudeLinesThatCalmed } from './call-coherence';
import { depsFor, loadLibrary } from './call-library';

/** Scripts where skipping verification means acting on, or reading out, an unchecked account. */
function skipsACheck(script: Script): boolean {
  return needsIdentityCheck(script) && changeStep(script) !== null;
}

function numberOption(name: string, fallback: number): number {
  const index = process.argv.indexOf(`--${name}`);
  const value = index < 0 ? fallback : Number(process.argv[index + 1]);
  if (!Number.isSafeInteger(value) || value < 1) {
    process.stderr.write(`call-check: --${name} needs a positive whole number.\n`);
    process.exit(2);
  }
  return value;
}

const seeds = numberOption('seeds', 5);
const { scripts, personas, brands, rubrics } = loadLibrary();
const rubric = rubrics.find((r) => r.id === 'default') as (typeof rubrics)[number];
const showMisses = process.argv.includes('--misses');
const misses: string[] = [];
// Behaviours that say nothing useful: never a success, never compliant.
const EMPTY = new Set<Behaviour>(['nonsense', 'silent']);
const emptyCompliant = { calls: 0, compliant: 0 };

interface Tally {
  outcomes: Map<string, number>;
  calls: number;
  successes: number;
  irritation: number;
  breachAtChange: number;
  changes: number;
}
const tallies = new Map<Behaviour, Tally>(
  BEHAVIOURS.map((b) => [
    b,
    { outcomes: new Map(), calls: 0, successes: 0, irritation: 0, breachAtChange: 0, changes: 0 },
  ]),
);
// Same-seed comparisons with the attentive call, for genuine customers and for callers with a
// hidden intent (a fraudster is refused by a careful agent, which angers them by design).
const UNCARING = ['ignoring', 'nonsense', 'silent'] as const;
const worse = {
  genuine: { pairs: 0, ...Object.fromEntries(UNCARING.map((b) => [b, 0])) },
  hiddenIntent: { pairs: 0, ...Object.fromEntries(UNCARING.map((b) => [b, 0])) },
} as Record<'genuine' | 'hiddenIntent', Record<(typeof UNCARING)[number] | 'pairs', number>>;
let rudeTurns = 0;
let rudeCalmed = 0;
let exchanges = 0;
let incoherent = 0;
const examples: string[] = [];

for (const script of scripts) {
  const brand = brands.find((candidate) => candidate.id === script.brand) ?? null;
  for (const persona of personas.filter((p) => p.language === script.language)) {
    for (let seed = 1; seed <= seeds; seed += 1) {
      const played = new Map<Behaviour, SessionState>();
      for (const behaviour of BEHAVIOURS) {
        const session = playCall({ script, persona, brand, seed }, behaviour, depsFor(script));
        played.set(behaviour, session);
        const tally = tallies.get(behaviour) as Tally;
        tally.calls += 1;
        if (session.outcome?.success) tally.successes += 1;
        const code = `${session.outcome?.code ?? 'none'}${session.outcome?.success ? '✓' : ''}`;
        tally.outcomes.set(code, (tally.outcomes.get(code) ?? 0) + 1);
        tally.irritation += session.mood.irritation;
        const breach = session.transcript.find((turn) =>
          turn.events.some((event) => event.type === 'unverified_change'),
        );
        const where = `${script.id} × ${persona.id} × seed ${seed}`;
        if (behaviour === 'skip_verification' && skipsACheck(script)) {
          tally.changes += 1;
          if (breach) tally.breachAtChange += 1;
          else misses.push(`no breach at the change: ${where}\n${transcriptOf(session)}`);
        }
        if (EMPTY.has(behaviour)) {
          emptyCompliant.calls += 1;
          if (scoreSession(session, rubric, brand).compliance.passed) {
            emptyCompliant.compliant += 1;
            misses.push(`${behaviour} passes compliance: ${where}`);
          }
          if (session.outcome?.success) misses.push(`${behaviour} succeeds: ${where}`);
        }
        const rude = rudeLinesThatCalmed(session);
        rudeTurns += rude.turns;
        rudeCalmed += rude.calmed;
        const check = incoherentExchanges(session);
        exchanges += check.exchanges;
        incoherent += check.failures.length;
        if (examples.length < 12) examples.push(...check.failures.slice(0, 1));
      }
      const attentive = played.get('attentive') as SessionState;
      const group = worse[persona.hiddenIntent ? 'hiddenIntent' : 'genuine'];
      group.pairs += 1;
      for (const behaviour of UNCARING) {
        const other = played.get(behaviour) as SessionState;
        if (other.mood.irritation > attentive.mood.irritation) group[behaviour] += 1;
        else
          misses.push(
            `${behaviour} not more irritated (${other.mood.irritation} ≤ ${attentive.mood.irritation}): ${script.id} × ${persona.id} × seed ${seed}\n${transcriptOf(other)}\n  -- attentive:\n${transcriptOf(attentive)}`,
          );
      }
    }
  }
}

/** A call as « speaker [irritation] line {moves | events} », one turn a line. */
function transcriptOf(session: SessionState): string {
  return session.transcript
    .map((turn) => {
      const moves = turn.moves.map((move) => move.id).join(',');
      const events = turn.events.map((event) => event.type).join(',');
      return `  ${turn.speaker} [${turn.mood.irritation}] ${turn.text} {${moves} | ${events}}`;
    })
    .join('\n');
}

const pct = (part: number, whole: number) => `${((100 * part) / Math.max(1, whole)).toFixed(1)} %`;
console.log(`# call:check — ${scripts.length} scripts × personas × ${seeds} seeds\n`);
console.log('behaviour          calls  success  mean end irritation  breach recorded at change');
for (const [behaviour, t] of tallies) {
  const breach = behaviour === 'skip_verification' ? `${t.breachAtChange}/${t.changes}` : '';
  console.log(
    `${behaviour.padEnd(18)} ${String(t.calls).padStart(5)}  ${pct(t.successes, t.calls).padStart(7)}  ${(t.irritation / t.calls).toFixed(1).padStart(19)}  ${breach}`,
  );
}
console.log('\noutcomes:');
for (const [behaviour, t] of tallies) {
  const codes = [...t.outcomes].sort((a, b) => b[1] - a[1]).map(([code, n]) => `${code} ${n}`);
  console.log(`${behaviour.padEnd(18)} ${codes.join(', ')}`);
}
console.log('\nends more irritated than the attentive call with the same seed:');
for (const [who, group] of Object.entries(worse)) {
  const cells = UNCARING.map(
    (b) => `${b} ${group[b]}/${group.pairs} (${pct(group[b], group.pairs)})`,
  );
  console.log(`  ${who.padEnd(13)} ${cells.join(' · ')}`);
}
console.log(
  `nonsense and silent calls passing compliance: ${emptyCompliant.compliant}/${emptyCompliant.calls}`,
);
console.log(`rude lines that lowered irritation: ${rudeCalmed}/${rudeTurns}`);
console.log(
  `exchanges passing the coherence checks: ${exchanges - incoherent}/${exchanges} (${pct(exchanges - incoherent, exchanges)})`,
);
if (showMisses && misses.length > 0) console.log(`\nmisses:\n${misses.join('\n')}`);
if (examples.length > 0) console.log(`\nfirst failures:\n${examples.join('\n')}`);
