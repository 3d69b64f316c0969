import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rehearse } from '../../../tools/rehearse';

const AGENT = join(process.cwd(), 'tests/fixtures/golden-sessions/agent/date-clumsy.txt');
const BASE = ['--script', 'exemple-date-prelevement', '--seed', '7', '--agent', AGENT];

describe('rehearse CLI scores', () => {
  it('--json carries scores and findings in the promised shape', () => {
    const json = JSON.parse(rehearse([...BASE, '--json']).output) as {
      scores: Record<string, unknown> & { compliance: { passed: boolean; breaches: unknown[] } };
      findings: {
        rule: string;
        criterion: string;
        turn: number;
        quote: string;
        why: string;
        better: string;
      }[];
    };
    expect(Object.keys(json.scores)).toEqual(
      expect.arrayContaining(['brandTone', 'recovery', 'compliance', 'adherence', 'overall']),
    );
    expect(json.scores.compliance).toEqual({ passed: true, breaches: [] });
    expect(json.findings.map((f) => f.quote)).toContain('je vais essayer');
    for (const finding of json.findings) {
      expect(Object.keys(finding)).toEqual(
        expect.arrayContaining(['rule', 'criterion', 'turn', 'quote', 'why', 'better', 'points']),
      );
    }
  }, 30_000);

  it('the readable output ends with the score card', () => {
    const { output, scores } = rehearse(BASE);
    const card = output.slice(output.indexOf('== Notes du metteur en scène =='));
    expect(card).toContain(`Ton de marque : ${scores.brandTone}/100`);
    expect(card).toContain('Conformité : conforme');
    expect(output.trimEnd().endsWith(scores.findings.at(-1)?.better ?? '')).toBe(true);
  }, 30_000);

  it('--rubric PATH scores with another rubric, and a broken one is refused clearly', () => {
    const dir = mkdtempSync(join(tmpdir(), 'coulisses-rubric-'));
    const rubric = JSON.parse(
      readFileSync(join(process.cwd(), 'scripts-library/rubrics/default.json'), 'utf8'),
    ) as { rules: { hedging: { points: number } } };
    rubric.rules.hedging.points = -10;
    const harsher = join(dir, 'harsher.json');
    writeFileSync(harsher, JSON.stringify(rubric));
    const base = rehearse(BASE).scores;
    const strict = rehearse([...BASE, '--rubric', harsher]).scores;
    expect(strict.brandTone).toBeLessThan(base.brandTone);
    const broken = join(dir, 'broken.json');
    writeFileSync(broken, JSON.stringify({ ...rubric, grades: 'none' }));
    expect(() => rehearse([...BASE, '--rubric', broken])).toThrow(/\$\.grades: schema/u);
  }, 60_000);
});
