import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// Issue 14, item 2: the guide cites only documents that are in the repository. Every relative
// Markdown link and every repository path written in code (`docs/x.md`, `tools/y.ts`) must resolve.

const root = fileURLToPath(new URL('../../../../', import.meta.url));

function markdownFiles(dir: string): string[] {
  return readdirSync(join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return markdownFiles(path);
    return entry.name.endsWith('.md') ? [path] : [];
  });
}

const guides = ['README.md', 'scripts-library/README.md', ...markdownFiles('docs')].filter((file) =>
  existsSync(join(root, file)),
);

// Folders of the repository a code span may name a file in.
const TOP_LEVEL = /^(?:docs|scripts-library|src|tools|tests|public|\.ci)\/[\w./-]*\.[a-z]+$/;

/** What a guide cites: link targets (resolved from the guide), and repository paths in code. */
function citations(file: string): { cited: string; resolved: string }[] {
  const text = readFileSync(join(root, file), 'utf8');
  const links = [...text.matchAll(/\]\(([^)\s]+)\)/g)]
    .map((match) => match[1] as string)
    .filter((target) => !/^(?:[a-z]+:|#)/i.test(target))
    .map((target) => ({
      cited: target,
      resolved: join(dirname(file), decodeURI(target.split('#')[0] as string)),
    }));
  const spans = [...text.matchAll(/`([^`\s]+)`/g)]
    .map((match) => match[1] as string)
    .filter((span) => TOP_LEVEL.test(span) && !span.includes('*') && !span.includes('<'))
    .map((span) => ({ cited: span, resolved: span }));
  return [...links, ...spans];
}

describe('the guide cites only documents in the repository', () => {
  it('finds the guides', () => {
    expect(guides).toContain('scripts-library/README.md');
    expect(guides.length).toBeGreaterThan(2);
    // The patterns must match something, or the test below would pass on nothing.
    expect(guides.flatMap(citations).length).toBeGreaterThan(10);
  });

  it.each(guides)('%s: every relative link and cited path resolves', (file) => {
    const missing = citations(file)
      .filter(({ resolved }) => !existsSync(join(root, resolved)))
      .map(({ cited, resolved }) => `${cited} (→ ${relative('.', resolved)})`);
    expect(missing).toEqual([]);
  });
});
