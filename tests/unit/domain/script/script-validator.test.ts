import { describe, expect, it } from 'vitest';
import { checkDocumentText } from '@/domain/script/document-validator';
import { scriptSchema } from '@/domain/script/script-schema';
import { validateScript } from '@/domain/script/script-validator';
import { minimalBundle, step } from '../../../fixtures/scripts/rule-cases';

const validate = (edit: (b: ReturnType<typeof minimalBundle>) => void) => {
  const bundle = minimalBundle();
  edit(bundle);
  return validateScript(scriptSchema.parse(bundle.script));
};

describe('validateScript', () => {
  it('proves a decision stuck when its guards can all fail, at the decision step', () => {
    const findings = validate((b) => {
      step(b, 'relance').transitions[1].guard = { variable: 'relances', op: 'eq', value: 0 };
      b.script.variables[0].max = 2;
      step(b, 'relance').transitions[0].guard = { variable: 'relances', op: 'eq', value: 2 };
    });
    // relances = 1 matches neither branch: the call would rest on the decision forever, and the
    // finding says exactly that (not « loops forever »), with the values where it happens.
    const stuck = findings.filter((f) => f.ruleId === 'decision-guards-all-fail');
    expect(stuck.map((f) => [f.stepId, f.path])).toEqual([['relance', '$.steps[2].transitions']]);
    expect(stuck[0]?.message.en).toBe(
      'With variables {"relances":1}, none of the 2 guards of decision "relance" holds: the call stops there, with no outcome.',
    );
    const loops = findings.filter((f) => f.ruleId === 'no-outcome-reachable');
    expect(loops.map((f) => f.stepId)).not.toContain('relance');
  });

  it('skips brand and persona rules when no library is given', () => {
    const findings = validate((b) => {
      b.script.brand = 'absente';
    });
    expect(findings).toEqual([]);
  });

  it('lists errors before warnings, then in document order', () => {
    const findings = validate((b) => {
      b.script.maxPathLength = 1; // warnings on outcomes
      step(b, 'verification').transitions[0].to = 'nulle-part'; // error
      delete step(b, 'demande').otherwise; // error, earlier in the document
    });
    // The broken target also strands the balance and two outcomes (warnings, after the errors).
    expect(findings.map((f) => [f.severity, f.ruleId, f.stepId])).toEqual([
      ['error', 'missing-otherwise', 'demande'],
      ['error', 'unknown-step', 'verification'],
      ['warning', 'unreachable-step', 'solde'],
      ['warning', 'unreachable-step', 'fin'],
      ['warning', 'unreachable-step', 'transfere'],
    ]);
  });

  it('does not run the graph proof while the structure is broken', () => {
    const findings = validate((b) => {
      step(b, 'accueil').start = false;
    });
    // No graph findings (no-outcome-reachable, path-too-long): only the structural error.
    expect(findings.map((f) => f.ruleId)).toEqual(['start-missing']);
  });

  it('accepts disclosure once every path passes a verification step', () => {
    const findings = validate((b) => {
      // A second route to the balance, through its own verification step.
      step(b, 'demande').otherwise.to = 'verification-bis';
      b.script.steps.push({
        ...step(b, 'verification'),
        id: 'verification-bis',
        lines: [],
        transitions: [{ id: 't-verif-bis', to: 'solde' }],
      });
    });
    expect(findings).toEqual([]);
  });
});

describe('messages name what is expected (issue 14)', () => {
  it('a duplicate id names its first place, for transitions, reactions and variables', () => {
    const findings = validate((b) => {
      step(b, 'solde').transitions[1].id = 't-verif';
      step(b, 'demande').reactions[1].id = 'ok';
      b.script.variables.push({ ...b.script.variables[0] });
    });
    const messages = findings.filter((f) => f.ruleId === 'duplicate-id').map((f) => f.message.fr);
    expect(messages).toEqual(
      expect.arrayContaining([
        'L’identifiant "t-verif" est déjà utilisé par une autre transition, en $.steps[3].transitions[0].id.',
        'Deux réactions de l’étape "demande" s’appellent "ok" ; la première est en $.steps[1].reactions[0].id.',
        'La variable "relances" est déclarée deux fois ; la première en $.variables[0].id.',
      ]),
    );
  });

  it('an enum violation lists the allowed values', () => {
    const bundle = minimalBundle();
    step(bundle, 'accueil').phase = 'negociation';
    const verdict = checkDocumentText(JSON.stringify(bundle.script));
    const [finding] = verdict.findings;
    expect(finding?.path).toBe('$.steps[0].phase');
    for (const phase of ['accueil', 'verification', 'decouverte', 'conclusion']) {
      expect(finding?.message.fr).toContain(phase);
      expect(finding?.message.en).toContain(phase);
    }
  });

  it('a small graph is never « too large »: a loop of 3 steps with a 0–2 counter is proven whole', () => {
    const findings = validate(() => undefined);
    expect(findings.filter((f) => f.ruleId === 'graph-too-large')).toEqual([]);
  });
});
