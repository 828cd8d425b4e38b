import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../../src/config';

/** One example of docs/api.md: the heading it sits under, its operation, variables and documented answer. */
export interface ApiExample {
  title: string;
  query: string;
  /** The JSON block under the operation, if any. */
  variables: Record<string, unknown>;
  expect: unknown;
}

export const API_DOC = path.join(PROJECT_ROOT, 'docs/api.md');

/** The examples of docs/api.md in order (the docs test runs them; GraphiQL offers them). */
export function apiExamples(doc = fs.readFileSync(API_DOC, 'utf8')): ApiExample[] {
  const examples: ApiExample[] = [];
  let title = '';
  for (const block of doc.split(/^(?=## |```graphql\n)/m)) {
    if (block.startsWith('## ')) title = block.slice(3, block.indexOf('\n')).trim();
    const m = /^```graphql\n([\s\S]*?)```\n(?:```json\n([\s\S]*?)```\n)?<!-- expect: (.*?) -->/.exec(block);
    if (m)
      examples.push({
        title,
        query: m[1],
        variables: JSON.parse(m[2] ?? '{}') as Record<string, unknown>,
        expect: JSON.parse(m[3]),
      });
  }
  return examples;
}
