// ESLint (flat config): typescript-eslint's recommended rules, formatting left to Prettier, and the
// layers of src/ checked: each layer imports only the layers below it (docs/architecture.md).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import prettier from 'eslint-config-prettier';
import globals from 'globals';

/**
 * A rule forbidding imports from the given layers (directories of src/) and packages.
 * @param {string[]} files
 * @param {string[]} forbidden
 * @param {string} message
 * @param {{ name: string, message: string }[]} paths
 * @returns {import('eslint').Linter.Config}
 */
function layer(files, forbidden, message, paths = []) {
  return {
    files,
    rules: { 'no-restricted-imports': ['error', { paths, patterns: [{ group: forbidden, message }] }] },
  };
}

const NODE_MESSAGE = 'render() and validate() run without Node: only src/cli may use Node built-ins.';
const NODE_BUILTINS = ['fs', 'path', 'os', 'child_process', 'http', 'url', 'util', 'crypto'].map((name) => ({
  name,
  message: NODE_MESSAGE,
}));

export default tseslint.config(
  { ignores: ['dist/', 'coverage/', '.cache/', 'src/generated/', 'src/schema/generated/', 'test/fixtures/', '**/node_modules/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      eqeqeq: ['error', 'always', { null: 'ignore' }],
      'no-console': 'error',
      // URL and text checks match control characters on purpose.
      'no-control-regex': 'off',
    },
  },
  // The theme runs in browsers and serverless functions: no Node built-ins outside the CLI.
  layer(['index.ts', 'src/**/*.{ts,tsx}'], ['node:*'], NODE_MESSAGE, NODE_BUILTINS),
  layer(
    ['src/i18n/**'],
    ['node:*', '**/model/**', '**/elements/**', '**/sections/**', '**/schema/**', '**/view', '**/cli/**', 'preact', 'preact/**'],
    'i18n is the lowest layer: labels and formats only.',
    NODE_BUILTINS,
  ),
  layer(
    ['src/model/**'],
    ['node:*', '**/elements/**', '**/sections/**', '**/schema/**', '**/view', '**/cli/**', '**/styles/**', 'preact', 'preact/**'],
    'The view model holds data only: no elements, sections or styles.',
    NODE_BUILTINS,
  ),
  layer(
    ['src/elements/**'],
    ['node:*', '**/sections/**', '**/schema/**', '**/view', '**/cli/**'],
    'Shared elements know nothing of sections.',
    NODE_BUILTINS,
  ),
  layer(
    ['src/sections/**', 'src/styles/**', 'src/bibtex/**'],
    ['node:*', '**/schema/**', '**/cli/**'],
    'Sections, styles and the BibTeX writer do not reach into validation or the CLI.',
    NODE_BUILTINS,
  ),
  // V8's inlined map() and filter() return arrays of another kind than their builtins', which sends
  // optimised code back to unoptimised code: the code the render runs uses mapped() and kept()
  // (src/arrays.ts).
  {
    files: ['index.ts', 'src/**/*.{ts,tsx}'],
    ignores: ['src/cli/**', 'src/schema/**'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.type='MemberExpression'][callee.property.name='map']",
          message: 'Use mapped() from src/arrays.ts: an inlined map() makes arrays that deoptimise their readers.',
        },
        {
          selector: "CallExpression[callee.type='MemberExpression'][callee.property.name='filter']",
          message: 'Use kept() from src/arrays.ts: an inlined filter() makes arrays that deoptimise their readers.',
        },
      ],
    },
  },
  {
    files: ['src/cli/**', 'scripts/**', 'bench/**', 'test/**', 'src/schema/compile.mjs', '*.config.*', 'jest.config.cjs'],
    rules: { 'no-console': 'off', 'no-restricted-imports': 'off' },
  },
  // Tests walk arbitrary JSON (schemas, fixtures).
  { files: ['test/**'], rules: { '@typescript-eslint/no-explicit-any': 'off' } },
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  prettier,
);
