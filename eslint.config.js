import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import prettier from 'eslint-config-prettier';
import layers from './eslint-rules/layers.js';

export default tseslint.config(
  {
    ignores: [
      '.scratch/',
      'node_modules/',
      'dist/',
      'client/dist/',
      'graph/embedded/target/',
      '.data/',
      'coverage/',
      'artifacts/',
      'models/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  // Prettier owns the shape of lines (`npm run format`); ESLint keeps to what code means.
  prettier,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module' },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-console': 'off',
      eqeqeq: ['error', 'smart'],
    },
  },
  {
    plugins: { layers },
    rules: { 'layers/one-way': 'error' },
  },
  {
    // Pieces two views share live in client/src/components/, so a view never depends on another.
    files: ['client/src/views/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { regex: '^\\./[A-Z]\\w*View\\.js$', message: 'a view imports shared pieces from ../components/, never another view' },
          ],
        },
      ],
    },
  },
);
