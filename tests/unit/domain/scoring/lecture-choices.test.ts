import { describe, expect, it } from 'vitest';
import { createAnalyser, type Analyser } from '@/domain/language/analyser';
import { defaultCorpus } from '@/domain/language/default-corpus';
import { redactAgentLine as redact } from '@/domain/language/redaction';
import { accountWords } from '@/domain/scoring/account-words';
import { TONE_FAULTS } from '@/domain/scoring/brand-tone-rules';
import { scoreSession } from '@/domain/scoring/score-session';
import type { LectureChoice } from '@/domain/session/lecture-choices';
import { abandonSession } from '@/domain/session/call-endings';
import { agentSays, startSession } from '@/domain/session/session-engine';
import { stageView } from '@/domain/session/session-views';
import type { SessionState } from '@/domain/session/session.types';
import {
  defaultRubric,
  goldenDocument,
  libraryCall,
  libraryCases,
} from '../../../fixtures/golden-sessions/golden-player';

const SEEDS = [1, 2, 3];
const rubric = defaultRubric();

const GREETING_WORDS =
  /\b(?:bonjour|bonsoir|bienvenue|good (?:morning|afternoon|evening)|hello|welcome)\b/iu;

const FAMILIAR = new Set(['familiar_register', 'first_name_only', 'tutoiement']);

/** What each lesson's line must show, read by the same analyser the call uses. */
const TEACHES: Record<
  string,
  (analysis: ReturnType<Analyser['analyse']>, lang: 'fr' | 'en') => boolean
> = {
  banned_phrase: (a) => a.flags.some((flag) => flag.id === 'banned_phrase'),
  familiar_register: (a) => a.flags.some((flag) => FAMILIAR.has(flag.id)),
  blame: (a) => a.flags.some((flag) => flag.id === 'blame'),
  skipped_verification: (a, lang) => accountWords(a.text, lang) !== null,
  no_reformulation: (a) => !a.moves.some((move) => move.id === 'reformulate'),
  // Carrying on as if the customer had said nothing: no feeling named, no objection answered.
  ignored_aside: (a) =>
    !a.moves.some((move) => move.id === 'empathise' || move.id === 'handle_objection'),
};

interface Played {
  session: SessionState;
  offered: { step: string | null; choices: LectureChoice[] }[];
}

/** A read-through where the agent picks the best line every time. */
function playBest(scriptId: string, personaId: string, seed: number) {
  const { script, persona, brand, analyser, deps } = libraryCall(scriptId, personaId);
  let session = startSession({ script, persona, brand, mode: 'lecture', seed });
  const played: Played = { session, offered: [] };
  for (let turn = 0; turn < 40 && session.status !== 'ended'; turn += 1) {
    const view = stageView(session, 'Camille');
    if (view.waitingFor !== 'agent') break;
    played.offered.push({ step: view.stepId, choices: view.choices });
    const best = view.choices.find((choice) => choice.quality === 'best');
    if (!best) break;
    session = agentSays(session, best.text, deps);
  }
  if (session.status !== 'ended') session = abandonSession(session);
  played.session = session;
  return { ...played, brand, analyser, persona, lang: script.language };
}

const CASES = libraryCases();

