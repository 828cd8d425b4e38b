/**
 * The import rules `npm run depcheck` (part of `npm test`) holds the code to: src/ is the server that
 * production runs, tools/ what developers and operators run on top of it (CLI, bench, generator,
 * evaluation, local Neo4j, bundler). Tools use the server as a library; the server never needs a tool.
 */
const rule = (name, comment, from, to) => ({ name, severity: 'error', comment, from, to });

module.exports = {
  forbidden: [
    rule('no-circular', 'An import circle: modules that cannot be understood, loaded or tested one without the other.', {}, { circular: true }),
    rule('server-not-to-tools', 'src/ runs in production without tools/ (tools/serve.ts composes them at the top).', { path: '^src/' }, { path: '^tools/' }),
    rule('web-not-to-tools', 'The browser code may share the vocabulary with the server, not the tools.', { path: '^web/' }, { path: '^tools/' }),
    rule('code-not-to-tests', 'Tests import the code, never the reverse.', { path: '^(src|tools|web|clients)/' }, { path: '^test/' }),
    rule('clients-stand-alone', 'clients/ is what an app copies: it knows the API by its schema files, not the server code.', { path: '^clients/' }, { path: '^(src|tools|web)/' }),
    // api-examples: docs/api.md's examples, a module the bundler makes up (tools/explorer/bundle.ts);
    // @graphql-typed-document-node/core: types only (no JavaScript to resolve), imported with `import type`.
    rule('not-to-unresolvable', 'An import that resolves to nothing (a path a move left behind).', {}, { couldNotResolve: true, pathNot: '^(api-examples|@graphql-typed-document-node/core)$' }),
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    // `import type` counts: a circle of types is a circle in what a reader must hold in mind.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default'] },
  },
};
