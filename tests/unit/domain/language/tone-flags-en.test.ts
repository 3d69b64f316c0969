import { describe, expect, it } from 'vitest';
import { flagsOf, spansOf } from './language-test-helpers';

// The English tone rules: the same flags, English wordings, contractions and chat spellings.
describe('English tone rules', () => {
  it.each([
    ['banned_phrase', 'No problem, I will check.', true],
    ['banned_phrase', 'np', true],
    ['banned_phrase', "I don't know.", true],
    ['banned_phrase', 'idk tbh', true],
    ['banned_phrase', 'Calm down, sir.', true],
    ['banned_phrase', 'It is not a problem for us to check, I will do it now.', true],
    ['banned_phrase', 'My pleasure, I will check now.', false],
    ['banned_phrase', 'I know exactly where the fault is.', false],
    ['negative_framing', 'Unfortunately that is impossible.', true],
    ['negative_framing', 'Here is what I can do.', false],
    ['hedging', 'Maybe it will arrive tomorrow.', true],
    ['hedging', "I'll try to look at it.", true],
    ['hedging', 'It will arrive tomorrow before noon.', false],
    ['blame', "That's your fault.", true],
    ['blame', 'You should have read the contract.', true],
    ['blame', 'Perhaps I did not explain it clearly.', false],
    ['ownership_refusal', "That's not my department.", true],
    ['ownership_refusal', "I'll take care of it.", false],
    ['familiar_register', 'Yeah, cool, gonna sort it.', true],
    ['familiar_register', 'Certainly, I will sort it.', false],
    ['false_promise', "I guarantee it'll never happen again.", true],
    ['false_promise', "I'll check what is possible.", false],
    ['insult', 'You idiot.', true],
    ['insult', 'Are you stupid or what?', true],
    ['insult', 'The idea is simple.', false],
    ['sensitive_data', 'Your IBAN GB82 WEST 1234 5698 7654 32 is saved.', true],
    ['sensitive_data', 'Call us on 0161 496 0000.', false],
    ['politeness', 'Could you please confirm your postcode?', true],
    ['politeness', 'Give me your postcode.', false],
    ['tutoiement', 'Can you tell me your number?', false],
  ] as const)('%s: %s → %s', (id, line, expected) =>
    expect(spansOf('en', line, id).length > 0).toBe(expected),
  );

  it('names: title + surname is customer_named, the first name alone is a fault', () => {
    const context = { customerFirstName: 'Dean', customerLastName: 'Reyes' };
    expect(spansOf('en', 'Thanks, Mr Reyes.', 'customer_named', context)).toEqual(['Mr Reyes']);
    expect(spansOf('en', 'Thanks, Mr. Reyes.', 'customer_named', context)).toEqual(['Mr. Reyes']);
    expect(spansOf('en', 'Thanks Dean, bye.', 'first_name_only', context)).toEqual(['Dean']);
    expect(spansOf('en', 'Thanks, Mr Dean Reyes.', 'first_name_only', context)).toEqual([]);
  });

  it('gives the preferred wording with a banned phrase', () => {
    const flag = flagsOf('en', 'No worries!').find((f) => f.id === 'banned_phrase');
    expect(flag?.suggestion).toMatch(/pleasure/);
  });
});
