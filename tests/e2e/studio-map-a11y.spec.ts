import type { Locator, Page } from '@playwright/test';
import { expect, expectAccessible, test } from './fixtures';
import { addStep, createTrainer, inspector } from './studio-helpers';

// The script map for a trainer who reads it with a screen reader or walks it with the keyboard:
// React Flow's words in the page's language, a focus ring on every step shape and on branches,
// Escape that keeps focus, arrow-key moves that are saved, and a fitted view that keeps every
// step clear of the minimap and the buttons.

const mapOf = (page: Page) => page.getByRole('region', { name: /^Carte des étapes|^Map of the/u });

async function openBlankScript(page: Page): Promise<Locator> {
  await createTrainer(page);
  await page.getByRole('button', { name: 'Nouveau script vierge' }).click();
  const map = mapOf(page);
  await expect(map.locator('.react-flow__node')).toHaveCount(2);
  return map;
}

/** What the map gives a screen reader: labels, role descriptions, descriptions, button names. */
async function spokenWords(map: Locator): Promise<string[]> {
  return map.evaluate((root) => {
    const words: string[] = [];
    for (const element of root.querySelectorAll('[aria-label], [aria-roledescription], title')) {
      words.push(element.getAttribute('aria-label') ?? '');
      words.push(element.getAttribute('aria-roledescription') ?? '');
      if (element.tagName === 'title') words.push(element.textContent ?? '');
    }
    for (const element of root.querySelectorAll('[aria-describedby]')) {
      const description = document.getElementById(element.getAttribute('aria-describedby') ?? '');
      words.push(description?.textContent ?? '');
    }
    return words.filter((word) => word !== '');
  });
}

// React Flow 12's own English words, as its sources write them.
const REACT_FLOW_ENGLISH =
  /Edge from|^node$|^edge$|Press enter|Zoom In|Zoom Out|Fit View|Toggle Interactivity|Mini Map|Control Panel|Moved selected node/u;

/**
 * How many pixels of the focus colour (#1d4ed8, or its pale halo) lie in a box on screen, and in
 * each band of `ring` px just outside `inner` (when given): a ring drawn all around fills them all.
 */
async function focusPixels(page: Page, box: Box, inner?: Box, ring = 6) {
  const png = await page.screenshot({ clip: box });
  return page.evaluate(
    async ({ bytes, box, inner, ring }) => {
      const bitmap = await createImageBitmap(new Blob([new Uint8Array(bytes)]));
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
      const context = canvas.getContext('2d');
      if (!context) throw new Error('no 2d context');
      context.drawImage(bitmap, 0, 0);
      const { data, width, height } = context.getImageData(0, 0, bitmap.width, bitmap.height);
      const scale = width / box.width;
      const bands = { all: 0, top: 0, bottom: 0, left: 0, right: 0 };
      for (let y = 0; y < height; y += 1) {
        for (let x = 0; x < width; x += 1) {
          const i = (y * width + x) * 4;
          const [r, g, b] = [data[i] ?? 0, data[i + 1] ?? 0, data[i + 2] ?? 0];
          if (b - r < 40 || b - g < 25) continue;
          bands.all += 1;
          if (!inner) continue;
          const px = box.x + x / scale;
          const py = box.y + y / scale;
          const across = px >= inner.x && px <= inner.x + inner.width;
          const along = py >= inner.y && py <= inner.y + inner.height;
          if (across && py < inner.y && py >= inner.y - ring) bands.top += 1;
          if (across && py > inner.y + inner.height && py <= inner.y + inner.height + ring)
            bands.bottom += 1;
          if (along && px < inner.x && px >= inner.x - ring) bands.left += 1;
          if (along && px > inner.x + inner.width && px <= inner.x + inner.width + ring)
            bands.right += 1;
        }
      }
      return { ...bands, scale };
    },
    { bytes: [...png], box, inner, ring },
  );
}

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

async function boxOf(locator: Locator): Promise<Box> {
  const box = await locator.boundingBox();
  if (!box) throw new Error('not on screen');
  return box;
}

