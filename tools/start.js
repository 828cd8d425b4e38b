#!/usr/bin/env node
// npm start: tools/serve (the server, plus the local Neo4j when NEO4J_URI is not set), compiled (dist/,
// from `npm run build`) when NODE_ENV=production, so production never compiles TypeScript at start; the
// TypeScript sources through ts-node otherwise.
const fs = require('node:fs');
const path = require('node:path');
const root = path.resolve(__dirname, '..');
if (process.env.NODE_ENV === 'production') {
  const main = path.join(root, 'dist', 'tools', 'serve.js');
  if (!fs.existsSync(main)) {
    console.error('NODE_ENV=production runs the compiled server: run `npm run build` first');
    process.exit(1);
  }
  require(main);
} else {
  require('ts-node').register({ transpileOnly: true });
  require(path.join(root, 'tools', 'serve.ts'));
}
