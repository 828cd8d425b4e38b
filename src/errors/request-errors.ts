import type { GraphQLFormattedError } from 'graphql';

/** A request limit as a client meets it: its setting, and what to change in the request. */
interface LimitRule {
  pattern: RegExp;
  limit: string;
  reduce: string;
}

// graphql-armor and graphql-js word these as "Syntax Error: …", although the document parsed fine:
// the client learns neither which setting refused it nor what to change.
const LIMITS: LimitRule[] = [
  {
    pattern: /Query depth limit of (\d+) exceeded, found (\d+)/,
    limit: 'MAX_DEPTH',
    reduce: 'select fewer nested levels, or read the deeper levels in a second request',
  },
  {
    pattern: /Query Cost limit of (\d+) exceeded, found (\d+)/,
    limit: 'MAX_COST',
    reduce:
      'ask for smaller pages (first) or fewer nested relation levels; the cost multiplies page sizes down each level',
  },
  {
    pattern: /Aliases limit of (\d+) exceeded, found (\d+)/,
    limit: 'MAX_ALIASES',
    reduce: 'use fewer aliases, or split the request',
  },
  {
    pattern: /Directives limit of (\d+) exceeded, found (\d+)/,
    limit: 'MAX_DIRECTIVES',
    reduce: 'use fewer directives',
  },
  {
    pattern: /more th\w+ (\d+) tokens/,
    limit: 'MAX_TOKENS',
    reduce: 'send a shorter document (use variables and fragments instead of repeated text)',
  },
];

const NAMES: Record<string, string> = {
  MAX_DEPTH: 'Query depth',
  MAX_COST: 'Query cost',
  MAX_ALIASES: 'Aliases',
  MAX_DIRECTIVES: 'Directives',
  MAX_TOKENS: 'Tokens',
};

/**
 * Rewrites graphql-js's and graphql-armor's request errors into what a client can act on: a limit
 * names its setting, the measured value and what to reduce (extensions.limit, .max, .found); a
 * variable that could not be coerced is named in extensions.field (`input.website`, or `n` for `$n`);
 * an APQ hash that does not match its query is a BAD_REQUEST, not an unexplained failure.
 */
export function explainRequestError(formatted: GraphQLFormattedError): GraphQLFormattedError {
  const { message } = formatted;
  const code = formatted.extensions?.code;
  // Apollo gives every validation error its code; a rule of ours names the code it means (http/limits).
  const requestCode = formatted.extensions?.requestCode;
  if (code === 'GRAPHQL_VALIDATION_FAILED' && typeof requestCode === 'string') {
    const { requestCode: _, ...extensions } = formatted.extensions!;
    return { ...formatted, extensions: { ...extensions, code: requestCode } };
  }
  if (code === 'GRAPHQL_VALIDATION_FAILED' || code === 'GRAPHQL_PARSE_FAILED') {
    for (const rule of LIMITS) {
      const m = rule.pattern.exec(message);
      if (!m) continue;
      const [max, found] = [Number(m[1]), m[2] === undefined ? undefined : Number(m[2])];
      const measured = found === undefined ? `more than ${max}` : `found ${found}`;
      return {
        ...formatted,
        message: `${NAMES[rule.limit]} limit of ${max} (${rule.limit}) exceeded, ${measured}: ${rule.reduce}`,
        extensions: { ...formatted.extensions, limit: rule.limit, max, ...(found !== undefined && { found }) },
      };
    }
  }
  if (code === 'BAD_USER_INPUT' && formatted.extensions?.field === undefined) {
    const m = /^Variable "\$(\w+)"/.exec(message);
    if (m) {
      const at = /at "([\w.[\]]+)"/.exec(message)?.[1];
      return { ...formatted, extensions: { ...formatted.extensions, field: at ?? m[1] } };
    }
  }
  // Apollo raises it without a code (so it is reported as INTERNAL_SERVER_ERROR unless named here).
  if ((code === undefined || code === 'INTERNAL_SERVER_ERROR') && message === 'provided sha does not match query') {
    return {
      message:
        'extensions.persistedQuery.sha256Hash: the hash does not match the query sent with it (expected the SHA-256 of the query text, in hex)',
      extensions: { code: 'BAD_REQUEST', field: 'extensions.persistedQuery.sha256Hash' },
    };
  }
  return formatted;
}
