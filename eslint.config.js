// Lint: typescript-eslint's recommended rules plus the architecture's import boundaries (docs/architecture.md,
// docs/style.md): model ← template ← text ← detect ← extract/engine/narrative ← rules ← export/portal ← the front
// ends, no import cycle between files (eslint/no-cycle.js).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import local from './eslint/no-cycle.js';

const fronts = ['**/content/**', '**/background/**', '**/popup/**', '**/cli/**', '**/platform/**'];
const engineFolders = [
  'detect',
  'extract',
  'engine',
  'rules',
  'export',
  'narrative',
  'portal',
  'pdf',
  'text',
  'template',
];

/**
 * Each boundary: the folders it holds for (under src/), the imports they may not make, and why. Several boundaries
 * may hold for one folder: they are merged into one `no-restricted-imports` per folder below (a later config object
 * would replace an earlier one's options for the same rule, not add to them).
 */
const boundaries = [
  { folders: ['model'], deny: ['../*', './*/**'], message: 'src/model holds types only and imports nothing.' },
  {
    folders: engineFolders,
    deny: [...fronts, '**/batch-page/**', '**/panel/**', '**/ui/**', 'webextension-polyfill', 'node:*', 'linkedom'],
    message: 'The engine is pure: no browser, extension or Node APIs (docs/style.md).',
  },
  {
    folders: ['text', 'template'],
    deny: engineFolders.filter((f) => f !== 'text' && f !== 'template').map((f) => `**/${f}/**`),
    message: 'src/text and src/template are the bottom layers: they import only the model (and text the template).',
  },
  { folders: ['detect'], deny: ['**/extract'], message: 'Detection reads text, not extraction (both use src/text).' },
  // engine ↛ rules: the engine runs the rules it is handed (runRules(report, { rules })); src/audit.ts hands it the registry.
  {
    folders: ['engine'],
    deny: ['**/rules'],
    message: 'The engine runs the rules it is given; it does not import them.',
  },
  {
    folders: ['popup'],
    deny: ['**/content/**'],
    message: 'The popup talks to the content script through typed messages only.',
  },
  { folders: ['content'], deny: ['**/popup/**'], message: 'The content script never imports the popup.' },
  {
    folders: ['batch-page'],
    deny: ['**/popup/**', '**/content/**'],
    message: 'The batch page shares front-end code through src/ui and src/platform, not the popup.',
  },
];

const restricted = [...new Set(boundaries.flatMap((b) => b.folders))].map((folder) => ({
  files: [`src/${folder}/**`],
  ignores: ['**/*.test.ts', '**/*.test.tsx'],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: boundaries
          .filter((b) => b.folders.includes(folder))
          .flatMap((b) => b.deny.map((group) => ({ group: [group], message: b.message }))),
      },
    ],
  },
}));

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
  ...restricted,
  { files: ['src/**'], plugins: { local }, rules: { 'local/no-cycle': 'error' } },
  {
    files: ['**/*.js', '**/*.mjs'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
  },
);
