// Lint: typescript-eslint's recommended rules plus the architecture's import boundaries (docs/style.md):
// model ← template ← detect/extract/engine/rules/export ← content/background/popup/cli.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const restrict = (files, patterns, message) => ({
  files,
  ignores: ['**/*.test.ts', '**/*.test.tsx'],
  rules: {
    'no-restricted-imports': ['error', { patterns: patterns.map((group) => ({ group: [group], message })) }],
  },
});

const fronts = ['**/content/**', '**/background/**', '**/popup/**', '**/cli/**', '**/platform/**'];

export default tseslint.config(
  { ignores: ['dist/**', 'dist-firefox/**', 'dist-review/**', 'node_modules/**', 'coverage/**', 'test-results/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
    },
  },
  restrict(['src/model/**'], ['../*', './*/**'], 'src/model holds types only and imports nothing.'),
  restrict(
    ['src/detect/**', 'src/extract/**', 'src/engine/**', 'src/rules/**', 'src/export/**', 'src/narrative/**', 'src/portal/**', 'src/pdf/**'],
    [...fronts, 'webextension-polyfill', 'node:*', 'linkedom'],
    'The engine is pure: no browser, extension or Node APIs (docs/style.md).',
  ),
  restrict(['src/popup/**'], ['**/content/**'], 'The popup talks to the content script through typed messages only.'),
  restrict(['src/content/**'], ['**/popup/**'], 'The content script never imports the popup.'),
  {
    files: ['**/*.js', '**/*.mjs'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
  },
);
