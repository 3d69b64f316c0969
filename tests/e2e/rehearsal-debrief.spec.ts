import { expect, expectAccessible, test } from './fixtures';
import { createAgent, pickUpExampleCall } from './rehearsal-helpers';

// A short call a new agent might play: no brand greeting, « tu », then a banned phrase.
const LINES = ['Allô, tu veux quoi ?', 'Pas de souci, donnez-moi votre numéro client.'];

test('a short call ends on a debrief that quotes what the agent typed, in call order', async ({
  page,
  problems,
}) => {
  void problems;
  await createAgent(page);
  await pickUpExampleCall(page, 'Filage');
  const log = page.getByRole('log', { name: 'Conversation' });
  const line = page.getByLabel('Votre réplique');
  for (const [index, text] of LINES.entries()) {
    await line.fill(text);
    await line.press('Enter');
    await expect(log.locator('.turn--customer')).toHaveCount(index + 1);
  }
  await page.getByRole('button', { name: 'Raccrocher' }).click();
  await expect(page.getByRole('heading', { level: 2, name: "Fin de l'appel" })).toBeVisible();

  const notes = page.getByRole('region', {
    name: "Les notes du metteur en scène, dans l'ordre de l'appel",
  });
  const headings = await notes.getByRole('heading', { level: 4 }).allTextContents();
  // « Tour 3 · … », or « Tours 3, 5 et 7 · … × 3 » for a fault repeated with the same advice.
  const turns = headings.map((heading) => Number(/^Tours? (\d+)[\d, et]* · /.exec(heading)?.[1]));
  expect(turns.length).toBeGreaterThan(1);
  expect(turns).toEqual([...turns].sort((a, b) => a - b));
  // Each line typed is quoted word for word under « Vous avez dit » on its own turn's notes.
  for (const [index, text] of LINES.entries()) {
    const said = notes.getByRole('listitem').filter({
      has: page.getByRole('heading', { name: new RegExp(`^Tour ${2 * index + 1} · `) }),
    });
    await expect(said.first().locator('dt').first()).toHaveText('Vous avez dit');
    await expect(said.first().locator('dd').first()).toHaveText(`« ${text} »`);
  }
  const tutoiement = notes
    .getByRole('listitem')
    .filter({ has: page.locator('mark', { hasText: /^tu$/ }) });
  await expect(tutoiement.locator('dt')).toHaveText(['Vous avez dit', 'Pourquoi', 'À dire plutôt']);

  // The notes are part of the page: the page scrolls, not a box inside it.
  const box = await notes.evaluate((element) => {
    for (let node: Element | null = element; node; node = node.parentElement) {
      const style = getComputedStyle(node);
      if (/(auto|scroll)/.test(style.overflowY) && node !== document.scrollingElement) {
        return node.className;
      }
    }
    return null;
  });
  expect(box).toBeNull();
  await expectAccessible(page);
});
