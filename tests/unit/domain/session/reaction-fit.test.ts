// Script reactions that did not follow from what the agent said (issue 12, « ≥ 90 % coherent »),
// found reading sampled exchanges on seeds 811–813: one test per cause, each failing before its fix.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fillCustomerLine, fillPlaceholders, reactionLine } from '@/domain/customer/customer-lines';
import { fold } from '@/domain/customer/deadline';
import { requestedFacts } from '@/domain/customer/fact-answers';
import { createRandom } from '@/domain/random/seeded-random';
import type { AgentStep, CustomerStep, Script } from '@/domain/script/script-schema';
import { stepGoalMet } from '@/domain/session/step-gate';
import { playCall } from '../../../../tools/call-behaviours';
import { libraryDocument, libraryPersonas, realDeps } from './session-fixtures';

const SCRIPTS: Script[] = readdirSync(join(process.cwd(), 'scripts-library', 'scripts'))
  .filter((file) => file.endsWith('.json'))
  .map((file) => libraryDocument('script', file.replace(/\.json$/u, '')));
const PERSONAS = libraryPersonas();
const script = (id: string) => SCRIPTS.find((s) => s.id === id) as Script;
const agentStep = (s: Script, id: string) => s.steps.find((x) => x.id === id) as AgentStep;
const customerStep = (s: Script, id: string) => s.steps.find((x) => x.id === id) as CustomerStep;
/** The one element looked for: a missing one fails the test here, not as an undefined later. */
function must<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`not in the library: ${what}`);
  return value;
}
const persona = (id: string) =>
  must(
    PERSONAS.find((p) => p.id === id),
    id,
  );

/** Lines the customer says back to an agent line, over many draws (the real line choice). */
function answersTo(
  agentText: string,
  lines: CustomerStep['reactions'][number]['lines'],
  id: string,
  asking = false,
) {
  const who = persona(id);
  const random = createRandom(`fit-${id}`);
  // As the engine hears it: a question, a fact asked for, or an asking move (`asking`).
  const asked = asking || agentText.includes('?') || requestedFacts(agentText).length > 0;
  return Array.from(
    { length: 40 },
    () => reactionLine(lines, who, random, new Set(), true, { text: agentText, asked }).text,
  );
}

// Days and moments a listener hears as « when »: the acknowledgement must name only those said.
const WHEN =
  /\b(lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|demain|matin|apres-midi|soir|tomorrow|morning|afternoon|evening)\b/gu;
const when = (text: string) => new Set(fold(text).replace(/’/gu, "'").match(WHEN) ?? []);

