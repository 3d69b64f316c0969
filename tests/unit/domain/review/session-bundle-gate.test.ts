import { describe, expect, it } from 'vitest';
import { toImportedSessions } from '@/domain/review/imported-session';
import { planImport } from '@/domain/review/import-plan';
import { gateSessionBundle, SESSION_BUNDLE_LIMITS } from '@/domain/review/session-bundle-gate';
import {
  bundledSession,
  knowsExampleScript,
  sessionBundle,
} from '../../../fixtures/review/session-bundles';

const gate = (data: unknown) =>
  gateSessionBundle(typeof data === 'string' ? data : JSON.stringify(data), {
    knowsScript: knowsExampleScript,
  });

function refusal(data: unknown) {
  const result = gate(data);
  if (result.ok) throw new Error('expected a refusal');
  return result.problems;
}

describe('the session bundle gate', () => {
  it('lets a well-formed bundle through, byte-order mark and all', () => {
    const text = `\uFEFF${JSON.stringify(sessionBundle([bundledSession('s1'), bundledSession('s2')]))}`;
    const result = gate(text);
    expect(result.ok && result.value.sessions.map((s) => s.id)).toEqual(['s1', 's2']);
  });

  it('accepts the first format, without score cards', () => {
    const plain: Record<string, unknown> = bundledSession('s1');
    delete plain.scoreCard;
    const result = gate({ ...sessionBundle([plain]), schemaVersion: 1 });
    expect(result.ok).toBe(true);
  });

  it('refuses an unknown version, naming it and what is expected', () => {
    const [problem] = refusal({ ...sessionBundle([bundledSession('s1')]), schemaVersion: 9 });
    expect(problem?.path).toBe('$.schemaVersion');
    expect(problem?.message.fr).toContain('9 (attendu : 1 ou 2)');
  });

  it('refuses a truncated file as invalid JSON', () => {
    const text = JSON.stringify(sessionBundle([bundledSession('s1')]));
    const [problem] = refusal(text.slice(0, text.length / 2));
    expect(problem?.message.fr).toMatch(/tronqué/u);
  });

  it('refuses a file over the size limit before parsing it', () => {
    const [problem] = refusal(' '.repeat(SESSION_BUNDLE_LIMITS.maxBytes + 1));
    expect(problem?.message.en).toMatch(/File too large: 40\.0 MB for at most 40\.0 MB/u);
  });

  it('refuses the same session id twice with different contents, naming both places', () => {
    const problems = refusal(
      sessionBundle([
        bundledSession('s1'),
        bundledSession('s2'),
        bundledSession('s1', { seed: 9 }),
      ]),
    );
    expect(problems.map((p) => p.path)).toEqual(['$.sessions[2].id']);
    expect(problems[0]?.message.fr).toContain('$.sessions[0]');
  });

  it('takes the same session twice with the same content as one', () => {
    const result = gate(sessionBundle([bundledSession('s1'), bundledSession('s1')]));
    expect(result.ok).toBe(true);
  });

  it('refuses a script version this application does not know', () => {
    const session = bundledSession('s1', {
      script: { id: 'exemple-date-prelevement', version: '7.0.0', title: 'Futur' },
    });
    const [problem] = refusal(sessionBundle([session]));
    expect(problem?.path).toBe('$.sessions[0].script');
    expect(problem?.message.fr).toContain('version 7.0.0');
  });

  it('refuses control, bidirectional and lone-surrogate characters, with the place', () => {
    for (const bad of ['\u0007', '\u202E', '\uD800', '\u0085']) {
      const session = bundledSession('s1');
      session.transcript[1] = {
        ...(session.transcript[1] as (typeof session.transcript)[1]),
        text: `Bonjour${bad}`,
      };
      const [problem] = refusal(sessionBundle([session]));
      expect(problem?.path, JSON.stringify(bad)).toBe('$.sessions[0].transcript[1].text');
    }
  });

  it('refuses a forbidden key, plain or written with escapes', () => {
    const text = JSON.stringify(sessionBundle([bundledSession('s1')]));
    for (const key of ['__proto__', '\\u005f_proto__', 'constructor']) {
      const [problem] = refusal(text.replace('"personaId"', `"${key}":1,"personaId"`));
      expect(problem?.message.en, key).toMatch(/The key "(__proto__|constructor)" is forbidden/u);
    }
  });

  it('keeps tabs, new lines and emoji', () => {
    const session = bundledSession('s1');
    session.transcript[1] = {
      ...(session.transcript[1] as (typeof session.transcript)[1]),
      text: 'Oui\tmerci\n😀',
    };
    expect(gate(sessionBundle([session])).ok).toBe(true);
  });

  it('refuses a schema violation with its path, in French too', () => {
    const problems = refusal(sessionBundle([bundledSession('s1', { mode: 'impro' })]));
    expect(problems[0]?.path).toBe('$.sessions[0].mode');
    expect(problems[0]?.message.fr).not.toBe(problems[0]?.message.en);
  });

  it('refuses a file that is not a session export', () => {
    expect(refusal({ kind: 'script', schemaVersion: 1 })[0]?.path).toBe('$.kind');
    expect(refusal('[]')[0]?.path).toBe('$.kind');
  });
});

describe('importing documents by id', () => {
  const bundle = sessionBundle([bundledSession('s1'), bundledSession('s2')]);

  it('gives the same documents whenever the bundle is imported', () => {
    expect(toImportedSessions(bundle as never)).toEqual(toImportedSessions(bundle as never));
    expect(toImportedSessions(bundle as never)[0]?.id).toBe('session:agent-julie:s1');
  });

  it('adds nothing the second time, and refuses a changed document', () => {
    const docs = toImportedSessions(bundle as never);
    const held = new Map(docs.map((doc) => [doc.id, doc]));
    expect(planImport(docs, new Map())).toMatchObject({ already: 0, conflicts: [] });
    expect(planImport(docs, new Map()).fresh).toHaveLength(2);
    expect(planImport(docs, held)).toEqual({ fresh: [], already: 2, conflicts: [] });
    const [first, second] = docs as [(typeof docs)[0], (typeof docs)[0]];
    const changed = { ...first, durationSeconds: 1 };
    expect(planImport([changed, second], held)).toEqual({
      fresh: [],
      already: 1,
      conflicts: ['session:agent-julie:s1'],
    });
  });

  it('does not count unfinished calls', () => {
    const docs = toImportedSessions(
      sessionBundle([bundledSession('s1', { status: 'in_progress' })]) as never,
    );
    expect(docs).toEqual([]);
  });
});
