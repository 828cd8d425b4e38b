// Resolved at build time by tools/explorer/bundle.ts from docs/api.md.
declare module 'api-examples' {
  const examples: { title: string; query: string; variables: Record<string, unknown> }[];
  export default examples;
}
