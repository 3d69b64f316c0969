import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { routeReport, type BuiltChunk } from '../../../tools/vite/route-sizes';

/** A chunk whose gzip size is known: `size` characters that do not compress much. */
function chunk(
  fileName: string,
  facade: string | null,
  imports: string[],
  seed: number,
  size = 4000,
) {
  let state = seed;
  const code = Array.from({ length: size }, () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return String.fromCharCode(33 + (state % 90));
  }).join('');
  return { fileName, code, isEntry: fileName === 'index.js', facadeModuleId: facade, imports };
}
const gz = (item: BuiltChunk) => gzipSync(item.code, { level: 9 }).length;

describe('per-route JavaScript sizes', () => {
  const index = chunk('index.js', '/src/app/main.tsx', ['vendor.js'], 1);
  const vendor = chunk('vendor.js', null, [], 2);
  const stage = chunk('stage.js', '/src/stage-page.tsx', ['engine.js', 'vendor.js'], 3);
  const engine = chunk('engine.js', null, [], 4);
  const history = chunk('history.js', '/src/history-page.tsx', ['vendor.js'], 5);
  const small = chunk('s1.js', '\0doc:scripts/small', [], 6, 1000);
  const large = chunk('s2.js', '\0doc:scripts/large', [], 7, 3000);
  const rubric = chunk('r.js', '\0doc:rubrics/default', [], 8, 500);
  const chunks = [index, vendor, stage, engine, history, small, large, rubric];
  const report = routeReport(
    chunks,
    [
      { path: '/stage', module: '/src/stage-page.tsx' },
      { path: '/history', module: '/src/history-page.tsx' },
    ],
    {
      path: '/stage',
      data: {
        label: 'heaviest',
        groups: [
          { idPart: 'doc:scripts/', take: 'largest' },
          { idPart: 'doc:rubrics/', take: 'all' },
        ],
      },
    },
  );

  it('counts the shell once: the entry and what it imports', () => {
    expect(report.shellBytes).toBe(gz(index) + gz(vendor));
  });

  it("counts each route's own chunks without the shell's", () => {
    expect(report.routes).toEqual([
      { path: '/stage', ownBytes: gz(stage) + gz(engine) },
      { path: '/history', ownBytes: gz(history) },
    ]);
  });

  it("adds the heaviest call's data to the stage: the largest script and every rubric", () => {
    expect(report.stageCall.dataBytes).toBe(gz(large) + gz(rubric));
    expect(report.stageCall.beyondShellBytes).toBe(gz(stage) + gz(engine) + gz(large) + gz(rubric));
    expect(report.stageCall.totalBytes).toBe(report.shellBytes + report.stageCall.beyondShellBytes);
  });

  it('refuses a route whose module is not in the build, instead of reporting zero', () => {
    expect(() =>
      routeReport(chunks, [{ path: '/x', module: '/src/missing.tsx' }], {
        path: '/x',
        data: { label: 'none', groups: [] },
      }),
    ).toThrow(/no chunk for \/src\/missing\.tsx/);
  });
});