const grow = (box: Box, by: number): Box => ({
  x: box.x - by,
  y: box.y - by,
  width: box.width + 2 * by,
  height: box.height + 2 * by,
});

const overlaps = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** No step of the map lies under the minimap or the buttons. */
async function expectStepsClearOfPanels(map: Locator) {
  const panels = [
    await boxOf(map.locator('.react-flow__minimap')),
    await boxOf(map.locator('.react-flow__controls')),
  ];
  const steps = map.locator('.react-flow__node');
  for (let i = 0; i < (await steps.count()); i += 1) {
    const step = await boxOf(steps.nth(i));
    for (const panel of panels)
      expect(overlaps(step, panel), JSON.stringify({ step, panel })).toBe(false);
  }
}

test('the map speaks the page language: steps by kind, branches by title, buttons, minimap, help and moves', async ({
  page,
  problems,
}) => {
  void problems;
  test.setTimeout(120_000);
  const map = await openBlankScript(page);
  const steps = map.locator('.react-flow__node');
  await expect(steps.first()).toHaveAttribute('aria-label', 'Accueil (Agent, début)');
  await expect(steps.first()).toHaveAttribute('aria-roledescription', 'étape');
  await expect(steps.last()).toHaveAttribute('aria-label', 'Appel résolu (Issue)');
  const branch = map.locator('.react-flow__edge');
  await expect(branch).toHaveAttribute(
    'aria-label',
    'Branche de « Accueil » vers « Appel résolu »',
  );
  await expect(branch).toHaveAttribute('aria-roledescription', 'branche');
  for (const name of ['Zoom avant', 'Zoom arrière', 'Voir toutes les étapes'])
    await expect(map.getByRole('button', { name })).toBeVisible();
  await expect(map.getByRole('img', { name: "Vue d'ensemble" })).toBeVisible();
  const french = await spokenWords(map);
  expect(french.filter((word) => REACT_FLOW_ENGLISH.test(word))).toEqual([]);
  expect(french).toContain(
    "Entrée ou Espace pour sélectionner l'étape et ouvrir sa fiche ; les flèches la déplacent ensuite. Suppr pour la supprimer, Échap pour annuler la sélection.",
  );

  // A move by the arrow keys is announced in French.
  await steps.first().focus();
  await page.keyboard.press('Enter');
  await page.keyboard.press('ArrowDown');
  await expect(map.locator('[aria-live="assertive"]')).toHaveText(
    /^Étape déplacée vers le bas\. Nouvelle position : x -?\d+, y -?\d+\.$/u,
  );
  await expectAccessible(page);

  await page.getByLabel('Langue').selectOption('en');
  await expect(steps.first()).toHaveAttribute('aria-label', 'Accueil (Agent, start)');
  await expect(steps.first()).toHaveAttribute('aria-roledescription', 'step');
  await expect(branch).toHaveAttribute('aria-label', 'Branch from “Accueil” to “Appel résolu”');
  await expect(map.getByRole('button', { name: 'Show every step' })).toBeVisible();
  await expect(map.getByRole('img', { name: 'Overview' })).toBeVisible();
  const english = await spokenWords(map);
  expect(english.filter((word) => REACT_FLOW_ENGLISH.test(word))).toEqual([]);
  expect(english.some((word) => /étape|Branche|Entrée/u.test(word))).toBe(false);
});

/** Where a step stands on the map, in the map's own units (React Flow's translate). */
const placeOf = (step: Locator) =>
  step.evaluate((element) => {
    const { m41, m42 } = new DOMMatrixReadOnly(getComputedStyle(element).transform);
    return { x: m41, y: m42 };
  });

