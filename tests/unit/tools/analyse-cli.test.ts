import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadBrandVoice } from '../../../tools/language-fixtures';

const root = resolve(__dirname, '../../..');
const tsx = join(root, 'node_modules/.bin/tsx');

function analyse(args: string[], input: string) {
  return spawnSync(tsx, ['tools/analyse.ts', ...args], { cwd: root, input, encoding: 'utf8' });
}

describe('npm run analyse', () => {
  it('prints one JSON object per input line, in order, in the agreed shape', () => {
    const lines = [
      'Bonjour, je vous transfère au service facturation.',
      '',
      "Ce n'est pas un problème.",
    ];
    const run = analyse(['--lang', 'fr'], `${lines.join('\n')}\n`);
    expect(run.status).toBe(0);
    const out = run.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(out.map((o) => o.text)).toEqual(lines);
    for (const o of out) expect(Object.keys(o).sort()).toEqual(['flags', 'moves', 'text']);
    expect(out[0]?.moves).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ id: 'transfer', evidence: expect.any(Array) }),
      ]),
    );
    expect(out[2]?.flags).toEqual([
      expect.objectContaining({
        id: 'banned_phrase',
        text: 'pas un problème',
        suggestion: expect.any(String),
      }),
    ]);
  }, 20_000);

  it.each([
    [['--lang', 'de']],
    [[]],
    [['--lang']],
    [['--lang', 'fr', '--verbose']],
    [['--lang', 'fr', '--brand', 'no-such-brand']],
    [['--lang', 'fr', '--brand', '../etc/passwd']],
  ])(
    'rejects %j with a message and exit code 2',
    (args) => {
      const run = analyse(args, '');
      expect(run.status).toBe(2);
      expect(run.stderr).toMatch(/analyse: .+/);
      expect(run.stdout).toBe('');
    },
    20_000,
  );
});

describe('brand guide loading', () => {
  const library = mkdtempSync(join(tmpdir(), 'coulisses-brands-'));
  mkdirSync(join(library, 'scripts-library/brands'), { recursive: true });
  const write = (id: string, content: unknown) =>
    writeFileSync(join(library, 'scripts-library/brands', `${id}.json`), JSON.stringify(content));

  it('reads the three voice fields and ignores the rest of the guide', () => {
    write('energia', {
      id: 'energia',
      register: 'vouvoiement',
      bannedPhrases: [{ phrase: 'pas de panique', alternative: 'je m’occupe de tout' }],
      jargon: [{ term: 'PDL', plain: 'votre point de livraison' }],
      signaturePhrases: ['Énergia, à vos côtés'],
    });
    expect(loadBrandVoice('energia', library)).toEqual({
      bannedPhrases: [{ phrase: 'pas de panique', alternative: 'je m’occupe de tout' }],
      jargon: [{ term: 'PDL', plain: 'votre point de livraison' }],
      signaturePhrases: ['Énergia, à vos côtés'],
    });
  });

  it('says which field is missing or malformed', () => {
    write('broken', { bannedPhrases: [{ phrase: 'x' }], jargon: [], signaturePhrases: 'nope' });
    expect(() => loadBrandVoice('broken', library)).toThrow(/bannedPhrases.*signaturePhrases/);
  });
});
