import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fillAgentSlot } from '@/domain/customer/agent-slot';
import { customerFile } from '@/domain/customer/customer-file';
import { fillPlaceholders } from '@/domain/customer/customer-lines';
import { customerLines, fillCallSlots } from '@/domain/customer/file-slots';
import { scoringContext, fillAgentLine } from '@/domain/scoring/scoring-context';
import { startSession } from '@/domain/session/session-engine';
import { startSessionAt } from '@/domain/session/session-at-step';
import { stageView } from '@/domain/session/session-views';
import type { SessionState } from '@/domain/session/session.types';
import { defaultRubric, goldenDocument } from '../../../fixtures/golden-sessions/golden-player';

// Model lines (Lecture's best line, the prompter, the debrief's « Mieux ») never contradict the
// customer file on screen nor what the customer already chose (issue 12, « coherent calls »).

const ids = (folder: string) =>
  readdirSync(join(process.cwd(), 'scripts-library', folder)).map((f) => f.replace(/\.json$/u, ''));
const SCRIPTS = ids('scripts').map((id) => goldenDocument('script', id));
const PERSONAS = ids('personas').map((id) => goldenDocument('persona', id));
// Any customer of the script's language may be played on it, not only the suggested ones.
const CASES = SCRIPTS.flatMap((script) =>
  PERSONAS.filter((persona) => persona.language === script.language).map((persona) => ({
    script,
    persona,
    name: `${script.id} × ${persona.id}`,
  })),
);
// « votre numéro client, qui commence par LU », « your account number, which starts with HM ».
const PREFIX_SAID = /(?:commence par|starts with|begins with) ([A-Z]{2})\b/u;

function agentLines(state: SessionState): string[] {
  const { script, persona } = state.config;
  return script.steps.flatMap((step) =>
    step.kind === 'agent'
      ? step.lines.map((line) =>
          fillPlaceholders(
            fillCallSlots(
              fillAgentSlot(line.text, 'Camille', script.language),
              [],
              persona.language,
            ),
            persona,
          ),
        )
      : [],
  );
}

describe('model lines agree with the customer file of the brand played', () => {
  it.each(CASES)('$name: the number said is the number on file', ({ script, persona }) => {
    const brand = goldenDocument('brand-guide', script.brand);
    const state = startSession({ script, persona, brand, mode: 'filage', seed: 1 });
    const file = customerFile(state.config.persona);
    // The file's number is the brand's: Mme Roche is a Lumio customer on a Lumio script.
    if (brand.customerNumberPrefix && /^[A-Z]{2}-/u.test(file.customerNumber))
      expect(file.customerNumber.slice(0, 2)).toBe(brand.customerNumberPrefix);
    for (const line of agentLines(state)) {
      const said = PREFIX_SAID.exec(line)?.[1];
      if (said) expect(file.customerNumber, line).toMatch(new RegExp(`^${said}-`, 'u'));
      expect(line, 'no slot left unfilled').not.toMatch(/\{[^}]+\}/u);
    }
  });
});

// Where a script offers a refund « par virement » or « par déduction », and the customer's choice.
const CHOICES = [
  {
    scriptId: 'facturation-double-prelevement',
    personaId: 'nathalie-roche-mefiante',
    step: 'conclusion',
  },
  {
    scriptId: 'client-furieux-responsable',
    personaId: 'karim-benali-agressif',
    step: 'conclusion',
  },
] as const;

describe('the recap follows what the customer chose', () => {
  it.each(CHOICES)(
    '$scriptId: a customer who chose the deduction is not recapped a transfer',
    (c) => {
      const script = goldenDocument('script', c.scriptId);
      const persona = goldenDocument('persona', c.personaId);
      const brand = goldenDocument('brand-guide', script.brand);
      for (const [said, expected, not] of [
        [
          "D'accord, ça me va. Déduisez-le de la prochaine, ce sera plus simple.",
          /déduction/u,
          /virement/u,
        ],
        ['Bon. Le virement, alors.', /virement/u, /déduction/u],
      ] as const) {
        for (const mode of ['lecture', 'repetition'] as const) {
          const state = startSessionAt(
            { script, persona, brand, mode, seed: 1 },
            { stepId: c.step, identityVerified: true, customerSaid: [said] },
          );
          expect(customerLines(state)).toContain(said);
          const view = stageView(state, 'Camille');
          const offered =
            mode === 'lecture'
              ? view.choices.find((choice) => choice.quality === 'best')?.text
              : view.prompter?.line;
          expect(offered, `${mode} after « ${said} »`).toMatch(expected);
          expect(offered, `${mode} after « ${said} »`).not.toMatch(not);
          // The debrief's « Mieux » fills the same line the same way.
          const step = script.steps.find((s) => s.id === c.step);
          const model = step?.kind === 'agent' ? (step.lines[0]?.text ?? '') : '';
          const better = fillAgentLine(scoringContext(state, defaultRubric(), brand), model);
          expect(better, `debrief after « ${said} »`).toMatch(expected);
          expect(better, `debrief after « ${said} »`).not.toMatch(not);
        }
      }
    },
  );
});