test('by keyboard alone: Enter opens a step, arrows move it and the move is saved, Escape keeps focus; the fitted view keeps steps clear of the minimap and buttons', async ({
  page,
  problems,
}) => {
  void problems;
  test.setTimeout(120_000);
  const map = await openBlankScript(page);
  await expectStepsClearOfPanels(map);

  // Tab from the last field before the map: the branch, then the steps.
  await page.getByLabel('Surligner la phase').focus();
  await page.keyboard.press('Tab');
  await expect(map.locator('.react-flow__edge')).toBeFocused();
  await page.keyboard.press('Tab');
  const steps = map.locator('.react-flow__node');
  const start = steps.first();
  await expect(start).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(inspector(page).getByRole('heading', { level: 2 })).toHaveText('Étape « Accueil »');
  await expect(start).toBeFocused();

  // Two presses of → move it 2 × 5 units: the script's own move, saved and back after a reload.
  const before = await placeOf(start);
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect.poll(async () => (await placeOf(start)).x).toBe(before.x + 10);
  await expect(page.getByRole('status').filter({ hasText: /^Enregistré$/ })).toBeVisible();
  await page.reload();
  await expect(steps).toHaveCount(2);
  expect(await placeOf(start)).toEqual({ x: before.x + 10, y: before.y });

  // Escape cancels the selection and leaves focus on the step, for Tab to go on from there.
  await start.focus();
  await page.keyboard.press('Enter');
  await expect(inspector(page).getByRole('heading', { level: 2 })).toHaveText('Étape « Accueil »');
  await page.keyboard.press('Escape');
  await expect(start).not.toHaveClass(/\bselected\b/u);
  await expect(start).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(steps.last()).toBeFocused();

  // « Voir toutes les étapes » fits the view again, still clear of the panels.
  await map.getByRole('button', { name: 'Zoom avant' }).click();
  await map.getByRole('button', { name: 'Voir toutes les étapes' }).click();
  await expectStepsClearOfPanels(map);
  await expectAccessible(page);
});

test('a focused branch and a focused step of every kind show a ring in the focus colour', async ({
  page,
  problems,
}) => {
  void problems;
  test.setTimeout(120_000);
  const map = await openBlankScript(page);
  await addStep(page, 'Client', 'Demande du client');
  await addStep(page, 'Décision', 'Client éligible ?');
  // No step selected: the selection's outline (the same colour) must not pass for a focus ring.
  await page.getByRole('button', { name: 'Fiche du script' }).click();
  const steps = map.locator('.react-flow__node');
  await expect(steps).toHaveCount(4);
  await expect(map.locator('.react-flow__node.selected')).toHaveCount(0);
  const kinds = await steps.evaluateAll((nodes) =>
    nodes.map(
      (node) => node.querySelector('.step-node')?.className.match(/step-node--(\w+)/u)?.[1],
    ),
  );
  expect([...kinds].sort()).toEqual(['agent', 'customer', 'decision', 'outcome']);
  // New steps are laid out beyond the view fitted at opening: fit it again to see them all, and
  // none under the minimap or the buttons.
  await map.getByRole('button', { name: 'Voir toutes les étapes' }).click();
  await expectStepsClearOfPanels(map);

  await page.getByLabel('Surligner la phase').focus();
  // Screenshots are taken of the viewport: the whole map in it, where the boxes are measured.
  await map.scrollIntoViewIfNeeded();
  // Nothing on the map is drawn in the focus colour before it has focus.
  for (let index = 0; index < kinds.length; index += 1) {
    const box = await boxOf(steps.nth(index));
    expect((await focusPixels(page, grow(box, 16))).all, kinds[index]).toBe(0);
  }
  const branch = map.locator('.react-flow__edge');
  const line = branch.locator('.react-flow__edge-path');
  const lineBox = await boxOf(line);
  const around = grow(lineBox, 12);
  expect((await focusPixels(page, around)).all).toBe(0);
  await page.keyboard.press('Tab');
  await expect(branch).toBeFocused();
  // The line turns the focus colour, over a pale halo, along its whole length.
  const focused = await focusPixels(page, around);
  expect(focused.all).toBeGreaterThan(Math.max(lineBox.height, lineBox.width) * focused.scale * 3);

  // Tab goes through the steps in order; each one's ring runs along all four sides.
  for (let index = 0; index < kinds.length; index += 1) {
    const step = steps.nth(index);
    await page.keyboard.press('Tab');
    await expect(step).toBeFocused();
    const focusedBox = await boxOf(step);
    const ring = await focusPixels(page, grow(focusedBox, 16), focusedBox, 12);
    for (const side of ['top', 'bottom', 'left', 'right'] as const) {
      const length = side === 'top' || side === 'bottom' ? focusedBox.width : focusedBox.height;
      expect(ring[side], `${kinds[index]} ${side}`).toBeGreaterThan(length * ring.scale);
    }
  }
  await expectAccessible(page);
});

