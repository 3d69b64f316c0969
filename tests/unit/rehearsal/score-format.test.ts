import { describe, expect, it } from 'vitest';
import { formatOutOf20, formatSignedOn20, onTwenty } from '@/features/rehearsal/format';

describe('one scale everywhere (issue 13, item 7)', () => {
  it('reads out of 20 with the language’s decimal sign', () => {
    expect(formatOutOf20(13.4, 'fr')).toBe('13,4/20');
    expect(formatOutOf20(13.4, 'en')).toBe('13.4/20');
    expect(formatOutOf20(20, 'fr')).toBe('20/20');
  });

  it('puts a 0–100 criterion on the same scale', () => {
    expect(onTwenty(67)).toBe(13.4);
    expect(formatOutOf20(onTwenty(85), 'fr')).toBe('17/20');
  });

  it('signs finding points with a true minus, on /20', () => {
    expect(formatSignedOn20(-8, 'fr')).toBe('\u22121,6');
    expect(formatSignedOn20(2, 'en')).toBe('+0.4');
    expect(formatSignedOn20(0, 'fr')).toBe('0');
  });
});
