import { describe, expect, it } from 'vitest';
import { TONE_FAULTS } from '@/domain/scoring/brand-tone-rules';
import { scoreSession } from '@/domain/scoring/score-session';
import { abandonSession } from '@/domain/session/call-endings';
import { agentSays, startSession } from '@/domain/session/session-engine';
import { stageView } from '@/domain/session/session-views';
import type { SessionConfig, SessionDependencies } from '@/domain/session/session.types';
import {
  defaultRubric,
  libraryCall,
  libraryCases,
  playLines,
} from '../../../fixtures/golden-sessions/golden-player';

const rubric = defaultRubric();
const CASES = libraryCases();
// The customer's mood over the next turns is the simulation's, not one line's: no line can
// promise it (noted for the engine in the note).
const NOT_ONE_LINE = new Set(['irritation_stays_high']);

// Each advised finding, replayed: its « Mieux » said in place of the line draws no deduction and
// no breach on that turn, and is a whole sentence.
function expectAdviceHolds(
  config: SessionConfig,
  deps: SessionDependencies,
  lines: readonly string[],
  session: ReturnType<typeof playLines>,
  counted: (rule: string) => boolean = () => true,
) {
  const card = scoreSession(session, rubric, config.brand);
  const agentTurns = session.transcript.filter((t) => t.speaker === 'agent').map((t) => t.index);
  const advised = card.findings.filter(
    (f) =>
      f.points < 0 &&
      f.better &&
      !NOT_ONE_LINE.has(f.rule) &&
      counted(f.rule) &&
      agentTurns.includes(f.turn),
  );
  expect(advised.length, 'the clumsy call draws advice').toBeGreaterThan(0);
  for (const finding of advised) {
    const replay = [...lines];
    replay[agentTurns.indexOf(finding.turn)] = finding.better;
    const after = scoreSession(playLines(config, deps, replay), rubric, config.brand);
    const where = `${finding.rule} at turn ${finding.turn}: « ${finding.better} »`;
    expect(
      after.findings
        .filter((f) => f.turn === finding.turn && f.points < 0 && counted(f.rule))
        .map((f) => `${f.rule}: ${f.why}`),
      where,
    ).toEqual([]);
    expect(
      after.compliance.breaches.filter((b) => b.turn === finding.turn && counted(b.rule)),
      where,
    ).toEqual([]);
    // A whole sentence, never a list of words.
    expect(finding.better, where).toMatch(/^[\p{Lu}«"]/u);
    expect(finding.better, where).toMatch(/[.?!»"]$/u);
  }
  return { card, agentTurns, advised };
}

describe('every « Mieux », said in its place, passes its own rules (issue 13, item 5)', () => {
  it.each(CASES)(
    '$scriptId with $personaId: each better line draws no deduction and no breach on its turn',
    ({ scriptId, personaId }) => {
      const { script, persona, brand, deps } = libraryCall(scriptId, personaId);
      const config: SessionConfig = { script, persona, brand, mode: 'lecture', seed: 1 };
      // A clumsy read-through: every other line a realistic mistake (never the breach, so the
      // rest of the call is still scored), the others the best line.
      let session = startSession(config);
      const lines: string[] = [];
      for (let i = 0; i < 30 && session.status !== 'ended'; i += 1) {
        const view = stageView(session, 'Camille');
        if (view.waitingFor !== 'agent') break;
        const mistakes = view.choices.filter(
          (c) => c.quality === 'mistake' && c.lesson !== 'skipped_verification',
        );
        const best = view.choices.find((c) => c.quality === 'best');
        const pick = i % 2 === 0 && mistakes.length > 0 ? mistakes[i % mistakes.length] : best;
        if (!pick) break;
        lines.push(pick.text);
        session = agentSays(session, pick.text, deps);
      }
      session = session.status === 'ended' ? session : abandonSession(session);
      expectAdviceHolds(config, deps, lines, session);
    },
    120_000,
  );
});

// What one line says (whole-call items such as the recording notice are pinned on the opening).
const LINE_RULES = new Set([
  'insult',
  'false_promise',
  'sensitive_data',
  'disclosure_before_verification',
  ...TONE_FAULTS,
  'curt_tone',
  'commercial_pressure',
  'wrong_civility',
  'empathy_missing',
]);

// An agent who never says the greeting: the call sits at the greeting step while they talk on.
const NO_GREETING = {
  fr: [
    'Oui ?',
    "Ouais, c'est pour quoi ?",
    'Pas de souci, donnez-moi votre numéro client.',
    'Je sais pas, on verra.',
    'Ouais, bon courage, au revoir.',
  ],
  en: [
    'Yes?',
    "Yeah, what's it about?",
    'No worries, give me your account number.',
    "I don't know, we'll see.",
    'Yeah, good luck, bye.',
  ],
};

describe('a « Mieux » fixes the fault it is given for, in its place (issue 13, item 5)', () => {
  it.each(CASES)(
    '$scriptId with $personaId: past the opening, no fault is advised the greeting again',
    ({ scriptId, personaId }) => {
      const { script, persona, brand, deps } = libraryCall(scriptId, personaId);
      const config: SessionConfig = { script, persona, brand, mode: 'filage', seed: 1 };
      const lines = NO_GREETING[script.language];
      const session = playLines(config, deps, lines);
      // In a call this broken, one line cannot mend the rest: the replayed line is held to the
      // rules of one line (its words, its empathy, what it discloses); the whole-call rules
      // pinned on its turn (steps missed, closing, notices, asides) are the rest of the call's.
      const { advised, agentTurns } = expectAdviceHolds(config, deps, lines, session, (rule) =>
        LINE_RULES.has(rule),
      );
      const context = {
        context: {
          customerFirstName: persona.factSheet.firstName,
          customerLastName: persona.factSheet.lastName,
        },
      };
      for (const finding of advised) {
        if (agentTurns.indexOf(finding.turn) < rubric.thresholds.openingTurns) continue;
        const moves = deps.analyse(finding.better, context).moves.map((move) => move.id);
        expect(
          moves,
          `${finding.rule} at turn ${finding.turn}: « ${finding.better} »`,
        ).not.toContain('greet');
      }
    },
    120_000,
  );
});

describe('a « Mieux » fits the moment it is given for (issue 13, item 5)', () => {
  it('a goodbye said to an insulting caller is advised a goodbye, not the DESC warning', () => {
    // Found walking the app: seed 6, M. Benali insults the agent at once; the script is at its
    // DESC warning step, whose model also names him — but the agent said goodbye.
    const { script, persona, brand, deps } = libraryCall(
      'client-furieux-responsable',
      'karim-benali-agressif',
    );
    const config: SessionConfig = { script, persona, brand, mode: 'filage', seed: 6 };
    const greeting = script.steps.find((step) => step.id === 'accueil');
    const opening = greeting?.kind === 'agent' ? (greeting.lines[0]?.text ?? '') : '';
    const lines = [opening.replace('{conseiller}', 'Camille'), 'Bon, au revoir.'];
    const session = playLines(config, deps, lines);
    const goodbye = session.transcript.filter((turn) => turn.speaker === 'agent').at(-1);
    expect(goodbye?.step).toBe('avertissement-desc');
    const card = scoreSession(session, rubric, brand);
    const context = {
      context: {
        customerFirstName: persona.factSheet.firstName,
        customerLastName: persona.factSheet.lastName,
      },
    };
    const advised = card.findings.filter(
      (f) =>
        f.turn === goodbye?.index && ['customer_never_named', 'closing_missing'].includes(f.rule),
    );
    expect(advised.map((f) => f.rule).sort()).toEqual(['closing_missing', 'customer_never_named']);
    for (const finding of advised) {
      const moves = deps.analyse(finding.better, context).moves.map((move) => move.id);
      expect(moves, `${finding.rule}: « ${finding.better} »`).toContain('close');
      expect(moves, `${finding.rule}: « ${finding.better} »`).not.toContain('set_limit');
      // A goodbye promises nothing it then walks away from.
      expect(finding.better, finding.rule).not.toMatch(/je m[’']en occupe/u);
      expect(finding.better, finding.rule).toContain(persona.factSheet.lastName);
    }
  }, 30_000);
});