/** A step wholly inside the map, and not under the minimap or the buttons. */
async function expectStepInSight(map: Locator, step: Locator) {
  const box = await boxOf(step);
  const area = await boxOf(map);
  const inside =
    box.x >= area.x &&
    box.y >= area.y &&
    box.x + box.width <= area.x + area.width &&
    box.y + box.height <= area.y + area.height;
  expect(inside, JSON.stringify({ box, area })).toBe(true);
  for (const panel of ['.react-flow__minimap', '.react-flow__controls']) {
    const panelBox = await boxOf(map.locator(panel));
    expect(overlaps(box, panelBox), JSON.stringify({ box, panel: panelBox })).toBe(false);
  }
}

test('the selected step is outlined on all four sides, a decision’s hexagon included', async ({
  page,
  problems,
}) => {
  void problems;
  test.setTimeout(120_000);
  const map = await openBlankScript(page);
  // An added step is selected; focus stays in the inspector, so no focus ring is drawn.
  await addStep(page, 'Décision', 'Client éligible ?');
  const selected = map.locator('.react-flow__node.selected');
  await expect(selected).toHaveCount(1);
  await expect(selected.locator('.step-node--decision')).toHaveCount(1);
  await map.scrollIntoViewIfNeeded();
  const box = await boxOf(selected);
  const outline = await focusPixels(page, grow(box, 16), box, 6);
  for (const side of ['top', 'bottom', 'left', 'right'] as const) {
    const length = side === 'top' || side === 'bottom' ? box.width : box.height;
    expect(outline[side], side).toBeGreaterThan(length * outline.scale);
  }
});

test('a step added after opening is brought into sight, selected, clear of the panels', async ({
  page,
  problems,
}) => {
  void problems;
  test.setTimeout(120_000);
  // A blank script opens at the largest zoom (two steps): a step added is laid out beyond it.
  const map = await openBlankScript(page);
  for (const [kind, title] of [
    ['Client', 'Demande du client'],
    ['Décision', 'Client éligible ?'],
    ['Agent', 'Proposition'],
  ] as const) {
    await addStep(page, kind, title);
    const step = map.locator('.react-flow__node', { has: page.getByText(title, { exact: true }) });
    await expect(step).toHaveClass(/\bselected\b/u);
    await expectStepInSight(map, step);
  }
});

test('a step reached with Tab off screen is brought wholly into sight, clear of the panels', async ({
  page,
  problems,
}) => {
  void problems;
  test.setTimeout(120_000);
  const map = await openBlankScript(page);
  await addStep(page, 'Client', 'Demande du client');
  await addStep(page, 'Décision', 'Client éligible ?');
  await page.getByRole('button', { name: 'Fiche du script' }).click();
  const steps = map.locator('.react-flow__node');
  await expect(steps).toHaveCount(4);
  await page.getByLabel('Surligner la phase').focus();
  // Tab crosses the branches, then the steps in order: each one comes into sight when reached.
  let reached = 0;
  for (let press = 0; press < 20 && reached < 4; press += 1) {
    await page.keyboard.press('Tab');
    const focused = map.locator('.react-flow__node:focus');
    if ((await focused.count()) === 0) continue;
    await expectStepInSight(map, focused);
    reached += 1;
  }
  expect(reached).toBe(4);
});
