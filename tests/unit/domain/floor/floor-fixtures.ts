import type { FloorSession, FloorTurn } from '@/domain/floor/floor-session';

// Fictional people: the mining must never repeat any of these names.
export const AGENTS = ['Camille Rivet', 'Yanis Botrel'];
export const CUSTOMERS = [
  { first: 'Rémi', last: 'Garnier' },
  { first: 'Josiane', last: 'Morel' },
];

type TurnSpec = Omit<FloorTurn, 'index'>;

/** A stored call on the example script: turns in order, indexed as the engine indexes them. */
export function floorSession(
  id: string,
  outOf20: number | null,
  turns: TurnSpec[],
  extra: Partial<Pick<FloorSession, 'findings' | 'asides' | 'outcomeCode'>> = {},
  who = 0,
): FloorSession {
  const customer = CUSTOMERS[who % CUSTOMERS.length] as { first: string; last: string };
  return {
    id,
    outOf20,
    outcomeCode: extra.outcomeCode ?? null,
    turns: turns.map((turn, index) => ({ ...turn, index })),
    findings: extra.findings ?? [],
    asides: extra.asides ?? [],
    names: {
      agent: [AGENTS[who % AGENTS.length] as string],
      customerFirst: [customer.first],
      customerLast: [customer.last],
    },
  };
}

export const agent = (step: string, text: string): TurnSpec => ({ speaker: 'agent', step, text });
export const customer = (step: string, text: string, events?: FloorTurn['events']): TurnSpec => ({
  speaker: 'customer',
  step,
  text,
  ...(events ? { events } : {}),
});
