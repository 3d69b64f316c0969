import type { Logger, Plugin } from 'vite';
import { routeReport, type BuiltChunk, type RouteReport } from './route-sizes';

/** The stage's budget (issue 7): JavaScript it loads on top of the app shell, gzip. */
export const STAGE_BUDGET_BYTES = 200_000;

const REHEARSAL = '/src/features/rehearsal';
export const ROUTES = [
  { path: '/repeter', module: `${REHEARSAL}/catalogue/catalogue-page.tsx` },
  { path: '/repeter/scenario/:scriptId', module: `${REHEARSAL}/setup/setup-page.tsx` },
  { path: '/repeter/seance/:sessionId', module: `${REHEARSAL}/stage/stage-page.tsx` },
  { path: '/repeter/seances', module: `${REHEARSAL}/history/history-page.tsx` },
];

/** The heaviest call the stage can open: the largest script, persona and brand, every rubric. */
export const HEAVIEST_CALL = {
  path: '/repeter/seance/:sessionId',
  data: {
    label: 'heaviest call (largest script, persona, brand, rubrics, move model)',
    groups: [
      { idPart: 'coulisses-library-document:scripts/', take: 'largest' as const },
      { idPart: 'coulisses-library-document:personas/', take: 'largest' as const },
      { idPart: 'coulisses-library-document:brands/', take: 'largest' as const },
      { idPart: 'coulisses-library-document:rubrics/', take: 'all' as const },
      { idPart: 'coulisses-move-model:', take: 'largest' as const },
    ],
  },
};

const kb = (bytes: number) => `${(bytes / 1000).toFixed(1).padStart(6)} kB`;

/** The report as printed after every build. */
export function formatRouteReport(report: RouteReport): string {
  const { stageCall } = report;
  const rows: [string, number][] = [
    ['shell, loaded by every page', report.shellBytes],
    ...report.routes.map((route): [string, number] => [
      `${route.path} (beyond the shell)`,
      route.ownBytes,
    ]),
    [`stage data: ${stageCall.label}`, stageCall.dataBytes],
  ];
  const width = Math.max(...rows.map(([label]) => label.length));
  const verdict = stageCall.beyondShellBytes <= STAGE_BUDGET_BYTES ? 'within' : 'OVER';
  return [
    'JavaScript per route (gzip -9):',
    ...rows.map(([label, bytes]) => `  ${label.padEnd(width)} ${kb(bytes)}`),
    `Stage with its heaviest call, on top of the shell: ${kb(stageCall.beyondShellBytes).trim()} ` +
      `(${verdict} the ${STAGE_BUDGET_BYTES / 1000} kB budget); cold load with the shell: ` +
      `${kb(stageCall.totalBytes).trim()}.`,
  ].join('\n');
}

/** Prints the per-route JavaScript figures at the end of `vite build`, after Vite's own table. */
export function routeReportPlugin(onReport?: (report: RouteReport) => void): Plugin {
  let report: RouteReport | null = null;
  let logger: Logger | null = null;
  return {
    name: 'coulisses-route-report',
    apply: 'build',
    configResolved(config) {
      logger = config.logger;
    },
    generateBundle(_options, bundle) {
      const chunks: BuiltChunk[] = Object.values(bundle).flatMap((output) =>
        output.type === 'chunk' ? [output] : [],
      );
      report = routeReport(chunks, ROUTES, HEAVIEST_CALL);
      onReport?.(report);
    },
    closeBundle() {
      if (report) logger?.info(`\n${formatRouteReport(report)}\n`);
    },
  };
}
