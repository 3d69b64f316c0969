import js from '@eslint/js';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import coulisses from './tools/eslint/layer-boundaries.mjs';

export default tseslint.config(
  { ignores: ['dist', 'coverage', 'reports', 'node_modules', 'tests/fixtures/lint'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { coulisses },
    rules: {
      'coulisses/layer-boundaries': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message:
            'dangerouslySetInnerHTML is forbidden: render text through React (it escapes it) or build elements.',
        },
        {
          selector: "Property[key.name='dangerouslySetInnerHTML']",
          message:
            'dangerouslySetInnerHTML is forbidden: render text through React (it escapes it) or build elements.',
        },
      ],
    },
  },
  {
    files: ['src/**/*.tsx'],
    ...jsxA11y.flatConfigs.recommended,
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    // src/domain runs unchanged in Node and in the browser: no Node built-ins, no DOM or storage
    // globals (tsconfig.domain.json checks the same from the type side).
    files: ['src/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['node:*', 'fs', 'path', 'os', 'child_process', 'url', 'crypto', 'readline'],
              message: 'src/domain must not use Node APIs; pass data in from tools/ instead.',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        ...['process', 'Buffer', 'require', '__dirname', 'window', 'document', 'localStorage'].map(
          (name) => ({ name, message: 'src/domain must stay free of Node and DOM globals.' }),
        ),
        { name: 'indexedDB', message: 'src/domain must stay free of Node and DOM globals.' },
      ],
    },
  },
  {
    files: ['tools/**/*.{js,mjs,ts}', 'tests/**/*.{ts,tsx}', '*.config.{js,ts}'],
    languageOptions: { globals: { ...globals.node } },
  },
);
