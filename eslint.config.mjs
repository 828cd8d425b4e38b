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
// One graphql-config for every GraphQL file: graphql-eslint keeps the first one it is given for the whole process
// (esm/graphql-config.js), so with a second, document-less config for the SDL, whichever file ESLint reached first
// decided, and a run that began with schema.graphql failed docs/api.md with "require-selections requires
// graphql-config `documents`" (once, in a fresh clone's CI; the next run passed).
const graphQLConfig = { schema: 'schema/schema.graphql', documents: apiExamples };

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
      parser: graphql.parser, parserOptions: { graphQLConfig },
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
  {
    // graphql-eslint over the generated SDL: schema-recommended and schema-relay, with the options below
    // changed, each for the reason next to it.
    files: ['schema/schema.graphql'],
    languageOptions: { parser: graphql.parser, parserOptions: { graphQLConfig } },
    plugins: { '@graphql-eslint': graphql },
    rules: {
      ...graphql.configs['flat/schema-recommended'].rules,
      ...graphql.configs['flat/schema-relay'].rules,
      // Every type, field, argument and enum value described (the recommended set asks only for types and
      // root fields): the descriptions are what GraphiQL and generated clients show.
      '@graphql-eslint/require-description': ['error', {
        types: true, rootField: true, FieldDefinition: true, InputValueDefinition: true, EnumValueDefinition: true,
        DirectiveDefinition: true,
      }],
      // An `id` only where an object has a global identity (issue 19): a client cache normalises by it, so
      // an id on a value whose content depends on the question (a facet count, a path step, a match
      // reason, a community under one filter) made caches show one answer's values in another's place.
      // Connections, their pages and answer wrappers have none either.
      '@graphql-eslint/strict-id-in-types': ['error', {
        acceptedIdNames: ['id'], acceptedIdTypes: ['ID'],
        exceptions: {
          suffixes: ['Connection', 'Edge'],
          types: ['ActorTie', 'Analysis', 'AnalysisParameter', 'AnalystResult', 'AnalyticsGraph', 'Broker', 'Centrality',
            'CentralityScore', 'ChangeField', 'Changes', 'Communities', 'Community', 'CommunityShare', 'CooperationMatch', 'CooperationPath',
            'DetachedRelation', 'FacetCount', 'Facets', 'Health', 'LinkResult', 'MatchReason', 'PageInfo',
            'PartnerEvidence', 'PathStep', 'RestoreResult', 'SearchHit', 'SharedPartner', 'Subgraph', 'TieChange', 'Timeline', 'TimelineYear'],
        },
      }],
      // Bounded answers that are complete in one response (a path's steps, a match's reasons, a
      // subgraph's nodes) are lists, not pages: a cursor on them would page nothing.
      '@graphql-eslint/relay-edge-types': ['error', { withEdgeSuffix: true, shouldImplementNode: true, listTypeCanWrapOnlyEdgeType: false }],
      // Forward paging only: keyset cursors seek forward in an index; `last`/`before` would need every
      // ordering read backwards too, and no client of the API pages backwards.
      '@graphql-eslint/relay-arguments': ['error', { includeBoth: false }],
      // allianceType, eventType, programmeType, sectorType: the vocabulary's field names, the same in the
      // import format, the store and the API; Communities.communities lists the communities it describes.
      '@graphql-eslint/no-typename-prefix': 'off',
      // analystQuery runs an analyst's Cypher query: "Query" names what it takes, not the root type.
      '@graphql-eslint/naming-convention': ['error', {
        ...graphql.configs['flat/schema-recommended'].rules['@graphql-eslint/naming-convention'][1],
        'FieldDefinition[parent.name.value=Query]': { forbiddenPrefixes: ['query', 'get'] },
      }],
    },
  },
);
