import { describe, expect, it } from 'vitest';
import { scoreSession } from '@/domain/scoring/score-session';
import type { ScoreCard } from '@/domain/scoring/score-card.types';
import { agentSays, startSession } from '@/domain/session/session-engine';
import { stageView } from '@/domain/session/session-views';
import type {
  SessionConfig,
  SessionDependencies,
  SessionState,
} from '@/domain/session/session.types';
import {
  defaultRubric,
  libraryCall,
  libraryCases,
  playLines,
} from '../../../fixtures/golden-sessions/golden-player';

// Issue 13, done means: « following any « Mieux » never lowers a score ». A careless new agent
// plays every script × persona in Répétition, Générale and Lecture; each « Mieux » of the debrief is said
// in place of the line it is given for, and the call up to that line scores no lower than before.

const rubric = defaultRubric();

// What a new agent types when no one has taught them (DOMAIN.md §2 words, familiar register,
// orders, a curt goodbye).
const CARELESS = {
  fr: [
    "Allô, oui bonjour, c'est pour quoi ?",
    "Ouais, calmez-vous, c'est pas grave.",
    'Donnez-moi votre numéro client.',
    'Je sais pas, normalement c’est bon, on verra.',
    "Vous devez attendre, c'est pas mon service.",
    'OK ça marche, bon courage, au revoir.',
  ],
  en: [
    "Hello, what's it about?",
    "Calm down, it's no big deal.",
    'Give me your account number.',
    "I don't know, normally it's fine, we'll see.",
    "You have to wait, it's not my department.",
    'OK, good luck, bye.',
  ],
};

function firstChoices(config: SessionConfig, deps: SessionDependencies): string[] {
  let session = startSession(config);
  const lines: string[] = [];
  for (let turn = 0; turn < 8 && session.status !== 'ended'; turn += 1) {
    const first = stageView(session, 'Camille').choices[0];
    if (!first) break;
    lines.push(first.text);
    session = agentSays(session, first.text, deps);
  }
  return lines;
}

const asidesOpened = (session: SessionState) =>
  session.transcript.filter((turn) => turn.events.some((e) => e.type === 'aside_started')).length;

/**
 * The scores a line can move: the call is cut right after it (later lines were said to another
 * call), so an aside the customer opens in answer and the cut leaves unanswered is not the line's
 * doing: recovery (and the total that counts it) is compared only when no new aside opened.
 */
function lowered(before: ScoreCard, after: ScoreCard, comparableRecovery: boolean): string[] {
  const drops: string[] = [];
  if (after.brandTone < before.brandTone)
    drops.push(`ton ${before.brandTone} → ${after.brandTone}`);
  if (before.compliance.passed && !after.compliance.passed) drops.push('conformité perdue');
  if (comparableRecovery) {
    if ((after.recovery ?? 100) < (before.recovery ?? 100))
      drops.push(`rattrapage ${before.recovery} → ${after.recovery}`);
    if (after.overall.score < before.overall.score)
      drops.push(`total ${before.overall.outOf20} → ${after.overall.outOf20}`);
  }
  return drops;
}

describe('following a « Mieux » never lowers a score (issue 13, done means)', () => {
  it.each(libraryCases())(
    '$scriptId with $personaId: every « Mieux » of a careless call, said in its place',
    ({ scriptId, personaId }) => {
      const { script, persona, brand, deps } = libraryCall(scriptId, personaId);
      const typed = CARELESS[script.language];
      const problems: string[] = [];
      let replayed = 0;
      for (const mode of ['repetition', 'generale', 'lecture'] as const) {
        const config: SessionConfig = { script, persona, brand, mode, seed: 1 };
        // In Lecture the careless agent clicks the first line shown, whatever it is.
        const lines = mode === 'lecture' ? firstChoices(config, deps) : typed;
        const session = playLines(config, deps, lines);
        const card = scoreSession(session, rubric, brand);
        const agentTurns = session.transcript.filter((t) => t.speaker === 'agent');
        const advice = new Map<string, { turn: number; better: string }>();
        for (const finding of card.findings) {
          const at = agentTurns.findIndex((turn) => turn.index === finding.turn);
          if (finding.points < 0 && at >= 0)
            advice.set(`${at}:${finding.better}`, { turn: at, better: finding.better });
        }
        for (const { turn, better } of advice.values()) {
          const said = lines.slice(0, turn + 1);
          const original = playLines(config, deps, said);
          const followed = playLines(config, deps, [...lines.slice(0, turn), better]);
          const drops = lowered(
            scoreSession(original, rubric, brand),
            scoreSession(followed, rubric, brand),
            asidesOpened(followed) <= asidesOpened(original),
          );
          replayed += 1;
          if (drops.length > 0)
            problems.push(`${mode}, ligne ${turn + 1} « ${better} » : ${drops.join(', ')}`);
        }
      }
      expect(replayed, 'the careless call draws advice').toBeGreaterThan(0);
      expect(problems).toEqual([]);
    },
    // Two careless calls and a replay per « Mieux », through the real analyser.
    180_000,
  );
});
