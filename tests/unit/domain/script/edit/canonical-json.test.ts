import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { gateDocument } from '@/domain/script/document-gate';
import { toCanonicalJson } from '@/domain/script/edit/canonical-json';
import { setPositions } from '@/domain/script/edit/meta-edits';
import { main } from '../../../../../tools/scripts-check';
import { libraryScript } from './library-script';

describe('canonical JSON', () => {
  it('puts the envelope first, then the other keys in alphabetical order, at every depth', () => {
    const text = toCanonicalJson({ zeta: 1, id: 'a', kind: 'script', nested: { b: 1, a: 2 } });
    expect(text).toBe(
      '{\n  "kind": "script",\n  "id": "a",\n  "nested": {\n    "a": 2,\n    "b": 1\n  },\n  "zeta": 1\n}\n',
    );
  });

  it('is a fixed point through the gate: export, import, export gives the same text', () => {
    const text = toCanonicalJson(setPositions(libraryScript(), { accueil: { x: 3, y: 4 } }));
    const gated = gateDocument(text);
    expect(gated.ok).toBe(true);
    if (gated.ok) expect(toCanonicalJson(gated.value.document)).toBe(text);
  });

  it('is accepted unchanged by scripts:check', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'canonical-')), 'export.json');
    writeFileSync(file, toCanonicalJson(libraryScript()));
    const before = readFileSync(file, 'utf8');
    const out: string[] = [];
    const err: string[] = [];
    const code = await main([file], { out: (l) => out.push(l), err: (l) => err.push(l) });
    expect({ code, err }).toEqual({ code: 0, err: [] });
    expect(readFileSync(file, 'utf8')).toBe(before);
  });
});