describe('a script reaction follows from what the agent said', () => {
  it('says goodbye to a third party without leaving a question unanswered or calling them by the holder’s name', () => {
    const holder = persona('claire-dumas-indecise');
    for (const s of SCRIPTS) {
      for (const step of s.steps) {
        if (step.kind !== 'customer') continue;
        const third = step.reactions.find((r) => r.id === 'autre-personne');
        if (!third) continue;
        const to = step.transitions.find((t) => t.on === third.id)?.to ?? '';
        const said = agentStep(s, to);
        for (const line of said.lines) {
          const text = fillPlaceholders(line.text, holder);
          // Asked and closed in one breath: the goodbye leaves the question hanging.
          expect(text, `${s.id}/${to}`).not.toMatch(/\?/u);
          // « Bonne fin de journée, Madame Dumas » said to her husband.
          expect(text, `${s.id}/${to}`).not.toMatch(/(journée|soirée), Madame Dumas/u);
        }
        // « Il n'y a pas de Madame Dumas ici » is not someone who will pass a call-back on.
        for (const line of third.lines)
          expect(line.text).not.toMatch(/trompé|pas de \{civilité\}/u);
      }
    }
  });

  it('answers a code it does not have by saying so, not with the invoice as if that was asked', () => {
    // Gérard's file holds no confidential code: the author's code lines are not his to say.
    for (const id of ['assistance-box-internet', 'resiliation-offre-fidelite']) {
      const s = script(id);
      const asking = must(
        agentStep(s, 'verification').lines.find((l) => /code confidentiel/u.test(l.text)),
        'step line or reaction',
      );
      const given = must(
        customerStep(s, 'reponse-identite').reactions.find((r) => r.id === 'donne-infos'),
        'step line or reaction',
      );
      // The engine hears verify_identity in it: an asking line.
      for (const answer of answersTo(asking.text, given.lines, 'gerard-fontaine-bavard', true))
        expect(answer, id).toMatch(/code/iu);
    }
  });

  it('acknowledges only the days and moments the dated line named', () => {
    const who = persona('josiane-morel-senior');
    for (const s of SCRIPTS.filter((x) => x.language === 'fr')) {
      for (const step of s.steps) {
        if (step.kind !== 'agent') continue;
        for (const transition of step.transitions) {
          const next = s.steps.find((x) => x.id === transition.to);
          if (next?.kind !== 'customer') continue;
          for (const line of step.lines) {
            const text = fillPlaceholders(line.text, who);
            const said = when(text);
            if (said.size === 0) continue;
            for (const reaction of next.reactions.filter((r) => (r.moodShift ?? 0) > 0)) {
              for (const answer of answersTo(text, reaction.lines, who.id)) {
                const named = [...when(fillCustomerLine(answer, who))];
                expect(
                  named.filter((w) => !said.has(w)),
                  `${s.id}/${step.id} « ${text.slice(0, 80)}… » → « ${answer} »`,
                ).toEqual([]);
              }
            }
          }
        }
      }
    }
  });

  it('does not pick between options a line never offered (« Déduisez-le » after a transfer alone)', () => {
    const s = script('facturation-double-prelevement');
    const transferOnly = must(
      agentStep(s, 'solution').lines.find((l) => !/déduction/u.test(l.text)),
      'step line or reaction',
    );
    const accept = must(
      customerStep(s, 'reaction-solution').reactions.find((r) => r.id === 'accepte'),
      'step line or reaction',
    );
    const text = fillPlaceholders(transferOnly.text, persona('nathalie-roche-mefiante'));
    for (const answer of answersTo(text, accept.lines, 'nathalie-roche-mefiante'))
      expect(answer).not.toMatch(/dédui|déduction/iu);
  });

  it('answers a plain question before insulting, in the insults that follow one', () => {
    const cases = [
      ['client-furieux-responsable', 'reaction-faits', /\b8 euros|frais\b/u],
      ['facturation-double-prelevement', 'recit', /deux (fois|prélèvements)|prélevé deux/iu],
    ] as const;
    for (const [id, stepId, answer] of cases) {
      const insult = must(
        customerStep(script(id), stepId).reactions.find((r) => r.id === 'insulte'),
        'step line or reaction',
      );
      for (const line of insult.lines) expect(line.text, `${id}/${stepId}`).toMatch(answer);
    }
  });

  it('asks a confused customer nothing the question had just said plainly', () => {
    const s = script('enquete-satisfaction-sortante');
    const question = must(agentStep(s, 'question-accueil').lines[0], 'question').text;
    expect(question).toMatch(/de 1 à 5/u);
    const lost = must(
      customerStep(s, 'reponse-accueil').reactions.find((r) => r.id === 'ne-comprend-pas'),
      'step line or reaction',
    );
    for (const line of lost.lines) expect(line.text).not.toMatch(/de 1 à quoi|1 c'est bien/iu);
    // The way back from a digression is not said to someone who only misunderstood the scale.
    for (const line of agentStep(s, 'reexplication').lines)
      expect(line.text).not.toMatch(/compteur/u);
  });

  it('never calls the customer by a civility written into a model line (« Madame » to Rémi)', () => {
    for (const s of SCRIPTS)
      for (const step of s.steps)
        if (step.kind === 'agent')
          for (const line of step.lines)
            // « Merci, Madame, et … »: the customer addressed; a colleague is « Madame Leroy ».
            expect(line.text, `${s.id}/${step.id}`).not.toMatch(
              /\b(Madame|Monsieur|Mrs|Mr|Ms)[,.!?]/u,
            );
  });

  it('does not move a verification step on before identity was asked', () => {
    const s = script('tentative-fraude-sim');
    expect(stepGoalMet(agentStep(s, 'verification'), ['explain', 'commit'])).toBe(false);
    expect(stepGoalMet(agentStep(s, 'verification'), ['verify_identity'])).toBe(true);
  });

  it('never has the customer read out their number to a line that did not ask for it', () => {
    // An agent who skips verification says the change step's line at the verification step.
    for (const s of SCRIPTS) {
      const brand = libraryDocument('brand-guide', s.brand);
      for (const who of PERSONAS.filter((p) => p.language === s.language).slice(0, 2)) {
        for (const seed of [1, 2]) {
          const call = playCall(
            { script: s, persona: who, brand, seed },
            'skip_verification',
            realDeps(brand, s.language),
          );
          const turns = call.transcript.filter((t) => t.speaker !== 'system');
          turns.forEach((turn, i) => {
            const before = turns[i - 1];
            if (turn.speaker !== 'customer' || before?.speaker !== 'agent') return;
            const asked =
              before.moves.some((m) => m.id === 'verify_identity') ||
              requestedFacts(before.text).length > 0;
            const number = /\b[A-Z]{2}-\d{4,5}-\d{4}\b/u.exec(turn.text);
            expect(
              asked || number === null,
              `${s.id} × ${who.id} seed ${seed}: « ${before.text.slice(0, 60)}… » → « ${turn.text} »`,
            ).toBe(true);
          });
        }
      }
    }
  }, 120_000);
});
