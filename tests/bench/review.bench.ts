// `npm run bench review`: Revue at a team's scale (issue 16, item 10), in the production build in
// Chromium: a lead imports a 10,000-session bundle through the file picker (≤ 5 s, the progress
// bar moving), then a team of 200 agents × 50 sessions, and opens and sorts the team table
// (≤ 300 ms); and an agent who never opens Revue downloads none of it. The machine is shared:
// wall-clock figures are noisy, so each comes with a fixed JS loop's time as a load gauge.
import {
  calibrationMs,
  freshContext,
  launchChromium,
  serveProductionBuild,
} from './weak-pc/browser';
import { agentFetches, reviewChunks } from './review/chunks';
import { descendantsCpuMs } from './review/cpu';
import {
  bareWriteMs,
  createTeamLead,
  importSteps,
  importThroughPicker,
  openTeamMs,
  reportTexts,
  sortMs,
  writeBundles,
} from './review/review-page';
import { bundledSession, sessionBundle } from '../fixtures/review/session-bundles';
import type { BenchFigure } from '../../tools/bench';

export const name = 'Revue at team scale, production build in Chromium';

// A realistic call: 14 turns of about 90 characters, a score card with three findings.
function session(agent: number, index: number) {
  const base = bundledSession(`a${agent}-s${index}`, {
    startedAt: new Date(Date.UTC(2026, 0, 1) + index * 3_600_000).toISOString(),
  });
  const turns = Array.from({ length: 14 }, (_, turn) => ({
    index: turn,
    speaker: turn % 2 === 0 ? 'agent' : 'customer',
    text: `Réplique ${turn} de la séance ${index} : je vérifie votre dossier et je reviens vers vous.`,
    step: 'accueil',
    phase: 'opening',
  }));
  // Scores vary by agent and session, so rows differ and sorting moves them.
  const spread = (agent * 7 + index * 3) % 41;
  const findings = [0, 1, 2].map((n) => ({ ...base.scoreCard.findings[0], turn: n * 2 }));
  return {
    ...base,
    transcript: turns,
    scoreCard: { ...base.scoreCard, brandTone: 50 + spread, findings },
  };
}

const agentBundle = (agent: number, count: number) =>
  sessionBundle(
    Array.from({ length: count }, (_, i) => session(agent, i)),
    { id: `agent-${agent}`, displayName: `Agent ${String(agent).padStart(3, '0')}`, role: 'agent' },
  );

const figure = (label: string, value: number, unit: string, target?: number): BenchFigure =>
  target === undefined ? { label, value, unit } : { label, value, unit, target };

export async function run(): Promise<BenchFigure[]> {
  const figures: BenchFigure[] = [];
  const chunks = await reviewChunks();
  figures.push(
    figure(
      'Revue-only modules an agent’s pages reach',
      chunks.reachableModules.length,
      'modules',
      0,
    ),
  );
  // Compact JSON, as the app exports it.
  const big = writeBundles([
    { name: 'agent-0-10000.json', text: JSON.stringify(agentBundle(0, 10_000)) },
  ]);
  const team = writeBundles(
    Array.from({ length: 200 }, (_, agent) => ({
      name: `agent-${agent}.json`,
      text: JSON.stringify(agentBundle(agent + 1, 50)),
    })),
  );
  const served = await serveProductionBuild();
  const browser = await launchChromium();
  try {
    const fetched = await agentFetches(browser, served.origin);
    const leaked = fetched.filter((file) => chunks.reviewFiles.has(file));
    figures.push(figure('Revue files an agent downloads', leaked.length, 'files', 0));
    if (leaked.length > 0) console.log(`… fetched by the agent: ${leaked.join(', ')}`);

    const context = await freshContext(browser, served.origin);
    const page = await context.newPage();
    await createTeamLead(page);
    figures.push(figure('fixed JS loop (load gauge)', await calibrationMs(page), 'ms'));
    const cpuBefore = descendantsCpuMs();
    const single = await importThroughPicker(page, big.paths, 1);
    const cpuMs = descendantsCpuMs() - cpuBefore;
    const [report] = await reportTexts(page);
    if (!report?.includes('10000 nouvelles') && !report?.includes('10 000 nouvelles'))
      throw new Error(`review bench: the big bundle did not go in: ${report}`);
    figures.push(figure('import a 10,000-session bundle (picker → report)', single.ms, 'ms', 5000));
    figures.push(figure('Chromium CPU time during that import (all processes)', cpuMs, 'ms'));
    for (const { step, ms } of await importSteps(page))
      figures.push(figure(`… of which, up to « ${step} »`, ms, 'ms'));
    const floorCpu = descendantsCpuMs();
    const floorMs = await bareWriteMs(page);
    figures.push(
      figure('floor: bare IndexedDB add of the rows it wrote, one transaction', floorMs, 'ms'),
    );
    figures.push(figure('floor: Chromium CPU time for it', descendantsCpuMs() - floorCpu, 'ms'));
    const steps = single.progress.filter((value) => value > 0 && value < 1).length;
    figures.push(figure('progress bar values shown between empty and full', steps, 'values'));
    figures.push(figure('longest frame gap during that import', single.longestFrameGapMs, 'ms'));

    await page.goto('/parametres');
    await page.evaluate(() => indexedDB.deleteDatabase('coulisses'));
    await context.close();
    const teamContext = await freshContext(browser, served.origin);
    const teamPage = await teamContext.newPage();
    await createTeamLead(teamPage);
    const whole = await importThroughPicker(teamPage, team.paths, 200);
    figures.push(figure('import 200 files of 50 sessions (picker → last report)', whole.ms, 'ms'));
    const open: number[] = [];
    const sort: number[] = [];
    for (let n = 0; n < 3; n += 1) {
      open.push(await openTeamMs(teamPage, 200));
      sort.push(await sortMs(teamPage, 'Ton de marque'));
    }
    open.sort((a, b) => a - b);
    sort.sort((a, b) => a - b);
    figures.push(
      figure(
        'team table, 200 agents × 50 sessions: open Revue → drawn (median of 3)',
        open[1] ?? NaN,
        'ms',
        300,
      ),
    );
    figures.push(
      figure('team table: sort a column → redrawn (median of 3)', sort[1] ?? NaN, 'ms', 300),
    );
    await teamContext.close();
  } finally {
    await browser.close();
    await served.close();
    big.cleanup();
    team.cleanup();
  }
  return figures;
}
