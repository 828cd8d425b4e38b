/**
 * The import rules `npm run depcheck` (part of `npm test`) holds the code to: src/ is the server that
 * production runs, tools/ what developers and operators run on top of it (CLI, bench, generator,
 * evaluation, local Neo4j, bundler). Tools use the server as a library; the server never needs a tool.
 */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'An import circle: modules that cannot be understood, loaded or tested one without the other.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'server-not-to-tools',
      severity: 'error',
      comment: 'src/ runs in production without tools/ (tools/serve.ts composes them at the top).',
      from: { path: '^src/' },
      to: { path: '^tools/' },
    },
    {
      name: 'web-not-to-tools',
      severity: 'error',
      comment: 'The browser code may share the vocabulary with the server, not the tools.',
      from: { path: '^web/' },
      to: { path: '^tools/' },
    },
    {
      name: 'code-not-to-tests',
      severity: 'error',
      comment: 'Tests import the code, never the reverse.',
      from: { path: '^(src|tools|web)/' },
      to: { path: '^test/' },
    },
    {
      name: 'not-to-unresolvable',
      severity: 'error',
      comment: 'An import that resolves to nothing (a path a move left behind).',
      from: {},
      // api-examples: docs/api.md's examples, a module the bundler makes up (tools/explorer/bundle.ts).
      to: { couldNotResolve: true, pathNot: '^api-examples$' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    // `import type` counts: a circle of types is a circle in what a reader must hold in mind.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default'] },
  },
};
