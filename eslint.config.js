// @ts-check
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * Code is organised by where it runs, and lint enforces it (docs/architecture.md):
 * - shared/   pure domain: no electron, node:, react, dexie or DOM; no clock or randomness of its own;
 * - renderer/ never imports the main process (electron/) or the server;
 * - server/   never imports the renderer or electron/;
 * - electron/ never imports the renderer or the server;
 * - renderer screens, components and the shell never touch the database but through renderer/src/data/,
 *   and reach sync/ only through sync/public.ts.
 */

const NODE_BUILTINS = ['fs', 'path', 'os', 'crypto', 'child_process', 'http', 'https', 'net', 'url', 'util', 'events', 'stream', 'worker_threads'];
const folder = (name) => ({
  group: [`**/../${name}`, `**/../${name}/**`, `./${name}/**`, `${name}/**`],
  message: `imports across process boundaries are not allowed (see eslint.config.js)`,
});

const RENDERER_NO_ELECTRON = { name: 'electron', message: 'The renderer talks to Electron only through the bridge (window.receptionBridge).' };
const RENDERER_PATTERNS = [{ group: ['node:*'], message: 'The renderer runs in a browser: no node: modules.' }, folder('electron'), folder('server')];
const READ_PATH =
  'Screens and components read through renderer/src/data/ (hooks.ts, queries.ts) and write through data/actions.ts (or, for sending and proving a day, through sync/public.ts), never the database directly.';
const SYNC_SURFACE = {
  group: ['**/sync/*', '!**/sync/public'],
  message: 'Screens, components and the shell use sync/ only through sync/public.ts (export there what a screen needs).',
};

const DOM_GLOBALS = [
  'window',
  'document',
  'navigator',
  'localStorage',
  'sessionStorage',
  'indexedDB',
  'fetch',
  'XMLHttpRequest',
  'location',
  'alert',
  'setTimeout',
  'setInterval',
  'performance',
  'crypto',
  'process',
  'Buffer',
  'require',
];

export default tseslint.config(
  {
    ignores: ['node_modules/**', 'out/**', 'dist/**', 'dist-web/**', 'data/**', 'coverage/**', 'reports/**', '.stryker-tmp/**', 'dist-server/**', 'release/**'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': ['error', { allow: ['warn', 'error', 'info'] }],
    },
  },
  {
    files: ['**/*.{js,mjs,cjs}', 'scripts/**', 'test/**', 'bench/**', '*.config.ts', 'vite.*.ts'],
    languageOptions: { globals: { ...globals.node } },
    rules: { 'no-console': 'off' },
  },
  {
    files: ['shared/**/*.ts'],
    ignores: ['shared/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: ['electron', 'react', 'react-dom', 'dexie', 'dexie-react-hooks', 'zustand', 'electron-store', 'pg', 'fastify', ...NODE_BUILTINS].map(
            (name) => ({
              name,
              message: 'shared/ is pure domain logic: it may not import electron, node, react, dexie or storage.',
            }),
          ),
          patterns: [
            { group: ['node:*'], message: 'shared/ is pure domain logic: no node: modules.' },
            folder('renderer'),
            folder('electron'),
            folder('server'),
          ],
        },
      ],
      'no-restricted-globals': ['error', ...DOM_GLOBALS.map((name) => ({ name, message: `shared/ takes the world as arguments; it may not use ${name}.` }))],
      'no-restricted-properties': [
        'error',
        { object: 'Date', property: 'now', message: 'shared/ takes the time as an argument.' },
        { object: 'Math', property: 'random', message: 'shared/ takes randomness as an argument.' },
      ],
      'no-restricted-syntax': [
        'error',
        { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: 'shared/ takes the time as an argument: new Date() reads the clock.' },
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': ['error', { paths: [RENDERER_NO_ELECTRON], patterns: RENDERER_PATTERNS }],
    },
  },
  {
    // Screens and components read through data/ (hooks and queries) and write through data/actions.ts:
    // one read path, so no screen keeps its own copy of rows or its own query of the database.
    // The shell too: it mounts the screens, so it keeps to the same doors.
    files: ['renderer/src/screens/**/*.{ts,tsx}', 'renderer/src/components/**/*.{ts,tsx}', 'renderer/src/shell/**/*.{ts,tsx}'],
    ignores: ['**/*.test.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [RENDERER_NO_ELECTRON, { name: 'dexie', message: READ_PATH }, { name: 'dexie-react-hooks', message: READ_PATH }],
          patterns: [...RENDERER_PATTERNS, { group: ['**/db/*'], message: READ_PATH }, SYNC_SURFACE],
        },
      ],
    },
  },
  {
    files: ['server/**/*.ts'],
    languageOptions: { globals: { ...globals.node } },
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [{ name: 'electron', message: 'The server does not run in Electron.' }], patterns: [folder('renderer'), folder('electron')] },
      ],
    },
  },
  {
    files: ['electron/**/*.ts'],
    languageOptions: { globals: { ...globals.node } },
    rules: {
      'no-restricted-imports': ['error', { patterns: [folder('renderer'), folder('server')] }],
    },
  },
);
