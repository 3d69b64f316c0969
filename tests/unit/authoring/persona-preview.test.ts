import { describe, expect, it } from 'vitest';
import { personaPreview } from '@/features/authoring/cast/persona-preview';
import { fakePersona } from '../domain/session/session-fixtures';

describe('persona preview', () => {
  it('draws the same lines from the same seed, other lines from another', () => {
    const persona = fakePersona();
    const first = personaPreview(persona, 1);
    expect(personaPreview(persona, 1)).toEqual(first);
    const others = [2, 3, 4, 5].map((seed) => personaPreview(persona, seed));
    expect(others.some((lines) => JSON.stringify(lines) !== JSON.stringify(first))).toBe(true);
  });

  it("speaks from the persona's own sample lines, filled from its customer file, never twice", () => {
    const persona = fakePersona({
      speechStyle: {
        ...fakePersona().speechStyle,
        tics: [],
        sampleLines: ['Je suis {firstName} {lastName}, je vous appelle pour ma facture.', 'Bon.'],
      },
    });
    const lines = personaPreview(persona, 7);
    const samples = lines.filter((line) => line.when === 'sample').map((line) => line.text);
    const { firstName, lastName } = persona.factSheet;
    expect(samples).toContain(`Je suis ${firstName} ${lastName}, je vous appelle pour ma facture.`);
    expect(samples).toHaveLength(2);
    expect(new Set(lines.map((line) => line.text)).size).toBe(lines.length);
    expect(lines.at(-1)?.when).toBe('waiting');
  });

  it('lets an irritable persona lose its temper once annoyed, and a placid one stay civil', () => {
    const angry = fakePersona({ type: 'agressif', temperament: { irritability: 1 } });
    const kinds = [1, 2, 3, 4, 5, 6].flatMap((seed) =>
      personaPreview(angry, seed)
        .filter((line) => line.when === 'angryAside')
        .map((line) => ('aside' in line ? line.aside : null)),
    );
    expect(
      kinds.some((k) => k === 'outburst' || k === 'manager_demand' || k === 'legal_threat'),
    ).toBe(true);
    const placid = personaPreview(fakePersona({ type: 'cooperatif' }), 1);
    expect(
      placid
        .filter((line) => line.when === 'aside')
        .every((l) => 'aside' in l && l.aside !== 'outburst'),
    ).toBe(true);
  });
});
