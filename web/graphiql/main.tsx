import 'graphiql/style.css';
import './style.css';
import examples from 'api-examples';
import { GraphiQL } from 'graphiql';
import type { ExecutionResult } from 'graphql';
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import { authHeaders } from '../shared/token';

type Params = { query: string; variables?: unknown; operationName?: string | null };

// Same origin, JSON (Apollo's CSRF prevention), and the key the explorer page stored, if any.
async function fetcher(params: Params, options?: { headers?: Record<string, unknown> }) {
  const res = await fetch('/graphql', {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      accept: 'application/json',
      ...authHeaders(),
      ...(options?.headers as Record<string, string>),
    },
    body: JSON.stringify(params),
  });
  // GraphiQL's Fetcher type wants an ExecutionResult (it is `any` only when graphql-ws is not installed).
  return (await res.json()) as ExecutionResult;
}

// The server says whether it answers introspection (off by default in production).
const introspection = document.body.dataset.introspection === 'true';

function Page() {
  const [example, setExample] = useState(0);
  return (
    <div className="page">
      <header className="bar">
        <a href="/">← Explorer</a>
        <label>
          Example from docs/api.md{' '}
          <select value={example} onChange={(e) => setExample(Number(e.target.value))} aria-label="Example query">
            {examples.map((ex, i) => (
              <option key={i} value={i}>
                {i + 1}. {ex.title}
              </option>
            ))}
          </select>
        </label>
        {introspection ? null : (
          <p className="notice" role="status">
            Introspection is off on this server (the production default; INTROSPECTION=true turns it on): queries run,
            but there is no completion or documentation here. The schema is schema/schema.graphql in the repository.
          </p>
        )}
      </header>
      <GraphiQL
        fetcher={fetcher}
        query={examples[example]?.query}
        variables={JSON.stringify(examples[example]?.variables ?? {}, null, 2)}
        schema={introspection ? undefined : null}
        defaultEditorToolsVisibility={false}
        shouldPersistHeaders={false}
      />
    </div>
  );
}

createRoot(document.getElementById('graphiql')!).render(<Page />);
