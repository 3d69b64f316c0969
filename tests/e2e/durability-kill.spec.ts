// Issue 14 item 5: nothing shown as saved is lost. The browser process is killed (SIGKILL, the
// whole process group, no chance to flush anything) at seeded random moments of calls, a few
// milliseconds after the agent's line, then relaunched on the same profile: every turn that was
// on screen must be there again, in order.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, expect, test, type Page } from '@playwright/test';
import { createRandom } from '../../src/domain/random/seeded-random';
import { createAgent, pickUpExampleCall, POLITE_FRENCH_LINES } from './rehearsal-helpers';

const KILLS = 20;
const SEED = 'durability-kill-2026';

test.setTimeout(15 * 60_000);
// A trace follows a browser context to the end of the test; these browsers are killed on purpose,
// so there is no context left to close the trace on.
test.use({ trace: 'off' });

interface Running {
  child: ChildProcess;
  page: Page;
}

/** Chromium started by hand, so its process id is ours to kill; Playwright attaches over CDP. */
async function launch(profile: string, origin: string): Promise<Running> {
  const child = spawn(
    process.env.CHROME_PATH ?? '/usr/bin/chromium',
    [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--remote-debugging-port=0',
      `--user-data-dir=${profile}`,
      'about:blank',
    ],
    // Its own process group: the kill takes the renderer and utility processes with it.
    { detached: true, stdio: ['ignore', 'ignore', 'pipe'] },
  );
  const endpoint = await new Promise<string>((resolve, reject) => {
    let said = '';
    child.stderr?.on('data', (chunk: Buffer) => {
      said += chunk.toString();
      const found = /DevTools listening on (ws:\/\/\S+)/u.exec(said);
      if (found?.[1]) resolve(found[1]);
    });
    child.once('exit', (code) => reject(new Error(`Chromium exited (${code}): ${said}`)));
  });
  const browser = await chromium.connectOverCDP(endpoint);
  const context = browser.contexts()[0] ?? (await browser.newContext());
  const page = context.pages()[0] ?? (await context.newPage());
  // Relative addresses as in the other specs.
  const goto = page.goto.bind(page);
  page.goto = (url, options) => goto(new URL(url, origin).toString(), options);
  return { child, page };
}

async function kill({ child }: Running): Promise<void> {
  const exited = new Promise((done) => child.once('exit', done));
  process.kill(-(child.pid ?? 0), 'SIGKILL');
  await exited;
}

/** What the screen shows as saved at this instant: the turns of the call, in order. */
async function shownAsSaved(page: Page) {
  return page.evaluate(() => {
    const ended = document.querySelector('.turn') !== null && !document.querySelector('[role=log]');
    const finalSaved = document.querySelector('.save-state--saved') !== null;
    const writing = document.querySelector('.save-state--saving') !== null;
    const turns = [...document.querySelectorAll('.conversation .turn')].map(
      (turn) => turn.textContent ?? '',
    );
    return {
      ended,
      finalSaved,
      writing,
      turns,
      sessionId: location.pathname.split('/').at(-1) ?? '',
    };
  });
}

async function storedTurns(page: Page, sessionId: string, atLeast: number): Promise<string[]> {
  await page.goto(`/repeter/seance/${sessionId}`);
  const turns = page.locator('.conversation .turn');
  // The stage (or the end screen) is back once the stored turns are drawn.
  // A cold stage fetches its model: on a busy machine that takes a while.
  await expect(page.locator('.conversation')).toBeVisible({ timeout: 30_000 });
  if (atLeast > 0) await expect(turns.nth(atLeast - 1)).toBeAttached({ timeout: 30_000 });
  return turns.evaluateAll((rows) => rows.map((row) => row.textContent ?? ''));
}

test('killing the browser at random points of calls loses no turn shown as saved', async ({
  baseURL,
}) => {
  const origin = baseURL ?? '';
  const random = createRandom(SEED);
  const profile = mkdtempSync(join(tmpdir(), 'coulisses-kill-'));
  let claimed: { sessionId: string; turns: string[]; ended: boolean } | null = null;
  let killedWhileWriting = 0;
  try {
    for (let round = 0; round <= KILLS; round += 1) {
      const running = await launch(profile, origin);
      const { page } = running;
      if (round === 0) await createAgent(page);
      if (claimed) {
        const after = await storedTurns(page, claimed.sessionId, claimed.turns.length);
        expect(
          after.slice(0, claimed.turns.length),
          `round ${round}: turns shown before the kill`,
        ).toEqual(claimed.turns);
      }
      if (round === KILLS) {
        await kill(running);
        break;
      }
      if (!claimed || claimed.ended || !(await page.getByLabel('Votre réplique').isVisible())) {
        await pickUpExampleCall(page, 'Filage');
        await expect(page.getByRole('log', { name: 'Conversation' })).toBeVisible({
          timeout: 30_000,
        });
      }
      const line = page.getByLabel('Votre réplique');
      // A few lines spoken normally, then one more and the kill a few milliseconds after it.
      const lines = random.int(3);
      for (let spoken = 0; spoken <= lines; spoken += 1) {
        const agentTurns = await page.locator('.turn--agent').count();
        await line.fill(POLITE_FRENCH_LINES[agentTurns % POLITE_FRENCH_LINES.length] ?? '');
        await line.press('Enter');
        if (spoken === lines) break;
        const end = page.getByRole('heading', { level: 2, name: "Fin de l'appel" });
        await expect(page.locator('.turn--agent').nth(agentTurns).or(end).first()).toBeVisible({
          timeout: 30_000,
        });
        if (await end.isVisible()) break;
      }
      await new Promise((wait) => setTimeout(wait, random.int(41)));
      const shown = await shownAsSaved(page);
      await kill(running);
      if (shown.writing) killedWhileWriting += 1;
      // On the end screen the transcript counts as saved once « Débrief enregistré » says so;
      // before that, only what the live stage had shown of this call.
      const before: string[] = claimed?.sessionId === shown.sessionId ? claimed.turns : [];
      const turns: string[] = shown.ended && !shown.finalSaved ? before : shown.turns;
      claimed = { sessionId: shown.sessionId, turns, ended: shown.ended };
      console.log(
        `durability-kill round ${round}: ${turns.length} turns shown as saved` +
          `${shown.writing ? ', a write under way' : ''}${shown.ended ? ', call ended' : ''}`,
      );
    }
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
  // How many kills fell while a write was under way (« Enregistrement… » on screen).
  test.info().annotations.push({
    type: 'kills',
    description: `${KILLS} kills, ${killedWhileWriting} while a write was under way`,
  });
  console.log(`durability-kill: ${KILLS} kills, ${killedWhileWriting} while writing`);
});
