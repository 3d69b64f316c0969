import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rehearse } from '../../../tools/rehearse';

const dir = mkdtempSync(join(tmpdir(), 'rehearse-'));
const agentFile = join(dir, 'agent.txt');
writeFileSync(
  agentFile,
  [
    'Brisa Énergie bonjour, Julie à votre écoute, en quoi puis-je vous aider ?',
    '',
    "Pour sécuriser votre dossier, pouvez-vous me donner votre numéro client, s'il vous plaît ?",
    'Merci Monsieur Garnier, je change la date au 15 maintenant ; confirmation par courriel ce soir.',
  ].join('\n'),
);
const base = [
  '--script',
  'exemple-date-prelevement',
  '--persona',
  'remi-garnier-presse',
  '--agent',
  agentFile,
];

function runCli(args: string[]) {
  return spawnSync(process.execPath, ['--import', 'tsx', 'tools/rehearse.ts', ...args], {
    encoding: 'utf8',
  });
}

describe('npm run rehearse', { timeout: 30_000 }, () => {
  it('plays one agent turn per non-empty line and prints the session as JSON', () => {
    const { output } = rehearse([...base, '--seed', '7', '--mode', 'filage', '--json']);
    const session = JSON.parse(output) as {
      script: { id: string };
      persona: string;
      customerFile: {
        holder: { civility: string; lastName: string };
        customerNumber: string;
        invoices: unknown[];
      };
      seed: number;
      mode: string;
      outcome: { code: string } | null;
      transcript: { speaker: string; text: string; mood: { irritation: number } }[];
    };
    expect(session).toMatchObject({
      script: { id: 'exemple-date-prelevement' },
      persona: 'remi-garnier-presse',
      seed: 7,
      mode: 'filage',
    });
    expect(session.customerFile).toMatchObject({
      holder: { civility: 'Monsieur', lastName: 'Garnier' },
      customerNumber: 'BE-4471-0923',
    });
    expect(session.customerFile.invoices.length).toBeGreaterThan(0);
    expect(session.transcript.filter((turn) => turn.speaker === 'agent')).toHaveLength(3);
    expect(session.transcript[1]?.speaker).toBe('customer');
    expect(session.outcome?.code).toBeDefined();
  });

  it('replays the same call from the same seed, byte for byte', () => {
    const args = [...base, '--seed', '11', '--mode', 'filage', '--json'];
    expect(rehearse(args).output).toBe(rehearse(args).output);
  });

  it('prints a readable transcript by default', () => {
    const { output } = rehearse([...base, '--seed', '1', '--mode', 'repetition']);
    expect(output).toMatch(/^AGENT {2}\[accueil\] Brisa Énergie bonjour/mu);
    expect(output).toMatch(/^CLIENT /mu);
    expect(output).toMatch(/Issue : |Issue: /u);
  });

  it.each([
    [['--script', 'nexiste-pas', '--agent', agentFile], /script "nexiste-pas" not found/u],
    [[...base, '--mode', 'improvisation'], /--mode must be one of/u],
    [[...base, '--seed', 'abc'], /--seed must be an integer/u],
    [
      ['--script', 'exemple-date-prelevement', '--agent', join(dir, 'absent.txt')],
      /Agent lines file not found/u,
    ],
    [
      ['--script', 'exemple-date-prelevement', '--persona', 'inconnu', '--agent', agentFile],
      /persona "inconnu" not found/u,
    ],
  ])('refuses bad input with a clear message and exit code 2 (%j)', (args, message) => {
    const result = runCli(args);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(result.stderr).not.toMatch(/\bat .*\.ts:\d+/u); // no stack trace
  });

  it('names the file and the place when a script file is broken', () => {
    const broken = join(dir, 'broken.json');
    writeFileSync(broken, '{"kind": "script", "schemaVersion": 1, "steps": [');
    const result = runCli(['--script', broken, '--agent', agentFile]);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain(broken);
    expect(result.stderr).toMatch(/json-syntax/u);
  });
});
