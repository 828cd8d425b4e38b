// GraphQL Code Generator (`npm run codegen`): a typed document for every example of docs/api.md, checked
// against schema/schema.graphql. The examples are passed as GraphQL text (codegen cannot read markdown);
// test/unit/codegen.test.ts fails when clients/generated/ is not what this config writes (so no Prettier
// hook: `--check` compares the plugins' own output).
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
