import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { agentFirstName, fillAgentInFormula } from '@/domain/customer/agent-slot';
import { scoreSession } from '@/domain/scoring/score-session';
import { abandonSession } from '@/domain/session/call-endings';
import { agentSays, startSession } from '@/domain/session/session-engine';
import { stageView } from '@/domain/session/session-views';
import {
  defaultRubric,
  goldenDocument,
  libraryCall,
  libraryCases,
} from '../../../fixtures/golden-sessions/golden-player';

// Where an agent says their own name; a name there must be the slot, never a literal.
const SELF_INTRO =
  /(?:[Jj]e m'appelle|[Jj]e suis|[Mm]y name is|[Tt]his is|[Cc]'est|[Bb]onjour,|[Hh]ello,)\s+(\p{Lu}[\p{L}-]+)|(\p{Lu}[\p{L}-]+)\s+(?:à votre (?:écoute|service)|speaking)/u;
const NOT_A_NAME = new Set(['Monsieur', 'Madame', 'Mrs', 'Mr', 'Ms', 'Harbour', 'Brisa', 'Lumio']);

function agentLines(): { where: string; text: string }[] {
  const lines: { where: string; text: string }[] = [];
  for (const file of readdirSync('scripts-library/scripts')) {
    const script = goldenDocument('script', file.replace(/\.json$/u, ''));
    for (const step of script.steps)
      if (step.kind === 'agent')
        for (const line of step.lines) lines.push({ where: `${file} ${step.id}`, text: line.text });
  }
  for (const file of readdirSync('scripts-library/brands')) {
    const brand = goldenDocument('brand-guide', file.replace(/\.json$/u, ''));
    for (const text of [...brand.greetingFormulas, ...brand.closingFormulas])
      lines.push({ where: file, text });
  }
  for (const [id, rule] of Object.entries(defaultRubric().rules))
    lines.push({ where: `rubric ${id}`, text: `${rule.better.fr} ${rule.better.en}` });
  return lines;
}

describe('the agent slot', () => {
  it('says the profile’s first name, or an epicene name when none is known', () => {
    expect(agentFirstName('Julie Martin', 'fr')).toBe('Julie');
    expect(agentFirstName('  Thomas ', 'en')).toBe('Thomas');
    expect(agentFirstName('', 'fr')).toBe('Camille');
    expect(agentFirstName(undefined, 'en')).toBe('Sam');
    expect(agentFirstName('42', 'fr')).toBe('Camille');
    expect(fillAgentInFormula('{conseiller} à votre écoute', 'Julie Martin', 'fr')).toBe(
      'Julie à votre écoute',
    );
    // A brand guide written before the slot: the formula's first name is the agent's.
    expect(fillAgentInFormula('je m’appelle {prénom}', 'Julie', 'fr')).toBe('je m’appelle Julie');
  });

  it('no agent line, brand formula or rubric line of the library hard-codes a first name', () => {
    const named = agentLines().flatMap(({ where, text }) => {
      const match = SELF_INTRO.exec(text);
      const name = match?.[1] ?? match?.[2];
      return name && !NOT_A_NAME.has(name) ? [`${where}: ${name} in « ${text} »`] : [];
    });
    expect(named).toEqual([]);
  });

  it.each(libraryCases().filter((_, index) => index % 3 === 0))(
    '$scriptId with $personaId: every « Mieux » and the read-through name the playing agent only',
    ({ scriptId, personaId }) => {
      const { script, persona, brand, deps } = libraryCall(scriptId, personaId);
      const agentName = script.language === 'fr' ? 'Julie Martin' : 'Priya Shah';
      const first = agentName.split(' ')[0] as string;
      const other = script.language === 'fr' ? /\bCamille\b/u : /\b(?:Sam|Priya Shah)\b/u;
      const config = { script, persona, brand, mode: 'lecture' as const, seed: 1, agentName };
      let session = startSession(config);
      const offered: string[] = [];
      // A clumsy opening (no greeting, no name), then the read-through's best lines.
      session = agentSays(session, 'Oui ?', deps);
      for (let i = 0; i < 30 && session.status !== 'ended'; i += 1) {
        const view = stageView(session, agentName);
        const best = view.choices.find((choice) => choice.quality === 'best');
        if (view.waitingFor !== 'agent' || !best) break;
        offered.push(best.text, view.prompter?.line ?? '');
        session = agentSays(session, best.text, deps);
      }
      const ended = session.status === 'ended' ? session : abandonSession(session);
      const card = scoreSession(ended, defaultRubric(), brand);
      const advice = card.findings.flatMap((finding) => (finding.better ? [finding.better] : []));
      const said = [...offered, ...advice];
      expect(said.filter((line) => other.test(line))).toEqual([]);
      expect(said.some((line) => line.includes(first))).toBe(true);
      // The greeting's faults all advise one line on the opening turn.
      const opening = new Set(
        card.findings.filter((f) => f.turn === 0 && f.better).map((f) => f.better),
      );
      expect(opening.size, [...opening].join(' | ')).toBeLessThanOrEqual(1);
    },
    60_000,
  );
});
