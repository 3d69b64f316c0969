import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseAgentLines } from '../../../tools/agent-lines';
import { loadPairs } from '../../../tools/scoring-pairs';
import { load } from '../../../tools/rehearse';
import { ASIDE_KINDS } from '@/domain/customer/customer.types';

const file = loadPairs();
const scripts = readdirSync(join(process.cwd(), 'scripts-library/scripts')).map((name) =>
  name.replace(/\.json$/u, ''),
);

describe('the trainer-ranked scoring pairs (tests/fixtures/scoring-pairs)', () => {
  it('hold at least 60 pairs, in both languages, over every library script', () => {
    expect(file.pairs.length).toBeGreaterThanOrEqual(60);
    const used = new Set(
      [...file.pairs, ...file.compliance].map((p) => file.bases[p.base]?.script),
    );
    expect([...used].sort()).toEqual([...scripts].sort());
    const english = file.pairs.filter((p) => file.bases[p.base]?.script.startsWith('en-'));
    expect(english.length).toBeGreaterThan(10);
    expect(file.pairs.length - english.length).toBeGreaterThan(10);
  });

  it('name each case once, on a known base, at a moment of that script', () => {
    const ids = [...file.pairs, ...file.compliance].map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const item of [...file.pairs, ...file.compliance]) {
      const base = file.bases[item.base];
      expect(base, item.id).toBeDefined();
      if (item.at === undefined) continue;
      const [kind, name] = item.at.split(':');
      if (kind === 'aside') expect(ASIDE_KINDS, item.id).toContain(name);
      else {
        expect(['step', 'after'], item.id).toContain(kind);
        const step = load('script', base?.script ?? '').steps.find((s) => s.id === name);
        expect(step?.kind, item.id).toBe(kind === 'step' ? 'agent' : 'customer');
      }
    }
  });

  it('differ between the better and the worse handling, in lines the player understands', () => {
    for (const pair of file.pairs) {
      expect(pair.better, pair.id).not.toEqual(pair.worse);
      expect(() =>
        parseAgentLines([...pair.better, ...pair.worse].join('\n'), pair.id),
      ).not.toThrow();
    }
  });
});
