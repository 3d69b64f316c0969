import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// Lints code as if it lived at a given path with the project's real eslint.config.js, so each
// case proves the rule fires (or stays quiet) exactly where the architecture says.
const eslint = new ESLint({ cwd: process.cwd() });

async function ruleIds(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((message) => message.ruleId ?? message.message);
}

const boundary = 'coulisses/layer-boundaries';
const use = '\nexport const used = [x];\n';

describe('layer boundaries', () => {
  it.each([
    ['react', "import x from 'react';"],
    ['react-dom/client', "import { createRoot as x } from 'react-dom/client';"],
    ['zustand', "import { create as x } from 'zustand';"],
    ['@xstate/react', "import { useMachine as x } from '@xstate/react';"],
    ['dexie', "import { Dexie as x } from 'dexie';"],
    ['app via alias', "import { paths as x } from '@/app/paths';"],
    ['features via relative path', "import { x } from '../../features/rehearsal/page';"],
    ['stores', "import { useProfileStore as x } from '@/stores/profile-store';"],
    ['storage', "import { CoulissesDatabase as x } from '@/storage/database';"],
    [
      'a re-export from storage',
      "export { CoulissesDatabase } from '@/storage/database';\nconst x = 1;",
    ],
    ['a dynamic import of react', "const x = import('react');"],
  ])('src/domain may not import %s', async (_label, code) => {
    expect(await ruleIds('src/domain/script/fixture.ts', code + use)).toContain(boundary);
  });

  it('src/domain may import types from other layers and pure packages', async () => {
    const code = [
      "import type { Profile } from '@/domain/profile/profile';",
      "import type { AppStorage } from '@/storage/app-storage';",
      "import { type StoreApi } from 'zustand';",
      "import { setup } from 'xstate';",
      "import { z } from 'zod';",
      'export const x: [Profile?, AppStorage?, StoreApi<number>?] = [];',
      'export const y = [setup, z];',
    ].join('\n');
    expect(await ruleIds('src/domain/script/fixture.ts', code)).toEqual([]);
  });

  it('a feature may not import another feature', async () => {
    const code = "import { ReviewHomePage as x } from '@/features/review/review-home-page';" + use;
    expect(await ruleIds('src/features/rehearsal/fixture.tsx', code)).toContain(boundary);
    const relative = "import { x } from '../authoring/authoring-home-page';" + use;
    expect(await ruleIds('src/features/rehearsal/fixture.tsx', relative)).toContain(boundary);
  });

  it('a feature may import its own files, stores, ui and domain', async () => {
    const code = [
      "import { a } from './own-file';",
      "import { b } from '@/features/rehearsal/other-own-file';",
      "import { useProfileStore } from '@/stores/profile-store';",
      "import { PageHeading } from '@/ui/page-heading';",
      "import { MOVE_IDS } from '@/domain/moves/move-catalogue';",
      'export const x = [a, b, useProfileStore, PageHeading, MOVE_IDS];',
    ].join('\n');
    expect(await ruleIds('src/features/rehearsal/fixture.tsx', code)).toEqual([]);
  });

  it.each([
    ['src/stores/fixture.ts', "import { x } from '@/features/review/page';"],
    ['src/storage/fixture.ts', "import { x } from '@/stores/profile-store';"],
    ['src/ui/fixture.tsx', "import { x } from '@/storage/database';"],
    ['src/features/review/fixture.tsx', "import { x } from '@/app/paths';"],
  ])('layers point down only: %s', async (filePath, code) => {
    expect(await ruleIds(filePath, code + use)).toContain(boundary);
  });

  it('forbids dangerouslySetInnerHTML in JSX and in props objects', async () => {
    const jsx = 'export const X = () => <div dangerouslySetInnerHTML={{ __html: "<b>x</b>" }} />;';
    expect(await ruleIds('src/ui/fixture.tsx', jsx)).toContain('no-restricted-syntax');
    const props = 'export const props = { dangerouslySetInnerHTML: { __html: "x" } };';
    expect(await ruleIds('src/ui/fixture.ts', props)).toContain('no-restricted-syntax');
  });
});
