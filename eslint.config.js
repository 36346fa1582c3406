import js from '@eslint/js';
import pluginQuery from '@tanstack/eslint-plugin-query';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// Imports run one way: app → features → components/lib → domain → contract.
// The server may use src/contract and src/domain only; src never imports the
// server; features never import each other.
// React's server renderer is a package, not the server/ folder.
const leaves = (names) => names.map((name) => ({ group: [`**/${name}/**`, `**/${name}`, '!react-dom/server'], message: `Import boundary: ${name}/ is not reachable from here (see STYLE.md).` }));
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
  boundary(['src/contract/**'], [
    { regex: '^\\.\\./', message: 'Import boundary: the contract imports zod only.' },
    ...noPackages(uiPackages),
  ]),
  boundary(['src/domain/**'], [
    ...leaves(['app', 'features', 'components', 'lib', 'server', 'mocks']),
    ...noPackages([...uiPackages, 'zod', 'zod/*']),
  ]),
  boundary(['src/components/**', 'src/lib/**'], leaves(['app', 'features', 'server', 'mocks'])),
  boundary(['src/features/**'], [
    ...leaves(['app', 'server', 'mocks']),
    // From features/<name>/<folder>/file, "../../x" is another feature.
    { regex: '^\\.\\./\\.\\./(?!\\.\\./)', message: 'Import boundary: features do not import each other.' },
  ]),
  boundary(['src/app/**', 'src/*.{ts,tsx}'], leaves(['server'])),
  boundary(['mocks/**'], [
    ...leaves(['app', 'features', 'components', 'lib', 'server']),
    ...noPackages(['react', 'react-dom', 'react-router', '@tanstack/*', 'recharts']),
  ]),
  boundary(['server/**'], [
    { regex: '(^|/)src/(?!contract/|domain/)', message: 'Import boundary: the server uses src/contract and src/domain only.' },
    ...leaves(['mocks']),
  ]),
  // Tests may reach the mock API and the test helpers from anywhere.
  { files: ['**/*.test.{ts,tsx}'], rules: { 'no-restricted-imports': 'off' } },
);
