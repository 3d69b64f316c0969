import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkDocumentText } from '@/domain/script/document-validator';
import { blankScript } from '@/domain/script/edit/new-script';
import { toCanonicalJson } from '@/domain/script/edit/canonical-json';
import { parseTwee } from '@/features/authoring/interchange/twee-parse';
import { tweeToScript, type TweeNote } from '@/features/authoring/interchange/twee-to-script';

const fixture = (name: string) =>
  readFileSync(new URL(`../../fixtures/twee/${name}`, import.meta.url), 'utf8');

const base = blankScript({
  id: 'import-twee',
  title: 'Import',
  author: 'Formatrice',
  brand: 'brisa-energie',
  language: 'fr',
  summary: 'Un appel importé.',
  objective: 'Répéter un appel écrit dans Twine.',
  firstStepTitle: 'Accueil',
  outcomeTitle: 'Fin',
});

const imported = (name: string) => {
  const result = tweeToScript(fixture(name), base);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result;
};
const notes = (list: TweeNote[]) =>
  list.map((n) => `${n.passage ?? '*'} · ${n.what} · ${n.detail}`);

describe('Twee 3 import', () => {
  it('turns a tagged Harlowe story into a script the validator accepts, positions kept', () => {
    const { script, unmapped, assumed } = imported('report-prelevement.twee');
    expect(script.title).toBe("Report d'un prélèvement (Twine)");
    expect(script.steps.map((s) => [s.id, s.kind])).toEqual([
      ['accueil', 'agent'],
      ['demande', 'customer'],
      ['calmer', 'agent'],
      ['verification', 'agent'],
      ['fin-heureuse', 'outcome'],
    ]);
    const [accueil, demande, , verification, fin] = script.steps;
    expect(accueil).toMatchObject({
      start: true,
      mandatory: true,
      phase: 'accueil',
      expectedMoves: ['greet', 'introduce_self'],
      lines: [
        { text: "Brisa Énergie, Camille à l'appareil, bonjour !" },
        { text: 'Que puis-je faire pour vous ?' },
      ],
      transitions: [{ to: 'demande', label: 'Le client explique' }],
    });
    expect(demande?.kind === 'customer' && demande.reactions.map((r) => r.label)).toEqual([
      'Je voudrais décaler mon prélèvement au 15.',
      "C'est encore une erreur de votre part !",
    ]);
    expect(demande?.kind === 'customer' && demande.transitions.map((t) => [t.on, t.to])).toEqual(
      demande?.kind === 'customer'
        ? [
            [demande.reactions[0]?.id, 'verification'],
            [demande.reactions[1]?.id, 'calmer'],
          ]
        : [],
    );
    // Twine has no « anything else »: it goes where the first link goes, listed to check.
    expect(demande?.kind === 'customer' && demande.otherwise?.to).toBe('verification');
    expect(notes(assumed)).toContain('Demande · otherwise-default · Vérification');
    expect(verification).toMatchObject({ compliance: ['identity_verification'] });
    expect(fin).toMatchObject({ code: 'resolved', success: true });
    expect(script.layout?.positions.demande).toEqual({ x: 300, y: 100 });

    // Harlowe's (set:) and the non-default tile size have no place in a script: listed.
    expect(notes(unmapped)).toEqual([
      '* · story-data · ifid: "5B0C3E0A-8C1F-4F0B-9E57-2B7C3A1D9E44"',
      '* · story-data · format: "Harlowe"',
      '* · story-data · format-version: "3.3.8"',
      '* · story-data · zoom: 1',
      'Calmer · macro · (set: $colere to it + 1)',
      'Calmer · metadata · size: "200,100"',
    ]);
    expect(assumed.filter((n) => n.what === 'goal-from-name')).toHaveLength(3);
    expect(assumed.some((n) => n.what === 'kind-inferred')).toBe(false);
    const verdict = checkDocumentText(toCanonicalJson(script));
    expect(verdict.findings.filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('lists every piece of SugarCube code, markup and broken link by passage, and infers kinds', () => {
    const { script, unmapped, assumed } = imported('sugarcube-gaps.twee');
    expect(script.steps.map((s) => [s.title, s.kind, s.start === true])).toEqual([
      ['Start', 'agent', true],
      ['Question', 'decision', false],
      ['Fin', 'outcome', false],
    ]);
    expect(notes(unmapped)).toEqual([
      "* · preamble · Notes de l'auteur avant le premier passage.",
      '* · story-data · ifid: "0D6B7E3C-1A2B-4C5D-8E9F-0A1B2C3D4E5F"',
      '* · story-data · format: "SugarCube"',
      '* · story-data · format-version: "2.36.1"',
      'StoryInit · special-passage · <<set $tentatives to 0>>',
      'Style · code-passage · body { color: black; }',
      'Question · tag · vip',
      'Start · setter · [$tentatives++]',
      'Start · comment · /* à revoir */',
      'Start · macro · <<if $tentatives gt 2>>',
      'Start · macro · <</if>>',
      'Start · markup · <b>',
      'Start · markup · </b>',
      'Question · broken-link · Ailleurs',
      'Fin · metadata · size: "200,200"',
    ]);
    expect(script.steps[0]).toMatchObject({
      lines: [{ text: "Trop d'essais. Bonjour, service client !" }],
      transitions: [{ to: 'question', label: 'Continuer' }],
    });
    expect(notes(assumed)).toEqual([
      'Start · kind-inferred · agent',
      'Start · phase-default · accueil',
      'Start · no-move · ',
      'Start · goal-from-name · Start',
      'Question · phase-default · decouverte',
      'Fin · kind-inferred · outcome',
      'Fin · outcome-defaults · fin · ✓',
    ]);
    // An agent step with no expected move is stored as it is: the problems panel asks for one.
    const findings = checkDocumentText(toCanonicalJson(script)).findings;
    expect(findings.map((f) => f.path)).toContain('$.steps[0].expectedMoves');
  });

  it('refuses a file that is not Twee, or is ambiguous, with the line to look at', () => {
    expect(tweeToScript('{"kind":"script"}', base)).toEqual({
      ok: false,
      errors: [{ code: 'empty', line: 1 }],
    });
    expect(tweeToScript(':: A\n[[B]]\n\n:: B\nfin\n:: A\nencore', base)).toEqual({
      ok: false,
      errors: [{ code: 'duplicate-name', line: 6, name: 'A' }],
    });
    expect(tweeToScript(':: A [agent\ntexte\n::  \n', base)).toEqual({
      ok: false,
      errors: [
        { code: 'unclosed-tags', line: 1 },
        { code: 'empty-name', line: 3 },
      ],
    });
  });

  it('reads escaped header characters, « :: » escaped in text, and keeps bad metadata as a note', () => {
    const parsed = parseTwee(
      ':: Choix \\[1\\] [tag\\]x] {"position":"10,20"}\n\\:\\: pas un titre\n\n:: Autre {oops}\n',
    );
    expect(parsed).toEqual({
      ok: true,
      preamble: '',
      passages: [
        {
          name: 'Choix [1]',
          tags: ['tag]x'],
          line: 1,
          metadata: { position: '10,20' },
          text: ':: pas un titre',
        },
        { name: 'Autre', tags: [], line: 4, metadata: null, badMetadata: '{oops}', text: '' },
      ],
    });
    const result = tweeToScript(':: Autre {oops}\nFin.', base);
    expect(result.ok && notes(result.unmapped)).toEqual(['Autre · metadata · {oops}']);
  });

  it('falls back to the first passage when StoryData names a start that does not exist', () => {
    const result = tweeToScript(
      ':: StoryData\n{"ifid":"X","start":"Nulle part"}\n:: Un\n[[Deux]]\n:: Deux\nFin.',
      base,
    );
    if (!result.ok) throw new Error('readable');
    expect(result.script.steps.find((s) => s.start)?.id).toBe('un');
    expect(notes(result.assumed)).toContain('* · start-missing · Nulle part');
  });
});
