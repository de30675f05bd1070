import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'node_modules/',
      'bench/.data/',
      'coverage/',
      'test/fixtures/',
      '.tmp/',
      'src/core/generated/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: { process: 'readonly', console: 'readonly', URL: 'readonly', Buffer: 'readonly' },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  {
    // The engine must stay testable without GitHub: no runner toolkit, no environment.
    files: ['src/core/**/*.ts', 'src/stats/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: ['@actions/*', '@octokit/*', '**/github/**', '**/actions/**', '**/cli/**'] },
      ],
      'no-restricted-properties': [
        'error',
        {
          object: 'process',
          property: 'env',
          message:
            'The engine takes parsed inputs; read the environment in src/actions or src/cli.',
        },
      ],
    },
  },
  {
    // Logged text may hold pull-request text: it goes through src/actions/log.ts, which keeps it
    // from starting a workflow command (::set-output, ::add-mask, …).
    files: ['src/actions/**/*.ts'],
    ignores: ['src/actions/log.ts'],
    rules: {
      'no-restricted-properties': [
        'error',
        {
          object: 'core',
          property: 'info',
          message: "Use info() from './log.js': it neutralises workflow commands in PR text.",
        },
      ],
    },
  },
);
