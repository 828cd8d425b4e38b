import 'reflect-metadata';
import { run } from '../src/main';
import { ensureBundle } from './explorer/bundle';
import { MissingToolError } from './localdb/maven';
import { resolveTarget } from './localdb/target';

// `npm start`: the server, plus what a developer's machine needs around it: the local Neo4j when
// NEO4J_URI is not set, and an explorer bundle built from the current sources.
run(
  {
    resolveTarget,
    async beforeListen(logger) {
      const bundle = await ensureBundle();
      if (bundle.built) logger.info({ ms: bundle.ms, files: bundle.files }, 'explorer bundle built');
    },
  },
  (err) => err instanceof MissingToolError,
);
