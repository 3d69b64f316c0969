import type { BrandGuide } from '@/domain/script/brand-guide-schema';
import { CURRENT_SCHEMA_VERSION, type Language } from '@/domain/script/common-schema';
import { freeId } from '@/domain/script/edit/step-ids';
import type { Persona } from '@/domain/script/persona-schema';

/**
 * A new, empty brand guide: the lists the gate requires (formulas, values) start empty, so the
 * problems panel says at once what is left to write.
 */
export function blankBrand(name: string, language: Language, takenIds: readonly string[]) {
  const brand: BrandGuide = {
    kind: 'brand-guide',
    schemaVersion: CURRENT_SCHEMA_VERSION,
    id: freeId('nouvelle-marque', new Set(takenIds)),
    name,
    language,
    register: language === 'en' ? 'formal' : 'vouvoiement',
    greetingFormulas: [],
    closingFormulas: [],
    values: [],
    bannedPhrases: [],
    jargon: [],
    signaturePhrases: [],
  };
  return brand;
}

/**
 * A new, empty persona: a cooperative customer with middle dials and an empty customer file,
 * whose blank texts the problems panel lists until they are written.
 */
export function blankPersona(name: string, language: Language, takenIds: readonly string[]) {
  const persona: Persona = {
    kind: 'persona',
    schemaVersion: CURRENT_SCHEMA_VERSION,
    id: freeId('nouveau-client', new Set(takenIds)),
    name,
    language,
    type: 'cooperatif',
    summary: '',
    situation: '',
    goal: '',
    factSheet: {
      civility: language === 'en' ? 'Ms' : 'Madame',
      firstName: '',
      lastName: '',
      customerNumber: '',
      address: { street: '', postalCode: '', city: '' },
      contract: { product: '', since: '', facts: [] },
    },
    temperament: {
      patience: 0.5,
      irritability: 0.5,
      trust: 0.5,
      talkativeness: 0.5,
      interruptionRate: 0.5,
      improvisation: 0.5,
    },
    triggers: { calming: [], inflaming: [] },
    speechStyle: {
      register: 'courant',
      pace: 'normal',
      sentenceLength: 'medium',
      tics: [],
      sampleLines: [],
    },
  };
  return persona;
}
