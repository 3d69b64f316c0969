import { describe, expect, it } from 'vitest';
import { formatGapOn20, formatScoreOn20, parseOn20 } from '@/ui/score-scale';

describe('the /20 scale Revue types and reads', () => {
  it('takes a mark out of 20 with a comma or a point and gives the stored 0–100 whole number', () => {
    expect(parseOn20('13,4')).toBe(67);
    expect(parseOn20('13.4')).toBe(67);
    expect(parseOn20(' 20 ')).toBe(100);
    expect(parseOn20('0')).toBe(0);
    // Between two storable values: the nearest one, which reads back 13,6.
    expect(parseOn20('13,5')).toBe(68);
    expect(formatScoreOn20(parseOn20('13,5'), 'fr')).toBe('13,6/20');
  });

  it('refuses what is not a mark from 0 to 20', () => {
    for (const text of ['', '20,5', '21', '-1', '1e1', '13,4,2', 'treize', '13,', ',5']) {
      expect(parseOn20(text)).toBeNull();
    }
  });

  it('reads a stored score, a missing one and a gap out of 20', () => {
    expect(formatScoreOn20(80, 'fr')).toBe('16/20');
    expect(formatScoreOn20(67.5, 'en')).toBe('13.5/20');
    expect(formatScoreOn20(null, 'fr')).toBe('—');
    expect(formatGapOn20(15, 'fr')).toBe('3');
    expect(formatGapOn20(7, 'fr')).toBe('1,4');
  });
});
