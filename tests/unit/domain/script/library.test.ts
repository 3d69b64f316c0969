import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { initialTransition, transition } from 'xstate';
import { gateDocument, type GatedDocument } from '@/domain/script/document-gate';
import { validateDocument } from '@/domain/script/document-validator';
import type { LibraryContext } from '@/domain/script/rules-content';
import { compileScript } from '@/domain/script/script-compiler';
import { currentStepId } from '@/domain/script/script-graph';
import { shortestOutcomePaths } from '@/domain/script/script-paths';

// Iterates over the folders, so every document added to the library is covered automatically.
const libraryDir = fileURLToPath(new URL('../../../../scripts-library/', import.meta.url));
const FOLDERS = { scripts: 'script', brands: 'brand-guide', personas: 'persona' } as const;

const files = Object.keys(FOLDERS).flatMap((folder) =>
  readdirSync(join(libraryDir, folder))
    .filter((file) => file.endsWith('.json'))
    .map((file) => join(folder, file)),
);

const gated = new Map<string, GatedDocument>();
for (const file of files) {
  const result = gateDocument(readFileSync(join(libraryDir, file), 'utf8'));
  if (result.ok) gated.set(file, result.value);
}
const library: LibraryContext = { brands: new Map(), personas: new Map() };
for (const doc of gated.values()) {
  if (doc.kind === 'brand-guide')
    (library.brands as Map<string, unknown>).set(doc.document.id, doc.document);
  if (doc.kind === 'persona')
    (library.personas as Map<string, unknown>).set(doc.document.id, doc.document);
}
const scripts = [...gated].flatMap(([file, doc]) =>
  doc.kind === 'script' ? [[file, doc.document] as const] : [],
);

describe('scripts-library', () => {
  it('has at least the example script, brand guide and persona', () => {
    expect(scripts.length).toBeGreaterThan(0);
    expect(library.brands.size).toBeGreaterThan(0);
    expect(library.personas.size).toBeGreaterThan(0);
  });

  it.each(files)('%s passes the gate and the validator with zero errors', (file) => {
    const doc = gated.get(file);
    const gateFindings = doc ? [] : gateDocument(readFileSync(join(libraryDir, file), 'utf8'));
    expect(gateFindings).toEqual([]);
    if (!doc) return;
    const folder = file.split(/[\\/]/)[0] as keyof typeof FOLDERS;
    expect(doc.kind).toBe(FOLDERS[folder]);
    expect(basename(file, '.json')).toBe(doc.document.id);
    const errors = validateDocument(doc, { library }).filter((f) => f.severity === 'error');
    expect(errors).toEqual([]);
  });

  it('has no two documents of a kind with the same id', () => {
    const keys = [...gated.values()].map((doc) => `${doc.kind}:${doc.document.id}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  describe.each(scripts.map(([file, script]) => [file, script] as const))('%s', (_, script) => {
    const paths = shortestOutcomePaths(script);
    const outcomes = script.steps.filter((step) => step.kind === 'outcome').map((s) => s.id);

    it('has a shortest path to every outcome', () => {
      expect(paths.map((path) => path.outcomeId).sort()).toEqual([...outcomes].sort());
    });

    it('replaying each shortest path through transition() ends at its outcome', () => {
      const machine = compileScript(script);
      for (const path of paths) {
        let [snapshot] = initialTransition(machine, {});
        for (const event of path.events) [snapshot] = transition(machine, snapshot, event);
        expect(snapshot.status).toBe('done');
        expect(currentStepId(snapshot)).toBe(path.outcomeId);
      }
    });
  });
});

describe('tentative-fraude-sim: the broken-record refusal', () => {
  const script = scripts.find(([, document]) => document.id === 'tentative-fraude-sim')?.[1];
  if (!script) throw new Error('tentative-fraude-sim is missing from the library');
  const machine = compileScript(script);
  const toDisclosure = shortestOutcomePaths(script).find(
    (path) => path.outcomeId === 'donnees-divulguees',
  );
  const at = toDisclosure?.stepIds.indexOf('refus-disque-raye') ?? -1;
  /** The step after the agent's line at the refusal, reached by the shortest path. */
  const after = (moves: string[]) => {
    let [snapshot] = initialTransition(machine, {});
    for (const event of toDisclosure?.events.slice(0, at) ?? []) {
      [snapshot] = transition(machine, snapshot, event);
    }
    expect(currentStepId(snapshot)).toBe('refus-disque-raye');
    [snapshot] = transition(machine, snapshot, { type: 'agent.turn', moves });
    return currentStepId(snapshot);
  };

  it('counts a line that gives something as the data going out', () => {
    expect(after(['commit'])).toBe('donnees-divulguees');
    expect(after(['explain'])).toBe('donnees-divulguees');
  });

  it('lets the caller insist after empathy, politeness or the right channel, never a disclosure', () => {
    expect(after(['empathise'])).toBe('pression');
    expect(after(['thank', 'close'])).toBe('pression');
    expect(after(['empathise', 'propose'])).toBe('pression');
    expect(after(['refuse_politely', 'explain'])).toBe('pression');
  });
});
