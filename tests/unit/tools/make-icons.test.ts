import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { drawIcon, ICONS } from '../../../tools/make-icons.mjs';

// The manifest's icons are committed PNGs: they must be what tools/make-icons.mjs draws, so a
// change of the drawing is seen and the icons are drawn again (node tools/make-icons.mjs).
describe('the app icons', () => {
  it.each(ICONS)('public/icons/$file is the drawing at $size px', ({ file, size, scale }) => {
    const committed = readFileSync(new URL(`../../../public/icons/${file}`, import.meta.url));
    expect(committed.equals(drawIcon(size, scale))).toBe(true);
    expect([committed.readUInt32BE(16), committed.readUInt32BE(20)]).toEqual([size, size]);
  });
});
