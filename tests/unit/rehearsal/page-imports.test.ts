// The page runs no call engine: the call's worker loads it (and the move model) and the page
// keeps only what it shows. Every static import chain from the setup page, the stage (a reload
// mid-call included: it restores the call through the worker) and the shell is followed here;
// none may reach the engine. The in-page fallback loads it by dynamic import, only when needed.
import { describe, expect, it } from 'vitest';
import { staticImportGraph } from './static-imports';

/** The engine: the machines, the analyser and its model, the scorer, and what runs them. */
const ENGINE = [
  /^xstate$/,
  /^@nlpjs\//,
  /^virtual:coulisses-move-model/,
  /^src\/domain\/session\/(session-machine|script-cursor|session-engine|session-views)\.ts$/,
  /^src\/domain\/language\/(analyser|move-classifier|move-features|stemmer)\.ts$/,
  /^src\/domain\/scoring\/score-session\.ts$/,
  /^src\/domain\/script\/script-compiler\.ts$/,
  /^src\/stores\/(session-dependencies|shipped-move-model)\.ts$/,
  /^src\/features\/rehearsal\/session\/(call-core|engine-snapshot|score|call\.worker)\.ts$/,
];

const ENTRIES = [
  'src/app/main.tsx',
  'src/features/rehearsal/setup/setup-page.tsx',
  'src/features/rehearsal/stage/stage-page.tsx',
];

describe('the page loads none of the call engine', () => {
  it.each(ENTRIES)('%s', (entry) => {
    const graph = staticImportGraph(entry);
    const reached = [...graph]
      .filter(([module]) => ENGINE.some((pattern) => pattern.test(module)))
      .map(([module, chain]) => [...chain, module].join(' → '));
    expect(reached).toEqual([]);
  });

  it('follows what the worker loads, so the check above can see the engine', () => {
    const graph = staticImportGraph('src/features/rehearsal/session/call.worker.ts');
    for (const module of [
      'xstate',
      'src/domain/session/session-machine.ts',
      'src/domain/language/analyser.ts',
      'src/domain/scoring/score-session.ts',
      'src/stores/session-dependencies.ts',
    ])
      expect(graph.has(module), module).toBe(true);
  });
});
