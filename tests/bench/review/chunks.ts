// Proof that Revue stays out of what an agent downloads: the production build in memory tells
// which built files hold Revue's code; an agent's walk through their pages says what was fetched.
import type { Browser } from '@playwright/test';
import { build, type Rolldown } from 'vite';
import { onDemandFiles, type PrecacheChunk } from '../../../tools/vite/precache-plugin';
import { freshContext } from '../weak-pc/browser';

/** Modules only Revue needs (its feature folder and the CSV library it alone uses). */
const REVIEW_ONLY = ['/src/features/review/', '/node_modules/papaparse/'];

type Chunk = PrecacheChunk & { moduleIds: string[] };

export interface ReviewChunks {
  /** Built files holding any Revue-only module. */
  reviewFiles: Set<string>;
  /** Revue-only modules in files an agent's pages reach (so the service worker precaches them). */
  reachableModules: string[];
}

export async function reviewChunks(): Promise<ReviewChunks> {
  const result = await build({ logLevel: 'silent', build: { write: false } });
  const outputs = (Array.isArray(result) ? result : [result]) as Rolldown.RolldownOutput[];
  const chunks = outputs.flatMap((output) =>
    output.output.flatMap((item) => (item.type === 'chunk' ? [item as unknown as Chunk] : [])),
  );
  const isReview = (id: string) => REVIEW_ONLY.some((part) => id.includes(part));
  const reviewFiles = new Set(
    chunks.filter((chunk) => chunk.moduleIds.some(isReview)).map((chunk) => chunk.fileName),
  );
  const onDemand = onDemandFiles(chunks);
  const reachableModules = chunks
    .filter((chunk) => !onDemand.has(chunk.fileName))
    .flatMap((chunk) => chunk.moduleIds.filter(isReview));
  return { reviewFiles, reachableModules };
}

/**
 * An agent creates a profile, opens every page of theirs (catalogue, history, their parcours,
 * settings) and the built files fetched are returned (paths without the leading slash).
 */
export async function agentFetches(browser: Browser, origin: string): Promise<string[]> {
  const context = await freshContext(browser, origin);
  const fetched = new Set<string>();
  context.on('request', (request) => {
    const url = new URL(request.url());
    if (url.origin === origin) fetched.add(url.pathname.replace(/^\//u, ''));
  });
  const page = await context.newPage();
  await page.goto('/');
  await page.getByLabel('Nom affiché').fill('Julie Martin');
  await page.getByRole('radio', { name: /Agent/ }).check();
  await page.getByRole('button', { name: 'Créer le profil' }).click();
  await page.getByRole('heading', { level: 1, name: 'Répéter' }).waitFor();
  for (const path of ['/repeter/seances', '/repeter/parcours', '/parametres', '/repeter']) {
    await page.goto(path);
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    await page.waitForLoadState('networkidle');
  }
  await context.close();
  return [...fetched];
}
