// ESLint (flat config): typescript-eslint's type-aware recommended rules over the server, its tools,
// the tests and the explorer; formatting is Prettier's (eslint-config-prettier turns off the rules it owns).
import fs from 'node:fs';
import js from '@eslint/js';
import markdown from '@eslint/markdown';
import graphql from '@graphql-eslint/eslint-plugin';
import stylistic from '@stylistic/eslint-plugin';
import prettier from 'eslint-config-prettier';
import tseslint from 'typescript-eslint';

// The examples as graphql-config `documents` (raw GraphQL, which it accepts in place of file paths):
// require-selections looks fragments up there, and graphql-config cannot read a markdown file itself.
const apiExamples = [...fs.readFileSync('docs/api.md', 'utf8').matchAll(/^```graphql\n([\s\S]*?)^```/gm)].map((m) => m[1]);

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', '.neo4j/**', 'bench/**', 'web/dist/**', 'coverage/**', 'clients/generated/**', '**/*.js', '**/*.mjs'] },
  // The TypeScript rules read TypeScript: scoped so that they leave the GraphQL blocks of the docs alone.
  {
    files: ['**/*.{ts,tsx}'],
    // Prettier's last: it turns off the formatting rules Prettier owns, max-len among them.
    extends: [js.configs.recommended, ...tseslint.configs.recommendedTypeChecked, prettier],
  },
  {
    files: ['**/*.{ts,tsx}'],
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
  {
    // docs/api.md's examples are what client developers copy: each ```graphql block is linted against the
    // schema with graphql-eslint's operation rules (named operations, variables, ids selected).
    files: ['docs/api.md'],
    plugins: { markdown },
    processor: 'markdown/markdown',
  },
  {
    files: ['docs/api.md/*.graphql'],
    languageOptions: {
      parser: graphql.parser, parserOptions: { graphQLConfig: { schema: 'schema/schema.graphql', documents: apiExamples } },
    },
    plugins: { '@graphql-eslint': graphql },
    rules: {
      ...graphql.configs['flat/operations-recommended'].rules,
      // Off for a reason: each block is also one of the raw `documents` above, under a made-up file name,
      // so the rule finds every operation "already defined" by itself. test/integration/api-docs.test.ts
      // checks that the names are unique instead.
      '@graphql-eslint/unique-operation-name': 'off',
    },
  },
);
