// GraphQL Code Generator (`npm run codegen`): a typed document for every example of docs/api.md, checked
// against schema/schema.graphql. The examples are passed as GraphQL text (codegen cannot read markdown).
// clients/generated/ is a build output, not committed: `npm run check` and `npm run typecheck` write it
// before tsc reads it, so it is always the docs' and the schema's of the checkout (it had been committed
// and guarded by a `--check` test; writing it every time removes the stale-file failure altogether).
import type { CodegenConfig } from '@graphql-codegen/cli';
import { apiExamples } from './tools/explorer/examples';

const config: CodegenConfig = {
  schema: 'schema/schema.graphql',
  documents: apiExamples().map((e) => e.query),
  generates: {
    'clients/generated/graphql.ts': {
      plugins: ['typescript-operations', 'typed-document-node'],
      config: {
        // Enums as string unions: nothing to import at run time, and the values are the wire's.
        enumType: 'string-literal',
        scalars: { JSON: 'unknown' },
        avoidOptionals: { field: true },
        useTypeImports: true,
      },
    },
  },
};

export default config;
