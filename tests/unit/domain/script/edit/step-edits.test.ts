import { describe, expect, it } from 'vitest';
import { checkDocumentText } from '@/domain/script/document-validator';
import { connect, disconnect } from '@/domain/script/edit/branch-edits';
import { compareScripts } from '@/domain/script/edit/compare-scripts';
import { toCanonicalJson } from '@/domain/script/edit/canonical-json';
import { setMeta, setPositions } from '@/domain/script/edit/meta-edits';
import { blankScript, duplicateScript } from '@/domain/script/edit/new-script';
import {
  addStep,
  removeStep,
  renameStep,
  setStart,
  stepIdProblem,
  updateStep,
} from '@/domain/script/edit/step-edits';
import type { Script } from '@/domain/script/script-schema';
import { libraryScript } from './library-script';

const blank = () =>
  blankScript({
    id: 'brouillon',
    title: 'Brouillon',
    author: 'Formatrice',
    brand: 'brisa-energie',
    language: 'fr',
    summary: 'Un appel à écrire.',
    objective: 'Accueillir le client.',
    firstStepTitle: 'Accueil',
    outcomeTitle: 'Appel résolu',
  });

const errors = (script: Script) =>
  checkDocumentText(toCanonicalJson(script)).findings.filter((f) => f.severity === 'error');
const step = (script: Script, id: string) => script.steps.find((s) => s.id === id);
const targets = (script: Script, id: string) => {
  const found = step(script, id);
  return found && found.kind !== 'outcome' ? found.transitions.map((t) => t.to) : [];
};

describe('blank script', () => {
  it('passes the gate and the validator with no error', () => {
    expect(errors(blank())).toEqual([]);
    expect(blank().steps.map((s) => [s.id, s.kind, s.start ?? false])).toEqual([
      ['accueil', 'agent', true],
      ['appel-resolu', 'outcome', false],
    ]);
  });
});

describe('addStep', () => {
  it.each(['agent', 'customer', 'decision', 'outcome'] as const)(
    'adds a %s step that the schema accepts, with an id from its title',
    (kind) => {
      const { script, stepId } = addStep(blank(), kind, 'Réponse du client');
      expect(stepId).toBe('reponse-du-client');
      expect(step(script, stepId)?.kind).toBe(kind);
      expect(errors(script).filter((f) => f.ruleId === 'schema')).toEqual([]);
    },
  );

  it('never reuses an id already taken', () => {
    const once = addStep(blank(), 'agent', 'Accueil');
    expect(once.stepId).toBe('accueil-2');
    expect(blank().steps).toHaveLength(2); // the input is untouched
  });
});

describe('connect and disconnect', () => {
  it('adds a branch that answers a customer step’s first reaction', () => {
    const { script, stepId } = addStep(blank(), 'customer', 'Demande');
    const linked = connect(script, stepId, 'appel-resolu');
    const customer = step(linked, stepId);
    expect(customer?.kind === 'customer' && customer.transitions[0]).toMatchObject({
      to: 'appel-resolu',
      on: customer?.kind === 'customer' ? customer.reactions[0]?.id : '',
    });
  });

  it('leaves an outcome or an unknown step unchanged', () => {
    const script = blank();
    expect(connect(script, 'appel-resolu', 'accueil')).toBe(script);
    expect(connect(script, 'accueil', 'nulle-part')).toBe(script);
  });

  it('removes one branch by id', () => {
    const script = blank();
    const first = step(script, 'accueil');
    const branchId = first?.kind === 'agent' ? (first.transitions[0]?.id ?? '') : '';
    expect(targets(disconnect(script, 'accueil', branchId), 'accueil')).toEqual([]);
    expect(disconnect(script, 'accueil', 'absent')).toBe(script);
  });
});

describe('removeStep', () => {
  it('drops the branches that led to it and its position', () => {
    const script = setPositions(blank(), { 'appel-resolu': { x: 10, y: 20 } });
    const removed = removeStep(script, 'appel-resolu');
    expect(removed.steps.map((s) => s.id)).toEqual(['accueil']);
    expect(targets(removed, 'accueil')).toEqual([]);
    expect(removed.layout?.positions).toEqual({});
  });

  it('removes a customer step’s fallback that led to it', () => {
    const library = libraryScript();
    const withFallback = library.steps.find((s) => s.kind === 'customer' && s.otherwise);
    if (withFallback?.kind !== 'customer' || !withFallback.otherwise) throw new Error('fixture');
    const removed = removeStep(library, withFallback.otherwise.to);
    const after = step(removed, withFallback.id);
    expect(after?.kind === 'customer' && after.otherwise).toBeFalsy();
  });
});

