import { describe, expect, it } from 'vitest';
import {
  findRedactions,
  redactAgentLine,
  redactAgentLines,
  redactTurns,
} from '@/domain/language/redaction';
import { DIGIT_ZEROS, LEAK_CORPUS, ORDINARY_LINES } from '../../../fixtures/redaction/leak-corpus';

// An oracle independent of the redactor: the corpus's digit scripts read back to ASCII, every
// other character dropped, so a secret is found whatever the separators left around it.
const ZEROS = Object.values(DIGIT_ZEROS);
function compact(text: string): string {
  let out = '';
  for (const char of text) {
    const codePoint = char.codePointAt(0) ?? 0;
    const zero = ZEROS.find((z) => codePoint >= z && codePoint <= z + 9);
    if (zero !== undefined) out += String(codePoint - zero);
    else if (/[A-Za-z]/.test(char)) out += char.toUpperCase();
  }
  return out;
}
const digitsOnly = (text: string) => compact(text).replace(/\D/g, '');

describe('redaction corpus', () => {
  it('holds at least 200 variants', () => expect(LEAK_CORPUS.length).toBeGreaterThanOrEqual(200));

  it.each(LEAK_CORPUS.map((c) => [c.name, c] as const))('masks %s', (_, leak) => {
    const redacted = redactAgentLines(leak.lines);
    const all = redacted.join(' ');
    for (const secret of leak.secrets) {
      const secretIsDigits = /^\d+$/.test(secret);
      // Per line and across the whole conversation (a number split over turns).
      for (const line of [...redacted, redacted.join('')]) {
        expect(secretIsDigits ? digitsOnly(line) : compact(line)).not.toContain(secret);
      }
    }
    if (leak.lastFour) expect(all).toContain(`fin ${leak.lastFour}]`);
  });

  it.each(ORDINARY_LINES)('leaves an ordinary line alone: %s', (line) =>
    expect(redactAgentLine(line)).toBe(line),
  );
});

describe('redactAgentLine', () => {
  it('keeps the rest of the line and says what was masked', () => {
    expect(redactAgentLine('Ma carte est 4970 1012 3456 7893, merci')).toBe(
      'Ma carte est [carte masquée, fin 7893], merci',
    );
    expect(redactAgentLine('IBAN FR7630006000011234567890189 ok')).toBe('IBAN [IBAN masqué] ok');
    expect(redactAgentLine('Le cryptogramme : 123.')).toBe('Le cryptogramme : [code masqué].');
  });

  it('masks the second half of a number begun in the previous line', () => {
    expect(redactAgentLine('3456 7893', ['Le numéro : 4970 1012'])).toBe('[numéro masqué]');
    // Without a number left dangling, a short number is just a number.
    expect(redactAgentLine('3456 7893', ['Bonjour Monsieur'])).toBe('3456 7893');
  });

  it('names each span with offsets into the line as given', () => {
    const text = 'x ４９７０ １０１２ ３４５６ ７８９３ y';
    const [span] = findRedactions(text);
    expect(span).toMatchObject({ kind: 'card', kept: '7893' });
    expect(text.slice(span?.start, span?.end)).toBe('４９７０ １０１２ ３４５６ ７８９３');
  });
});

describe('redactTurns', () => {
  it('redacts agent lines in context and the flags that quote them', () => {
    const turn = (speaker: string, text: string) => ({
      speaker,
      text,
      flags: [{ id: 'sensitive_data', text }],
    });
    const out = redactTurns([
      turn('agent', 'Votre carte : 4970 1012'),
      turn('customer', 'Oui.'),
      turn('agent', '3456 7893'),
    ]);
    expect(out.map((t) => t.text)).toEqual([
      'Votre carte : [numéro masqué]',
      'Oui.',
      '[numéro masqué]',
    ]);
    expect(out[2]?.flags[0]?.text).toBe('[numéro masqué]');
  });
});
