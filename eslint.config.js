import js from '@eslint/js';
import pluginQuery from '@tanstack/eslint-plugin-query';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import { importZones } from './eslint/import-zones.js';

// Imports run one way: app → features → components/lib → domain → contract.
// The server may use src/contract and src/domain only; src never imports the
// server or the mock API (but app/start-app.tsx starts the mock worker in mock mode);
// features never import each other; the mock API runs the server's app.
// Checked on the resolved path of each import (eslint/import-zones.js).
const reach = (from, targets, message, except) => targets.map((target) => ({ from, target, message, except }));
const zones = [
  ...reach('src/contract', ['src'], 'the contract imports zod only', ['src/contract']),
  ...reach('src/domain', ['src/app', 'src/features', 'src/components', 'src/lib'], 'the domain imports the contract only'),
  ...reach('src/components', ['src/app', 'src/features'], 'shared components know no feature or screen'),
  ...reach('src/lib', ['src/app', 'src/features', 'src/components'], 'lib knows no feature, screen or component'),
  { from: 'src/features', ownFeature: true, message: 'features do not import each other' },
  ...reach('src/features', ['src/app'], 'features do not import the screens'),
  ...reach('src', ['server'], 'src never imports the server'),
  ...reach('src', ['mocks'], 'src never imports the mock API', []),
  ...reach('server', ['src'], 'the server uses src/contract and src/domain only', ['src/contract', 'src/domain']),
  ...reach('server', ['mocks'], 'the server never imports the mock API'),
  ...reach('mocks', ['src/app', 'src/features', 'src/components', 'src/lib'], 'the mock API uses the contract, the domain and the server only'),
];
const uiPackages = ['react', 'react-dom', 'react-dom/*', 'react-router', '@tanstack/*', 'recharts', 'msw', 'msw/*'];
const noPackages = (names) => names.map((name) => ({ group: [name], message: `Import boundary: ${name} is not used in this layer.` }));

function boundary(files, patterns) {
  return { files, rules: { 'no-restricted-imports': ['error', { patterns }] } };
}

export default tseslint.config(
  { ignores: ['dist', 'dist-e2e', 'dist-server', 'dist-e2e-server', 'node_modules', 'public/mockServiceWorker.js', 'test-results', 'data', 'coverage'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...pluginQuery.configs['flat/recommended'],
  {
    files: ['scripts/**/*.mjs'],
    languageOptions: { globals: globals.node },
  },
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_', ignoreRestSiblings: true }],
      'no-console': ['error', { allow: ['warn', 'error', 'info'] }],
    },
  },
  { files: ['**/*.{ts,tsx}'], plugins: { local: { rules: { 'import-zones': importZones } } }, rules: { 'local/import-zones': ['error', zones] } },
  // The mount point starts the mock worker in mock mode.
  { files: ['src/app/start-app.tsx'], rules: { 'local/import-zones': ['error', zones.filter((zone) => zone.target !== 'mocks')] } },
  boundary(['src/contract/**'], noPackages(uiPackages)),
  boundary(['src/domain/**'], noPackages([...uiPackages, 'zod', 'zod/*'])),
  boundary(['mocks/**'], noPackages(['react', 'react-dom', 'react-router', '@tanstack/*', 'recharts'])),
  // Tests may reach the mock API and the test helpers from anywhere.
  { files: ['**/*.test.{ts,tsx}'], rules: { 'no-restricted-imports': 'off', 'local/import-zones': 'off' } },
);
