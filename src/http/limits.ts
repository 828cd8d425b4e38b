import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { costLimitRule } from '@escape.tech/graphql-armor-cost-limit';
import {
  GraphQLError,
  Kind,
  OperationTypeNode,
  validate,
  visit,
  type DocumentNode,
  type GraphQLSchema,
  type ValidationRule,
} from 'graphql';
import type { LimitsConfig } from '../config';
import type { Context } from '../context';
import type { AdmissionGate } from './admission';

const PAGE_ARGS = new Set(['first', 'last']);

/**
 * graphql-armor's validation rules for one request: depth (fields inside fragments counted where they are
 * spread; the 2025 fragment-cache bypass is fixed in max-depth 2.4.2), static cost, aliases,
 * directives, and field suggestions hidden unless enabled (they reveal the schema when
 * introspection is off).
 */
export function armorOf(limits: LimitsConfig) {
  return new ApolloArmor({
    // Fragments choose a kind; they add no level of data. Counted as levels, they made a typed read three
    // hops deep (members → projects → participants, 11 levels of fields) 14 deep and refused it, where the
    // same read through `relations` passed. Their fields still count, at the depth they are spread.
    maxDepth: { n: limits.maxDepth, flattenFragments: true },
    costLimit: { maxCost: limits.maxCost },
    maxAliases: { n: limits.maxAliases },
    maxDirectives: { n: limits.maxDirectives },
    // Tokens are limited by graphql-js's own parser (parseOptions.maxTokens in server.ts): armor's
    // Apollo token plugin re-parses in parsingDidStart and turns every syntax error into an HTTP 500.
    maxTokens: { enabled: false },
    blockFieldSuggestion: { enabled: !limits.fieldSuggestions },
  }).protect();
}

const SUBSCRIPTIONS_OVER_WEBSOCKET =
  'Subscriptions are served over WebSocket (the graphql-ws protocol) at this same path, not over HTTP; send queries and mutations here';

/**
 * HTTP's refusal of a document of subscriptions, before graphql-js validates its fields: a client that
 * POSTs one learns where subscriptions are served (400 BAD_REQUEST, see errors/request-errors), not which
 * of its fields are unknown. Documents that also hold a query or mutation are judged as usual.
 */
export const subscriptionsOverWebSocket: ValidationRule = (context) => ({
  Document(node) {
    const operations = node.definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION);
    if (operations.length && operations.every((o) => o.operation === OperationTypeNode.SUBSCRIPTION))
      context.reportError(
        new GraphQLError(SUBSCRIPTIONS_OVER_WEBSOCKET, {
          nodes: operations,
          extensions: { requestCode: 'BAD_REQUEST' },
        }),
      );
  },
});

/** The variables a document passes as page sizes (`first: $n`), found once per document. */
function pageSizeVariables(document: DocumentNode): string[] {
  const names = new Set<string>();
  visit(document, {
    Argument(node) {
      if (PAGE_ARGS.has(node.name.value) && node.value.kind === Kind.VARIABLE) names.add(node.value.name.value);
    },
  });
  return [...names];
}

/** The document with page sizes given as variables written in as literals, as the cost rule can only read literals. */
function withPageSizesInlined(document: DocumentNode, variables: Record<string, unknown>): DocumentNode | undefined {
  let changed = false;
  const inlined = visit(document, {
    Argument(node) {
      if (!PAGE_ARGS.has(node.name.value) || node.value.kind !== Kind.VARIABLE) return undefined;
      const value = variables[node.value.name.value];
      if (!Number.isInteger(value)) return undefined;
      changed = true;
      return { ...node, value: { kind: Kind.INT, value: String(value) } };
    },
  });
  return changed ? inlined : undefined;
}

// Prices kept per document for this many distinct page sizes: clients page with a handful of sizes, and a
// client sending every size from 1 to 100 only costs a re-pricing per request, never memory.
const PRICES_PER_DOCUMENT = 32;

/**
 * Prices every operation and admits the heavy ones through `gate`. graphql-armor's cost rule
 * multiplies a selection's cost by its `first`, but only when `first` is a literal: `first: $n` would
 * cost as if n were 1. Once the variables are known, the operation is priced again with them written
 * in, so both spellings of the same request cost the same (and the same limit refuses them). An
 * operation costing `heavyCost` or more waits for one of the gate's slots before it executes and
 * frees it when its response is sent.
 */
export function priceAndAdmit(
  schema: GraphQLSchema,
  limits: LimitsConfig,
  gate: AdmissionGate,
): ApolloServerPlugin<Context> {
  // Apollo keeps parsed documents (its document store hands back the same object for the same text), so
  // a document is searched for page-size variables once and priced once per page size: walking and
  // re-validating it on every request was server work a cached lookup does not need.
  const priced = new WeakMap<DocumentNode, { pageVars: string[]; prices: Map<string, number> }>();
  const price = (document: DocumentNode): number => {
    let cost = 0;
    try {
      validate(schema, document, [
        costLimitRule({ maxCost: limits.maxCost, onAccept: [(_: unknown, { n }: { n: number }) => void (cost = n)] }),
      ]);
    } catch (e) {
      throw new GraphQLError((e as Error).message.replace(/^Syntax Error: /, ''), {
        extensions: { code: 'GRAPHQL_VALIDATION_FAILED', http: { status: 400 } },
      });
    }
    return cost;
  };
  const costOf = (document: DocumentNode, variables: Record<string, unknown>): number => {
    let entry = priced.get(document);
    if (!entry) priced.set(document, (entry = { pageVars: pageSizeVariables(document), prices: new Map() }));
    const key = entry.pageVars.map((v) => (Number.isInteger(variables[v]) ? String(variables[v]) : '')).join(',');
    let cost = entry.prices.get(key);
    if (cost === undefined) {
      cost = price(withPageSizesInlined(document, variables) ?? document);
      if (entry.prices.size < PRICES_PER_DOCUMENT) entry.prices.set(key, cost);
    }
    return cost;
  };
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, request, contextValue, operation }) {
          // A document that also holds queries passed validation (subscriptionsOverWebSocket) but chose its
          // subscription: graphql-js would fail it over HTTP, which Apollo answered as a 500.
          if (operation?.operation === OperationTypeNode.SUBSCRIPTION) {
            throw new GraphQLError(SUBSCRIPTIONS_OVER_WEBSOCKET, {
              extensions: { code: 'BAD_REQUEST', http: { status: 400 } },
            });
          }
          const cost = costOf(document, request.variables ?? {});
          if (cost >= limits.heavyCost) contextValue.admitted = await gate.enter(contextValue.deadline);
        },
        async willSendResponse({ contextValue }) {
          contextValue.admitted?.();
        },
      };
    },
  };
}
