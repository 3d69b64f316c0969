import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../../tools/scripts-check';
import { minimalBundle, step } from '../../fixtures/scripts/rule-cases';

const root = fileURLToPath(new URL('../../../', import.meta.url));
let dir = '';

async function runCli(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(args, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out, err };
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'coulisses-scripts-check-'));
  const { script, brand, persona } = minimalBundle();
  writeFileSync(join(dir, 'brand.json'), JSON.stringify(brand));
  writeFileSync(join(dir, 'persona.json'), JSON.stringify(persona));
  writeFileSync(join(dir, 'good.json'), JSON.stringify(script));
  const broken = minimalBundle();
  broken.script.id = 'minimal-dead-end';
  step(broken, 'verification').transitions = [];
  writeFileSync(join(dir, 'dead-end.json'), JSON.stringify(broken.script));
  writeFileSync(join(dir, 'not-json.json'), 'Bonjour, ceci n’est pas du JSON.\n');
  writeFileSync(join(dir, 'truncated.json'), JSON.stringify(script).slice(0, 300));
  writeFileSync(join(dir, 'deep.json'), `${'['.repeat(100_000)}${']'.repeat(100_000)}`);
  writeFileSync(join(dir, 'proto.json'), '{"kind":"persona","__proto__":{"isAdmin":true}}');
  writeFileSync(
    join(dir, 'huge.json'),
    `{"kind":"script","pad":"${'a'.repeat(50 * 1024 * 1024)}"}`,
  );
});

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('scripts:check CLI', () => {
  it('gives one clear error per bad file, goes on with the others, and exits 1', async () => {
    const { code, out, err } = await runCli([dir, '--lang=en']);
    expect(code).toBe(1);
    const byFile = (name: string) => err.filter((line) => line.includes(`${name}: `));
    for (const [name, rule] of [
      ['not-json.json', 'json-syntax'],
      ['truncated.json', 'json-syntax'],
      ['deep.json', 'document-too-deep'],
      ['proto.json', 'forbidden-key'],
      ['huge.json', 'document-too-large'],
    ] as const) {
      expect(byFile(name)).toHaveLength(1);
      expect(byFile(name)[0]).toMatch(new RegExp(`: \\$[^:]*: error ${rule}: `));
    }
    expect(
      byFile('dead-end.json').some(
        (l) => l.includes('error dead-end') && l.includes('[verification]'),
      ),
    ).toBe(true);
    expect(byFile('good.json')).toEqual([]);
    expect(err.every((line) => !/\n|^\s+at /.test(line))).toBe(true);
    expect(out.at(-1)).toMatch(
      /^scripts:check: 9 file\(s\) checked, \d+ error\(s\), \d+ warning\(s\) — FAILED$/,
    );
  });

  it('exits 0 with a summary when every file passes, in French by default', async () => {
    const { code, out, err } = await runCli([
      join(dir, 'good.json'),
      join(dir, 'brand.json'),
      join(dir, 'persona.json'),
    ]);
    expect(err).toEqual([]);
    expect(code).toBe(0);
    expect(out).toEqual(['scripts:check: 3 file(s) checked, 0 error(s), 0 warning(s) — OK']);
  });

  it('refuses two documents of one kind with the same id', async () => {
    const copy = join(dir, 'copy', 'persona-copy.json');
    mkdirSync(join(dir, 'copy'), { recursive: true });
    writeFileSync(copy, JSON.stringify(minimalBundle().persona));
    const { code, err } = await runCli([join(dir, 'persona.json'), copy]);
    rmSync(join(dir, 'copy'), { recursive: true });
    expect(code).toBe(1);
    expect(err).toHaveLength(1);
    expect(err[0]).toMatch(/persona-copy\.json: \$\.id: error duplicate-document-id: /);
  });

  it('reports a missing file without crashing', async () => {
    const { code, err } = await runCli([join(dir, 'absent.json')]);
    expect(code).toBe(1);
    expect(err).toHaveLength(1);
    expect(err[0]).toContain('error unreadable-file: Fichier illisible');
  });

  it('prints shortest paths with --paths, and refuses a broken script', async () => {
    const ok = await runCli(['--paths', join(dir, 'good.json')]);
    expect(ok.code).toBe(0);
    expect(ok.out[0]).toBe('fin — resolved, success, 4 turns');
    const broken = await runCli(['--paths', join(dir, 'dead-end.json')]);
    expect(broken.code).toBe(1);
    expect(broken.out).toEqual([]);
  });

  it('as a real process: no stack trace on stderr, exit code 1', () => {
    const result = spawnSync(
      process.execPath,
      [
        '--import',
        'tsx',
        'tools/scripts-check.ts',
        join(dir, 'proto.json'),
        join(dir, 'deep.json'),
      ],
      { cwd: root, encoding: 'utf8' },
    );
    expect(result.status).toBe(1);
    const lines = result.stderr.trim().split('\n');
    expect(lines).toHaveLength(2);
    expect(result.stderr).not.toMatch(/^\s+at /m);
    expect(result.stdout).toContain('2 file(s) checked, 2 error(s)');
  }, 30_000);
});
