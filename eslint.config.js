// ESLint: typescript-eslint's recommended rules, the house size limits, and the layers of src/ (local rules in
// scripts/eslint-layers.js). Formatting is Prettier's alone: eslint-config-prettier turns the stylistic rules off.
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';
import { layersPlugin } from './scripts/eslint-layers.js';

const ROOT = dirname(fileURLToPath(import.meta.url));

// Lowest first. A file may import its own layer and any layer of a lower rank, never another layer of its rank.
// A file belongs to the layer of its longest matching path; a path ending in '/' is a folder.
const LAYERS = [
  { name: 'model', rank: 0, paths: ['src/model/'] },
  { name: 'errors', rank: 1, paths: ['src/errors.ts'] },
  { name: 'io', rank: 2, paths: ['src/io/'] },
  { name: 'sources', rank: 3, paths: ['src/sources/'] },
  { name: 'clouds', rank: 4, paths: ['src/clouds/'] },
  { name: 'rules', rank: 5, paths: ['src/rules/'] },
  { name: 'paths', rank: 6, paths: ['src/paths/'] },
  { name: 'report', rank: 7, paths: ['src/report/'] },
  { name: 'fix', rank: 8, paths: ['src/fix/'] },
  { name: 'engine', rank: 9, paths: ['src/engine/'] },
  { name: 'cli', rank: 10, paths: ['src/cli/'] },
  { name: 'action', rank: 10, paths: ['src/action/'] },
  { name: 'entry point', rank: 11, paths: ['src/cli.ts', 'src/bundle.ts'] },
];

// The scripts run on Node; TypeScript files need no globals list (typescript-eslint turns no-undef off there).
const NODE_GLOBALS = Object.fromEntries(
  ['process', 'console', 'Buffer', 'URL', 'setTimeout', 'clearTimeout', 'performance'].map((name) => [
    name,
    'readonly',
  ]),
);

export default defineConfig(
  { ignores: ['dist/', 'lib/', 'coverage/', 'fixtures/', 'node_modules/'] },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // Stripping and escaping control characters is what the reporters' and the shell quoting's regexes are for.
      'no-control-regex': 'off',
      // tsc's noUnusedLocals reports these already, and this rule took a third of the lint time.
      '@typescript-eslint/no-unused-vars': 'off',
    },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    languageOptions: { globals: NODE_GLOBALS },
  },
  {
    files: ['src/**/*.ts'],
    plugins: { layers: layersPlugin({ root: ROOT, layers: LAYERS, cycleRoot: `${ROOT}/src` }) },
    rules: {
      'layers/downward-imports': 'error',
      'layers/no-cycle': 'error',
      'max-lines': ['error', { max: 350, skipBlankLines: false, skipComments: false }],
      'max-lines-per-function': ['error', { max: 60, skipBlankLines: false, skipComments: false }],
    },
  },
  {
    // Tests read loosely typed JSON fixtures and protocol payloads.
    files: ['test/**/*.ts', 'bench/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  prettier,
);