describe('renameStep', () => {
  it('follows the new id in every branch and in the layout', () => {
    const script = setPositions(blank(), { 'appel-resolu': { x: 1, y: 2 } });
    const renamed = renameStep(script, 'appel-resolu', 'resolu');
    expect(targets(renamed, 'accueil')).toEqual(['resolu']);
    expect(renamed.layout?.positions).toEqual({ resolu: { x: 1, y: 2 } });
    expect(errors(renamed)).toEqual([]);
  });

  it('refuses an invalid or taken id', () => {
    const script = blank();
    expect(stepIdProblem(script, 'Pas Valide')).toBe('invalid');
    expect(stepIdProblem(script, 'accueil')).toBe('taken');
    expect(stepIdProblem(script, 'accueil', 'accueil')).toBeNull();
    expect(renameStep(script, 'appel-resolu', 'accueil')).toBe(script);
  });

  it('renames every reference in a real library script, which stays valid', () => {
    const library = libraryScript();
    const renamed = renameStep(library, 'demande', 'demande-client');
    expect(errors(renamed)).toEqual([]);
    expect(JSON.stringify(renamed)).not.toMatch(/"to":"demande"/);
  });
});

describe('updateStep, setStart, setMeta', () => {
  it('changes fields but never the id or the kind, and clears a field set to undefined', () => {
    const script = updateStep(blank(), 'accueil', { title: 'Bonjour', kind: 'outcome', id: 'x' });
    expect(step(script, 'accueil')).toMatchObject({ title: 'Bonjour', kind: 'agent' });
    const flagged = updateStep(script, 'accueil', { mandatory: true });
    expect(
      step(updateStep(flagged, 'accueil', { mandatory: undefined }), 'accueil'),
    ).not.toHaveProperty('mandatory');
  });

  it('keeps exactly one start', () => {
    const script = setStart(blank(), 'appel-resolu');
    expect(script.steps.filter((s) => s.start).map((s) => s.id)).toEqual(['appel-resolu']);
  });

  it('sets and clears meta fields', () => {
    const script = setMeta(blank(), { title: 'Nouveau titre', tags: ['facturation'] });
    expect(script).toMatchObject({ title: 'Nouveau titre', tags: ['facturation'] });
    expect(setMeta(script, { tags: undefined })).not.toHaveProperty('tags');
  });

  it('duplicates under a new id', () => {
    const copy = duplicateScript(libraryScript(), 'copie', 'Copie');
    expect(copy).toMatchObject({ id: 'copie', title: 'Copie', version: '0.1.0' });
  });
});

describe('setPositions', () => {
  it('stores rounded positions of known steps only, and never changes the compiled call', () => {
    const script = setPositions(blank(), {
      accueil: { x: 10.4, y: 20.6 },
      inconnue: { x: 0, y: 0 },
    });
    expect(script.layout).toEqual({ positions: { accueil: { x: 10, y: 21 } } });
    expect(errors(script)).toEqual([]);
  });
});

describe('compareScripts', () => {
  it('lists steps added, removed and changed, and ignores moves on the map', () => {
    const before = blank();
    const added = addStep(before, 'customer', 'Objection').script;
    const after = setPositions(
      updateStep(removeStep(added, 'appel-resolu'), 'accueil', { goal: 'Saluer.' }),
      {
        accueil: { x: 5, y: 5 },
      },
    );
    const ids = (comparison: ReturnType<typeof compareScripts>) => ({
      added: comparison.added.map((step) => step.id),
      removed: comparison.removed.map((step) => step.id),
      changed: comparison.changed.map((change) => change.id),
      metaChanged: comparison.metaChanged,
    });
    expect(ids(compareScripts(before, after))).toEqual({
      added: ['objection'],
      removed: ['appel-resolu'],
      changed: ['accueil'],
      metaChanged: false,
    });
    expect(ids(compareScripts(before, setPositions(before, { accueil: { x: 1, y: 1 } })))).toEqual({
      added: [],
      removed: [],
      changed: [],
      metaChanged: false,
    });
    expect(compareScripts(before, setMeta(before, { title: 'Autre' })).metaChanged).toBe(true);
  });
});
