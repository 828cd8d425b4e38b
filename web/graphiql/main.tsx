import 'graphiql/style.css';
import './style.css';
import examples from 'api-examples';
import { GraphiQL } from 'graphiql';
import { Kind, parse, type ExecutionResult } from 'graphql';
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import { authHeaders } from '../shared/token';

type Params = { query: string; variables?: unknown; operationName?: string | null };

/**
 * The operation name if the document defines it. Picking another example replaces the query, but GraphiQL
 * can keep sending the previous example's name (seen with introspection off: "Unknown operation named
 * EntityFacts" for FindActor's document).
 */
function operationIn(query: string, name?: string | null): string | null | undefined {
  if (!name) return name;
  try {
    const defined = parse(query).definitions.some(
      (d) => d.kind === Kind.OPERATION_DEFINITION && d.name?.value === name,
    );
    return defined ? name : undefined;
  } catch {
    return name; // the server names what is wrong with the document
  }
}

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
    body: JSON.stringify({ ...params, operationName: operationIn(params.query, params.operationName) }),
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
