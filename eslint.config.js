// ESLint flat config: typescript-eslint's type-checked recommendations over every TypeScript file,
// and the import rules of DESIGN.md: processes only through packages/process, and @actions/core
// only in packages/runtime and actions/ (test/lint/eslint-rules.test.ts shows that both fire).
import js from '@eslint/js'
import tseslint from 'typescript-eslint'

const SPAWN_MESSAGE =
  'Processes only through packages/process (runProcess, exec): an argument array, never a shell, bounded output.'

/** child_process under both spellings (the code imports node:child_process). */
const CHILD_PROCESS = ['child_process', 'node:child_process'].map(name => ({
  name,
  message: SPAWN_MESSAGE,
}))

const ACTIONS_CORE = {
  group: ['@actions/core', '@actions/core/*'],
  message: 'Domain code never imports @actions/core; return results to actions/<name>.',
}

/**
 * One no-restricted-imports entry of the given parts. A later flat-config block that sets the
 * rule replaces it whole, so every block passes all the parts that hold for its files.
 */
const restrictedImports = ({ paths = [], patterns = [] }) => [
  'error',
  { ...(paths.length ? { paths } : {}), ...(patterns.length ? { patterns } : {}) },
]

/** import('node:child_process') and require('child_process'), which no-restricted-imports misses. */
const DYNAMIC_SPAWN = [
  'error',
  {
    selector: 'ImportExpression[source.value=/^(node:)?child_process$/]',
    message: SPAWN_MESSAGE,
  },
  {
    selector: "CallExpression[callee.name='require'][arguments.0.value=/^(node:)?child_process$/]",
    message: SPAWN_MESSAGE,
  },
]

/**
 * Where processes may be started directly: packages/process (the one place in production code:
 * git, gates' shell commands and every other tool go through its runProcess); tests and their
 * peers, scripts/ and bench/ (tools of the machine, not shipped).
 */
const MAY_SPAWN = ['packages/process/**', 'test/**', 'scripts/**', 'bench/**']

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', '.tools/**', 'coverage/**', '.tmp/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      'no-restricted-imports': restrictedImports({ paths: CHILD_PROCESS }),
      'no-restricted-syntax': DYNAMIC_SPAWN,
    },
  },
  {
    // Domain packages never touch the runner: only packages/runtime and actions/ may import it.
    files: ['packages/**/*.ts'],
    ignores: ['packages/runtime/**'],
    rules: {
      'no-restricted-imports': restrictedImports({
        paths: CHILD_PROCESS,
        patterns: [ACTIONS_CORE],
      }),
    },
  },
  {
    files: MAY_SPAWN.filter(glob => glob.startsWith('packages/')),
    rules: {
      'no-restricted-imports': restrictedImports({ patterns: [ACTIONS_CORE] }),
      'no-restricted-syntax': 'off',
    },
  },
  {
    files: MAY_SPAWN.filter(glob => !glob.startsWith('packages/')),
    rules: {
      'no-restricted-imports': 'off',
      'no-restricted-syntax': 'off',
    },
  },
  {
    files: ['**/*.js'],
    ...tseslint.configs.disableTypeChecked,
  },
)
