import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const FS_MODULES = ['fs', 'node:fs', 'fs/promises', 'node:fs/promises'];
// The calls that open a file for reading or writing (stat, exists and readdir are not opens).
const FS_OPENS = [
  'default',
  'open',
  'openSync',
  'readFile',
  'readFileSync',
  'createReadStream',
  'createWriteStream',
  'writeFile',
  'writeFileSync',
  'appendFile',
  'appendFileSync',
  'copyFile',
  'copyFileSync',
  'cp',
  'cpSync',
  'opendir',
  'opendirSync',
];
const OPEN_MESSAGE =
  'Open files through the workspace gate (src/core/files/workspace.ts), or justify the exception with an eslint-disable comment.';

const FS_PATHS = FS_MODULES.map((name) => ({
  name,
  importNames: FS_OPENS,
  message: OPEN_MESSAGE,
}));
const ENGINE_PATTERNS = ['@actions/*', '@octokit/*', '**/github/**', '**/actions/**', '**/cli/**'];
const CLI_PATTERNS = ['@actions/*', '**/actions/**'];

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
    // A function should read at once: longer ones carry an eslint-disable comment saying why.
    files: ['src/**/*.ts'],
    rules: {
      'max-lines-per-function': [
        'error',
        { max: 80, skipBlankLines: true, skipComments: true, IIFEs: true },
      ],
    },
  },
  {
    // The engine must stay testable without GitHub: no runner toolkit, no environment.
    files: ['src/core/**/*.ts', 'src/stats/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ENGINE_PATTERNS, paths: FS_PATHS }],
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
    // Every file the tool opens goes through the workspace gate (src/core/files): direct opens
    // elsewhere could follow a committed symlink out of the checkout or read a device unbounded.
    files: ['src/**/*.ts'],
    ignores: ['src/core/files/**'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: `ImportExpression[source.value=/^(node:)?fs(\\/promises)?$/]`,
          message: OPEN_MESSAGE,
        },
        {
          selector: `ImportDeclaration[source.value=/^(node:)?fs(\\/promises)?$/] > ImportNamespaceSpecifier`,
          message: OPEN_MESSAGE,
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
  {
    files: ['src/actions/**/*.ts', 'src/github/**/*.ts', 'src/*.ts'],
    rules: { 'no-restricted-imports': ['error', { paths: FS_PATHS }] },
  },
  {
    // The CLI runs outside GitHub Actions: no runner toolkit, and nothing of the action adapters.
    files: ['src/cli/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: CLI_PATTERNS, paths: FS_PATHS }] },
  },
  {
    // The gate itself: the engine's import rules without the file-open ban.
    files: ['src/core/files/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: ENGINE_PATTERNS }] },
  },
);
