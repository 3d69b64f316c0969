// `npm run bench weak-pc`: the production build in Chromium with CDP CPU throttling, as agents'
// thin clients run it. Medians of WEAK_PC_RUNS runs (default 5) at each rate of WEAK_PC_RATES
// (default 1,4,6); a call of WEAK_PC_TURNS turns (default 30); "My sessions" with each count of
// WEAK_PC_HISTORY (default 1000,10000). The real slowdown is measured and printed at each rate.
// WEAK_PC_PARTS (default visit,call,history) runs only some parts, e.g. `WEAK_PC_PARTS=history`;
// WEAK_PC_VISIT_FILES=1 lists every file of the first visit.
import type { BenchFigure } from '../../tools/bench';
import { createAgent } from '../e2e/rehearsal-helpers';
import {
  freshContext,
  launchChromium,
  median,
  percentile,
  serveProductionBuild,
} from './weak-pc/browser';
import { measureCall, type CallFigures } from './weak-pc/call';
import { cloneSessions, measureHistory, playOneFinishedCall } from './weak-pc/history';
import { firstVisit, type VisitFile } from './weak-pc/first-visit';

export const name = 'Weak PC: the production build under CPU throttling';

const numbers = (raw: string | undefined, fallback: number[]) =>
  raw
    ? raw
        .split(',')
        .map(Number)
        .filter((n) => n > 0)
    : fallback;
const RUNS = numbers(process.env.WEAK_PC_RUNS, [5])[0] as number;
const RATES = numbers(process.env.WEAK_PC_RATES, [1, 4, 6]);
const TURNS = numbers(process.env.WEAK_PC_TURNS, [30])[0] as number;
const HISTORY = numbers(process.env.WEAK_PC_HISTORY, [1000, 10_000]);
const PARTS = new Set((process.env.WEAK_PC_PARTS ?? 'visit,call,history').split(','));

// Targets from issue 19, by rate (none is set at 1×, which is this machine).
const PICK_UP: Record<number, number> = { 4: 1000, 6: 1500 };
const COLD_STAGE: Record<number, number> = { 4: 1500, 6: 2000 };
const REPLY_P95: Record<number, number> = { 4: 100, 6: 150 };

function figure(label: string, value: number, unit: string, target?: number): BenchFigure {
  return target === undefined ? { label, value, unit } : { label, value, unit, target };
}

/** WEAK_PC_VISIT_FILES=1: every file of the first visit, by step and by who asked for it. */
function printVisitFiles(files: VisitFile[]): void {
  for (const file of [...files].sort((a, b) => b.gzip - a.gzip))
    console.log(`${file.step}\t${file.by}\t${(file.gzip / 1024).toFixed(1)} KB\t${file.path}`);
}

