import { describe, expect, it } from 'vitest';
import { withoutRepeatedQuote } from '@/features/rehearsal/debrief/reason-text';

describe('a reason does not quote again what the debrief already shows', () => {
  it('drops a bare quote of the shown words, in either quote style', () => {
    const line = 'votre mensualité est de 44,99 euros';
    expect(withoutRepeatedQuote(`« ${line} » — Rien ne se dit avant.`, [line])).toBe(
      'Rien ne se dit avant.',
    );
    expect(withoutRepeatedQuote('“your balance” — Nothing is said.', ['', 'your balance'])).toBe(
      'Nothing is said.',
    );
  });

  it('keeps a quote that carries a hint, and words not shown', () => {
    const hinted = '« Pas de souci » → avec plaisir — Un mot que la marque évite.';
    expect(withoutRepeatedQuote(hinted, ['Pas de souci'])).toBe(hinted);
    expect(withoutRepeatedQuote('« ailleurs » — Pourquoi.', ['autre chose'])).toBe(
      '« ailleurs » — Pourquoi.',
    );
  });
});
