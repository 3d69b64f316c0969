import { describe, expect, it } from 'vitest';
import type { ImportedSession } from '@/domain/review/imported-session';
import { floorScriptIds, fromImported } from '@/features/authoring/floor/floor-sessions';
import { fakePersona } from '../domain/session/session-fixtures';

describe('floorScriptIds', () => {
  it('reads the draft’s own sessions and those of the library script it was duplicated from', () => {
    expect(floorScriptIds('mon-script', 'library:exemple')).toEqual(['mon-script', 'exemple']);
    expect(floorScriptIds('exemple', 'library:exemple')).toEqual(['exemple']);
    // A draft duplicated from a draft, or written from blank: its own id only.
    expect(floorScriptIds('copie', 'draft:abc')).toEqual(['copie']);
    expect(floorScriptIds('vierge', undefined)).toEqual(['vierge']);
  });
});

describe('fromImported', () => {
  it('keeps what the mining reads, and the names it must strip', () => {
    const persona = fakePersona();
    const session = {
      id: 'doc-1',
      agent: { id: 'p1', name: 'Inès Haddad' },
      personaId: persona.id,
      outcomeCode: 'resolved',
      transcript: [
        { index: 0, speaker: 'agent', text: 'Bonjour.', step: 'accueil' },
        {
          index: 1,
          speaker: 'customer',
          text: 'Hein ?',
          step: 'demande',
          events: [{ type: 'not_understood', count: 1 }, 'abîmé', { nope: 1 }],
        },
      ],
      scoreCard: {
        overall: { score: 73 },
        findings: [
          {
            rule: 'hedging',
            criterion: 'brandTone',
            turn: 0,
            points: -2,
            quote: 'x',
            why: 'y',
            better: 'z',
          },
        ],
      },
    } as unknown as ImportedSession;
    const floor = fromImported(session, persona);
    expect(floor.id).toBe('team:doc-1');
    expect(floor.outOf20).toBe(14.6);
    expect(floor.turns[0]).toEqual({
      index: 0,
      speaker: 'agent',
      text: 'Bonjour.',
      step: 'accueil',
    });
    // Only well-formed events travel on; a damaged one from a bundle is dropped.
    expect(floor.turns[1]?.events).toEqual([{ type: 'not_understood', count: 1 }]);
    expect(floor.findings).toEqual([
      { rule: 'hedging', criterion: 'brandTone', turn: 0, points: -2 },
    ]);
    expect(floor.names.agent).toEqual(['Inès Haddad']);
    expect(floor.names.customerLast).toContain(persona.factSheet.lastName);
    expect(floor.names.customerFirst).toContain(persona.factSheet.firstName);
  });
});
