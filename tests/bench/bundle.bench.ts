import { build, type Rolldown } from 'vite';
import type { BenchFigure } from '../../tools/bench';
import { HEAVIEST_CALL, ROUTES, STAGE_BUDGET_BYTES } from '../../tools/vite/route-report-plugin';
import { routeReport, type BuiltChunk } from '../../tools/vite/route-sizes';

export const name = 'JavaScript per route (production build, gzip -9)';

const kB = (bytes: number) => bytes / 1000;

/** Builds the app in memory (dist/ untouched) and reports what each page loads. */
export async function run(): Promise<BenchFigure[]> {
  const result = await build({ logLevel: 'silent', build: { write: false } });
  const outputs = (Array.isArray(result) ? result : [result]) as Rolldown.RolldownOutput[];
  const chunks: BuiltChunk[] = outputs.flatMap((output) =>
    output.output.flatMap((item) => (item.type === 'chunk' ? [item] : [])),
  );
  const report = routeReport(chunks, ROUTES, HEAVIEST_CALL);
  return [
    { label: 'shell, loaded by every page', value: kB(report.shellBytes), unit: 'kB' },
    ...report.routes.map((route) => ({
      label: `${route.path} on top of the shell`,
      value: kB(route.ownBytes),
      unit: 'kB',
    })),
    {
      label: `stage + ${report.stageCall.label}, on top of the shell`,
      value: kB(report.stageCall.beyondShellBytes),
      unit: 'kB',
      target: kB(STAGE_BUDGET_BYTES),
    },
    {
      label: 'stage cold load including the shell',
      value: kB(report.stageCall.totalBytes),
      unit: 'kB',
    },
  ];
}
