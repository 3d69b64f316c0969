import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import type { Script } from '../../src/domain/script/script-schema';
import { branchesOf } from '../../src/features/authoring/graph/branches';
import { expect, expectAccessible, test } from './fixtures';
import { createTrainer } from './studio-helpers';

// The script map in the built app: every branch's words drawn once, on React Flow's label layer
// (the map hands that layer to the labels), and a drag of the map carries them along.

const EXAMPLE = JSON.parse(
  readFileSync('scripts-library/scripts/exemple-date-prelevement.json', 'utf8'),
) as Script;

async function boxOf(locator: ReturnType<Page['locator']>) {
  const box = await locator.boundingBox();
  if (!box) throw new Error('not on screen');
  return box;
}

const labelsOnMap = (page: Page) =>
  page.locator('.script-graph .react-flow__edgelabel-renderer .branch-label');

test('branch labels are drawn on the map once each, and move with the map when it is dragged', async ({
  page,
  problems,
}) => {
  void problems;
  test.setTimeout(180_000);
  await createTrainer(page);
  await page
    .getByRole('button', {
      name: 'Dupliquer « Changer la date de prélèvement (exemple) » en brouillon',
    })
    .click();
  const map = page.getByRole('region', { name: /^Carte des étapes/u });
  await expect(map.locator('.react-flow__node')).toHaveCount(EXAMPLE.steps.length);

  const expected = branchesOf(EXAMPLE)
    .map((branch) => branch.label)
    .filter((label) => label !== '')
    .sort();
  expect(expected.length).toBeGreaterThan(3);
  await expect(labelsOnMap(page)).toHaveCount(expected.length);
  expect((await labelsOnMap(page).allInnerTexts()).sort()).toEqual(expected);
  // Nothing labelled outside the layer (no second copy, no label left in the SVG).
  await expect(page.locator('.branch-label')).toHaveCount(expected.length);

  const pane = map.locator('.react-flow__pane');
  await pane.scrollIntoViewIfNeeded();
  const label = labelsOnMap(page).first();
  const before = await boxOf(label);
  const box = await boxOf(pane);
  await page.mouse.move(box.x + 20, box.y + 20);
  await page.mouse.down();
  await page.mouse.move(box.x + 80, box.y + 50, { steps: 6 });
  await page.mouse.up();
  const after = await boxOf(label);
  expect(after.x - before.x).toBeCloseTo(60, 0);
  expect(after.y - before.y).toBeCloseTo(30, 0);
  await expectAccessible(page);
});
