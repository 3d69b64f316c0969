import { describe, expect, it } from 'vitest';
import { appraiseAgentTurn } from '@/domain/customer/appraisal';
import { initialMood, updateMood } from '@/domain/customer/mood';
import type { Mood } from '@/domain/customer/customer.types';
import type { Persona } from '@/domain/script/persona-schema';
import { libraryPersonas, realDeps } from './session-fixtures';

const personas = libraryPersonas();

// One rude line and one specific, validating line per language, read by the real analyser.
const LINES = {
  fr: {
    rude: 'Calmez-vous, c’est votre faute, tu as mal lu ton contrat.',
    empathetic:
      'Je comprends votre colère, Monsieur Garnier : être prélevé deux fois, c’est vraiment pénible. Si je résume, le second prélèvement du 5 est un doublon, c’est bien cela ?',
  },
  en: {
    rude: 'Calm down, it is your fault, you did not read your contract.',
    empathetic:
      'I completely understand how upsetting it is to be charged twice, Mr Garnier. If I understand correctly, the second charge on the 5th is a duplicate, is that right?',
  },
};

function afterLine(persona: Persona, text: string, start: Mood): Mood {
  const reading = realDeps(null, persona.language).analyse(text, {
    context: { customerFirstName: persona.factSheet.firstName, customerLastName: 'Garnier' },
  });
  const causes = appraiseAgentTurn(reading, {
    persona,
    mood: start,
    customerWaitingForAnswer: false,
    timesNamed: 0,
    askedAgain: false,
  });
  return updateMood(start, causes, persona);
}

describe('every library persona', () => {
  it('has personas to test', () => {
    expect(personas.length).toBeGreaterThan(0);
  });

  it.each(personas.map((persona) => [persona.id, persona] as const))(
    '%s gets angrier at a rude line and calmer at a specific, empathetic one',
    (_id, persona) => {
      const upset = { ...initialMood(persona), irritation: 60 };
      expect(afterLine(persona, LINES[persona.language].rude, upset).irritation).toBeGreaterThan(
        60,
      );
      expect(afterLine(persona, LINES[persona.language].empathetic, upset).irritation).toBeLessThan(
        60,
      );
    },
  );
});
