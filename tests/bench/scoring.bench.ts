import { readFileSync } from 'node:fs';
import { applyRubricOverride } from '../../src/domain/scoring/rubric-override';
import { scoreSession } from '../../src/domain/scoring/score-session';
import type { SessionState } from '../../src/domain/session/session.types';
import type { BenchFigure } from '../../tools/bench';
import {
  defaultRubric,
  playGolden,
  type GoldenSession,
} from '../fixtures/golden-sessions/golden-player';

type StoredSession = Omit<SessionState, 'config'> & {
  config: Omit<SessionState['config'], 'script'> & { script: { id: string; version: string } };
};

export const name = 'Re-scoring 10,000 stored sessions after a rubric change';

const STORED = 10_000;

/** Re-scores stored sessions (JSON text, as IndexedDB or an export would hold them) with a new rubric. */
export function run(): BenchFigure[] {
  const labels = JSON.parse(
    readFileSync(new URL('../fixtures/golden-sessions/labels.json', import.meta.url), 'utf8'),
  ) as { sessions: Record<string, GoldenSession> };
  // The golden calls, played once through the real engine, stand in for a team's history.
  const played = Object.values(labels.sessions).map((golden) => playGolden(golden));
  // A store keeps each script once and, per session, a reference to it (id + version); the
  // transcript, persona and mood are stored whole.
  const scripts = new Map(
    played.map(({ session }) => [session.config.script.id, session.config.script]),
  );
  const stored = Array.from({ length: STORED }, (_, index) => {
    const entry = played[index % played.length];
    if (!entry) throw new Error('no golden session played');
    const { session, brand } = entry;
    const { script, ...config } = session.config;
    const record = {
      ...session,
      config: { ...config, script: { id: script.id, version: script.version } },
    };
    return { text: JSON.stringify(record), brand };
  });
  const changed = applyRubricOverride(defaultRubric(), {
    rules: { banned_phrase: { points: -8 }, aside_ignored: { points: -45 } },
    criteria: { recovery: { weight: 0.4 } },
  });
  const start = performance.now();
  let total = 0;
  let scoring = 0;
  for (const { text, brand } of stored) {
    const record = JSON.parse(text) as StoredSession;
    const script = scripts.get(record.config.script.id);
    if (!script) throw new Error(`script ${record.config.script.id} missing`);
    const session: SessionState = { ...record, config: { ...record.config, script } };
    const before = performance.now();
    total += scoreSession(session, changed, brand).overall.score;
    scoring += performance.now() - before;
  }
  const seconds = (performance.now() - start) / 1000;
  if (!Number.isFinite(total)) throw new Error('scores are not numbers');
  return [
    { label: `${STORED} sessions (parse + score)`, value: seconds, unit: 's', target: 10 },
    { label: '  of which scoring alone', value: scoring / 1000, unit: 's' },
    { label: 'per session', value: (seconds * 1e6) / STORED, unit: 'µs' },
  ];
}
