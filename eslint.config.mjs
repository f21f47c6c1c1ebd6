// ESLint: typescript-eslint's recommended rules over the sources, tests and scripts (`npm run lint`,
// part of `npm test`). Formatting is not ESLint's job.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'out/**', 'node_modules/**', '.tmp/**', 'bench-results/**', 'test-results/**', '*.vsix'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: {
        console: 'readonly',
        process: 'readonly',
        URL: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
        setImmediate: 'readonly',
        Buffer: 'readonly',
        __dirname: 'readonly',
        require: 'readonly',
        module: 'writable',
        self: 'readonly',
        globalThis: 'readonly',
        performance: 'readonly',
        TextEncoder: 'readonly',
        TextDecoder: 'readonly',
        MessageChannel: 'readonly',
        fetch: 'readonly',
        AbortController: 'readonly',
        structuredClone: 'readonly',
      },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' },
      ],
    },
  },
  // CommonJS files (a Node preload, the mocha reporter) load with require.
  { files: ['**/*.cjs', 'test/support/*.js'], rules: { '@typescript-eslint/no-require-imports': 'off' } },
  // Scripts that drive a browser run some functions in the page (playwright's evaluate).
  {
    files: ['scripts/**/*.mjs'],
    languageOptions: {
      globals: {
        document: 'readonly',
        window: 'readonly',
        navigator: 'readonly',
        Worker: 'readonly',
        location: 'readonly',
      },
    },
  },
);
