import { describe, expect, it } from 'vitest';
import { parseBundleJson } from '@/domain/review/bundle-json';
import { bundledSession, sessionBundle } from '../../../fixtures/review/session-bundles';

const LIMITS = { maxBytes: 1_000_000, maxDepth: 40 };
const bundle = sessionBundle([bundledSession('s1'), bundledSession('s2')]);

const refusal = (text: string) => {
  const parsed = parseBundleJson(text, LIMITS);
  return parsed.ok ? null : parsed.problems.map((problem) => problem.message.en).join(' ');
};

// The engine's JSON.parse runs first; these prove it never lets a key written twice through.
describe('parseBundleJson', () => {
  it('reads compact and pretty-printed files as JSON.parse does', () => {
    for (const text of [JSON.stringify(bundle), JSON.stringify(bundle, null, 2)]) {
      const parsed = parseBundleJson(text, LIMITS);
      expect(parsed.ok && parsed.value.data).toEqual(bundle);
    }
  });

  it('refuses a key written twice, compact or pretty-printed, naming both places', () => {
    const compact = JSON.stringify(bundle).replace('"seed":', '"mode":"lecture","seed":');
    expect(refusal(compact)).toMatch(/"mode" is given twice in the same object/u);
    const pretty = JSON.stringify(bundle, null, 2).replace('"seed": ', '"mode" :\t"x", "seed": ');
    expect(refusal(pretty)).toMatch(/"mode" is given twice/u);
  });

  it('is not fooled by texts that look like keys or hold a colon', () => {
    // Strings starting with a colon or holding `":` count as key ends in the text: one more
    // such string must not cover for one duplicate.
    const text = JSON.stringify(bundle)
      .replace('"Bonjour, je voudrais changer ma date."', '":\\":"')
      .replace('"seed":', '"seed":1,"seed":');
    expect(refusal(text)).toMatch(/"seed" is given twice/u);
    const harmless = JSON.stringify(bundle).replace(
      '"Bonjour, je voudrais changer ma date."',
      '": dit-il \\": encore"',
    );
    expect(parseBundleJson(harmless, LIMITS).ok).toBe(true);
  });

  it('still says where a file is cut short', () => {
    const text = JSON.stringify(bundle);
    expect(refusal(text.slice(0, text.length - 10))).toMatch(/truncated/u);
  });
});
