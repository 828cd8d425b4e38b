// ESLint (flat config): typescript-eslint's type-aware recommended rules over the server, its tools,
// the tests and the explorer; formatting is Prettier's (eslint-config-prettier turns off the rules it owns).
import js from '@eslint/js';
import stylistic from '@stylistic/eslint-plugin';
import prettier from 'eslint-config-prettier';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', '.neo4j/**', 'bench/**', 'web/dist/**', 'coverage/**', '**/*.js', '**/*.mjs'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  // Before the project's rules: it turns off the formatting rules Prettier owns, max-len among them.
  prettier,
  {
    plugins: { '@stylistic': stylistic },
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Apollo's plugin hooks and DataLoader's batch functions must return promises: `async` without an
      // `await` is how their types are met, not a forgotten await (no-floating-promises catches those).
      '@typescript-eslint/require-await': 'off',
      // Prettier wraps code at 120 columns but leaves comments and strings alone: comments are held to
      // 120 here; a message or a query text stays on one line so that grep finds it whole.
      '@stylistic/max-len': ['error', { code: 120, ignoreStrings: true, ignoreTemplateLiterals: true, ignoreRegExpLiterals: true, ignoreUrls: true }],
    },
  },
  {
    // Tests walk GraphQL answers as `any` (GqlResponse<any>) on purpose: the assertions check their shape.
    files: ['test/**/*.ts'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
    },
  },
);