export async function run(): Promise<BenchFigure[]> {
  const served = await serveProductionBuild();
  const browser = await launchChromium();
  const figures: BenchFigure[] = [];
  try {
    if (PARTS.has('visit')) {
      const visit = await firstVisit(browser, served.origin);
      if (process.env.WEAK_PC_VISIT_FILES) printVisitFiles(visit.files);
      figures.push(figure('setup page: JS chunks fetched', visit.setupChunks, 'files'));
      figures.push(
        figure('first visit: page bytes until the line is typeable, gzip', visit.typeableKb, 'KB'),
      );
      figures.push(
        figure(
          'first visit to the stage with shell, until the first reply, page bytes gzip',
          visit.firstReplyKb,
          'KB',
          200,
        ),
      );
      // The call's engine and the move model run in the call's worker, off the main thread,
      // and load while the agent reads the customer's file: counted apart from the page's.
      figures.push(
        figure(
          "first visit: the call's worker until the first reply (engine + move model), gzip",
          visit.workerKb,
          'KB',
        ),
      );
      figures.push(
        figure('first visit: offline precache by the service worker, gzip', visit.precacheKb, 'KB'),
      );
      figures.push(
        figure(
          'text served uncompressed on that visit that gzip or brotli would shrink',
          visit.uncompressedKb,
          'KB',
          0,
        ),
      );
    }
    for (const rate of PARTS.has('call') ? RATES : []) {
      const runs: CallFigures[] = [];
      for (let n = 0; n < RUNS; n += 1) {
        const context = await freshContext(browser, served.origin);
        const page = await context.newPage();
        await createAgent(page);
        runs.push(await measureCall(page, rate, TURNS));
        await context.close();
      }
      const at = `${rate}×`;
      const replies = runs.map((r) => percentile(r.replyMs, 95));
      figures.push(figure(`${at}: measured slowdown`, median(runs.map((r) => r.slowdown)), '×'));
      figures.push(
        figure(
          `${at}: « Décrocher » → first line typeable`,
          median(runs.map((r) => r.pickUpMs)),
          'ms',
          PICK_UP[rate],
        ),
      );
      figures.push(figure(`${at}: worst pick-up`, Math.max(...runs.map((r) => r.pickUpMs)), 'ms'));
      figures.push(
        figure(
          `${at}: cold stage (reload mid-call) → typeable`,
          median(runs.map((r) => r.coldStageMs)),
          'ms',
          COLD_STAGE[rate],
        ),
      );
      figures.push(
        figure(
          `${at}: move model ready on the cold stage (fetch and decode)`,
          median(runs.map((r) => r.modelReadyMs)),
          'ms',
          rate === 1 ? 50 : undefined,
        ),
      );
      figures.push(figure(`${at}: Enter → reply p95 (${TURNS} turns)`, median(replies), 'ms'));
      // The call's engine runs in a worker that CDP cannot throttle: the target is judged with
      // the worker's CPU time inside each reply counted at the rate, as a weak PC would run it.
      figures.push(
        figure(
          `${at}: Enter → reply p95, the worker's time at ${rate}×`,
          median(runs.map((r) => percentile(r.replyAtRateMs, 95))),
          'ms',
          REPLY_P95[rate],
        ),
      );
      figures.push(
        figure(
          `${at}: main-thread CPU per agent line (trace, throttling included)`,
          median(runs.map((r) => r.mainCpuPerTurnMs)),
          'ms',
        ),
      );
      figures.push(
        figure(
          `${at}: call worker CPU per agent line (trace; CDP cannot throttle it)`,
          median(runs.map((r) => r.workerCpuPerTurnMs)),
          'ms',
        ),
      );
      figures.push(
        figure(
          `${at}: longest main-thread task, CPU (trace)`,
          median(runs.map((r) => r.longestMainCpuMs)),
          'ms',
        ),
      );
      figures.push(
        figure(
          `${at}: keystroke → frame p95`,
          median(runs.map((r) => percentile(r.keyMs, 95))),
          'ms',
          rate === 4 ? 33 : undefined,
        ),
      );
      figures.push(
        figure(
          `${at}: long tasks during the call`,
          median(runs.map((r) => r.longTasks)),
          'tasks',
          rate === 4 ? 0 : undefined,
        ),
      );
      figures.push(
        figure(
          `${at}: time blocked beyond 50 ms per task`,
          median(runs.map((r) => r.blockedMs)),
          'ms',
        ),
      );
      figures.push(
        figure(
          `${at}: longest task during the call`,
          median(runs.map((r) => r.longestTaskMs)),
          'ms',
          rate === 4 ? 50 : undefined,
        ),
      );
      figures.push(
        figure(
          `${at}: heap after the call, page and its workers`,
          median(runs.map((r) => r.heapMb)),
          'MB',
        ),
      );
      console.log(`… ${at} call done`);
    }
    for (const count of PARTS.has('history') ? HISTORY : []) {
      const context = await freshContext(browser, served.origin);
      const page = await context.newPage();
      await createAgent(page);
      await playOneFinishedCall(page);
      const bytes = await cloneSessions(page, count);
      if (count === HISTORY[0])
        figures.push(figure('stored bytes of one finished call', bytes / 1024, 'KB', 5));
      for (const rate of RATES) {
        const runs = [];
        for (let n = 0; n < RUNS; n += 1) runs.push(await measureHistory(page, rate));
        const at = `${rate}× history of ${count}`;
        figures.push(
          figure(
            `${at}: rows shown, thread free`,
            median(runs.map((r) => r.interactiveMs)),
            'ms',
            rate === 4 && count >= 10_000 ? 1000 : undefined,
          ),
        );
        figures.push(
          figure(
            `${at}: main-thread task time until then`,
            median(runs.map((r) => r.taskMs)),
            'ms',
          ),
        );
        figures.push(
          figure(
            `${at}: filter change`,
            median(runs.map((r) => r.filterMs)),
            'ms',
            rate === 4 ? 200 : undefined,
          ),
        );
        figures.push(figure(`${at}: DOM nodes`, median(runs.map((r) => r.domNodes)), 'nodes'));
        figures.push(
          figure(
            `${at}: heap`,
            median(runs.map((r) => r.heapMb)),
            'MB',
            count >= 10_000 ? 50 : undefined,
          ),
        );
      }
      console.log(`… history of ${count} done`);
      await context.close();
    }
  } finally {
    await browser.close();
    await served.close();
  }
  return figures;
}