describe('Lecture that teaches (issue 13 §9)', () => {
  it.each(CASES)(
    'picking the best line at every step of $scriptId with $personaId scores ≥ 18/20, compliant',
    ({ scriptId, personaId }) => {
      for (const seed of SEEDS) {
        const { session, offered, brand, analyser, persona, lang } = playBest(
          scriptId,
          personaId,
          seed,
        );
        const where = `${scriptId} × ${personaId} × seed ${seed}`;
        // Every agent step, the conclusion included, offers one best line and two mistakes.
        for (const { step, choices } of offered) {
          expect(choices.map((choice) => choice.quality).sort(), `${where} at ${step}`).toEqual([
            'best',
            'mistake',
            'mistake',
          ]);
          const context = {
            context: {
              customerFirstName: persona.factSheet.firstName,
              customerLastName: persona.factSheet.lastName,
            },
          };
          for (const choice of choices) {
            const analysis = analyser.analyse(choice.text, context);
            if (choice.lesson === null) continue;
            // Each mistake teaches the rule it is named after.
            expect(
              TEACHES[choice.lesson]?.(analysis, lang),
              `${where} at ${step}: ${choice.text}`,
            ).toBe(true);
          }
        }
        expect(session.outcome?.reason, where).toBe('script');
        const card = scoreSession(session, rubric, brand);
        expect(card.compliance.breaches, where).toEqual([]);
        expect(card.overall.outOf20, where).toBeGreaterThanOrEqual(18);
        expect(
          card.findings.filter((finding) => TONE_FAULTS.has(finding.rule)),
          where,
        ).toEqual([]);
      }
    },
    // Three whole calls through the real analyser: seconds on the shared 2-core machine.
    60_000,
  );

  it.each(
    libraryCases().filter((c, i, all) => all.findIndex((o) => o.scriptId === c.scriptId) === i),
  )(
    'past the opening, a call still at the greeting of $scriptId is offered no greeting, and the best line moves it on',
    ({ scriptId, personaId }) => {
      // Two lines that greet no one (a reader who clicked through, or a call resumed in Lecture):
      // « Brisa Énergie, bonjour ! » four lines in is absurd, and the debrief says so.
      const { script, persona, brand, deps } = libraryCall(scriptId, personaId);
      let session = startSession({ script, persona, brand, mode: 'lecture', seed: 1 });
      const silent = script.language === 'fr' ? ['Oui ?', 'Je vous écoute.'] : ['Yes?', 'Go on.'];
      for (const line of silent) session = agentSays(session, line, deps);
      const view = stageView(session, 'Camille');
      const step = script.steps.find((s) => s.id === view.stepId);
      expect(step?.kind === 'agent' && step.expectedMoves.includes('greet'), scriptId).toBe(true);
      const best = view.choices.find((choice) => choice.quality === 'best');
      expect(best?.text, scriptId).not.toMatch(GREETING_WORDS);
      expect(best?.text.trim(), scriptId).toMatch(/^\p{Lu}/u);
      const after = stageView(agentSays(session, best?.text ?? '', deps), 'Camille');
      expect(after.stepId, `${scriptId}: ${best?.text}`).not.toBe(view.stepId);
    },
    30_000,
  );

  it('a wrong line said in its place costs points: the lesson shows in the debrief', () => {
    // At the verification step, going ahead without proof is a breach on that very line.
    const { offered } = playBest('exemple-date-prelevement', 'remi-garnier-presse', 1);
    const verification = offered.find((entry) => entry.step === 'verification');
    const skip = verification?.choices.find((choice) => choice.lesson === 'skipped_verification');
    expect(skip).toBeDefined();
    const script = goldenDocument('script', 'exemple-date-prelevement');
    const persona = goldenDocument('persona', 'remi-garnier-presse');
    const brand = goldenDocument('brand-guide', script.brand);
    const analyser = createAnalyser({ lang: 'fr', corpus: defaultCorpus('fr'), brandVoice: brand });
    const deps = { analyse: analyser.analyse.bind(analyser), redact };
    let session = startSession({ script, persona, brand, mode: 'lecture', seed: 1 });
    const first = stageView(session, 'Camille').choices.find((c) => c.quality === 'best');
    session = agentSays(session, first?.text ?? '', deps);
    session = agentSays(session, skip?.text ?? '', deps);
    const card = scoreSession(abandonSession(session), rubric, brand);
    const spoken = session.transcript.filter((turn) => turn.speaker === 'agent').at(-1);
    expect(card.compliance.breaches).toContainEqual(
      expect.objectContaining({ rule: 'disclosure_before_verification', turn: spoken?.index }),
    );
  }, 30_000);
});
