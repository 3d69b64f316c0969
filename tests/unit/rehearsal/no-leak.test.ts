import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildExportBundle } from '@/features/rehearsal/history/export-bundle';
import { createAppStorage, openAppStorage, type AppStorage } from '@/storage/app-storage';
import { POLITE_LINES } from '../domain/session/session-fixtures';
import { playExampleCall } from './played-call';
import { storedSession } from './stored-session';

// Issue 14: no card number, IBAN, NIR, security code or expiry reaches storage, a score card
// quote, an export or a log, whatever form the agent typed it in.
const LEAKS = [
  'Je note votre carte 4970 1012 3456 7893, expiration 09/28, cryptogramme 482.',
  'Et votre IBAN FR76 3000 6000 0112 3456 7890 189, votre NIR 1 85 05 78 006 084 91.',
  'Je relis le numéro : ４９７４\u202f０１２３\u200b４５６７',
  '８９１５ voilà.',
  'Ou bien ٤١١١-١١١١-١١١١-١١١٢, c’est noté.',
];
const SECRETS = [
  '4970101234567893',
  '4974012345678915',
  '4111111111111112',
  'FR7630006000011234567890189',
  '185057800608491',
  '0928',
  '482',
];

// Reads every digit script back to ASCII and drops the rest, so no form of a secret hides.
const compact = (text: string) =>
  text
    .replace(/\p{Nd}/gu, (digit) =>
      String(Number.parseInt(digit.normalize('NFKC'), 10) || arabic(digit)),
    )
    .replace(/[^0-9A-Za-z]/g, '')
    .toUpperCase();
const arabic = (digit: string) => (digit.codePointAt(0) ?? 0) - 0x660;

const storages: AppStorage[] = [];
afterEach(async () => {
  vi.restoreAllMocks();
  for (const { db } of storages.splice(0)) {
    db.close();
    await Dexie.delete(db.name);
  }
});

describe('sensitive data never stored', () => {
  it('keeps every secret out of the stored session, the score card, the export and the logs', async () => {
    const logged: unknown[] = [];
    for (const method of ['log', 'info', 'warn', 'error', 'debug'] as const)
      vi.spyOn(console, method).mockImplementation((...args) => logged.push(args));
    const lines = [
      POLITE_LINES[0] ?? '',
      ...LEAKS,
      ...POLITE_LINES.slice(1),
      POLITE_LINES[3] ?? '',
    ];
    const session = playExampleCall(1, 'filage', lines);
    const agentTurns = session.transcript.filter((turn) => turn.speaker === 'agent');
    expect(agentTurns.length).toBeGreaterThan(LEAKS.length); // the leaks were all said

    const { record, turns } = storedSession(session, {
      id: 's-leak',
      startedAt: '2026-03-01T09:00:00.000Z',
    });
    const storage = createAppStorage(() => undefined, `no-leak-${Date.now()}`);
    storages.push(storage);
    await openAppStorage(storage);
    await storage.sessions.saveFinal(record, turns);
    const reread = await storage.sessions.get('s-leak');
    const bundle = buildExportBundle(
      { id: 'profile-lea', displayName: 'Léa', role: 'agent' },
      [record],
      turns,
      new Date('2026-03-02T10:00:00.000Z'),
    );

    const places = {
      stored: JSON.stringify(reread),
      scoreCard: JSON.stringify(record.scoreCard ?? null),
      export: JSON.stringify(bundle),
      logs: JSON.stringify(logged),
    };
    for (const [place, text] of Object.entries(places)) {
      const flat = compact(text);
      for (const secret of SECRETS) expect(flat, `${secret} in ${place}`).not.toContain(secret);
    }
    expect(places.stored).toContain('[carte masquée, fin 7893]');
  });
});
