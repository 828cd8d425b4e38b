import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { Database } from '../db/driver';

// Client-chosen operation names become labels: only well-formed names, and at most this many distinct ones.
const MAX_OPERATIONS = 200;
const NAME = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;

/** The Prometheus registry of one server: requests, latency, errors per code, Neo4j use, the process. */
export class Metrics {
  readonly registry = new Registry();
  private readonly operations = new Set<string>();
  readonly requests: Counter<'operation' | 'outcome'>;
  readonly duration: Histogram<'operation'>;
  readonly errors: Counter<'code'>;
  readonly roundTrips: Histogram<'operation'>;

  constructor(db: Database) {
    const registers = [this.registry];
    this.requests = new Counter({
      name: 'graphql_requests_total',
      help: 'GraphQL requests by operation name and outcome (ok or error)',
      labelNames: ['operation', 'outcome'],
      registers,
    });
    this.duration = new Histogram({
      name: 'graphql_request_duration_seconds',
      help: 'GraphQL request latency by operation name',
      labelNames: ['operation'],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
      registers,
    });
    this.errors = new Counter({
      name: 'graphql_errors_total',
      help: 'Errors returned to clients by code',
      labelNames: ['code'],
      registers,
    });
    this.roundTrips = new Histogram({
      name: 'graphql_request_db_round_trips',
      help: 'Neo4j round trips per GraphQL request',
      labelNames: ['operation'],
      buckets: [0, 1, 2, 3, 5, 10, 20, 50],
      registers,
    });
    new Gauge({
      name: 'neo4j_sessions_in_use',
      help: 'Neo4j sessions open (each holds a pooled connection while it works)',
      registers,
      collect() {
        this.set(db.stats.sessionsOpen);
      },
    });
    new Gauge({
      name: 'neo4j_pool_max_size',
      help: 'Maximum connections in the Neo4j pool (NEO4J_POOL_SIZE)',
      registers,
      collect() {
        this.set(db.stats.poolSize);
      },
    });
    collectDefaultMetrics({ register: this.registry });
  }

  /** Heavy requests executing and waiting at the admission gate. */
  watchAdmission(gate: { active: number; queued: number; admitted: number }): void {
    const registers = [this.registry];
    new Counter({
      name: 'graphql_heavy_requests_total',
      help: 'Heavy GraphQL requests admitted (cost ≥ HEAVY_COST)',
      registers,
      collect() {
        this.reset();
        this.inc(gate.admitted);
      },
    });
    new Gauge({
      name: 'graphql_heavy_requests_active',
      help: 'Heavy GraphQL requests executing (at most HEAVY_CONCURRENCY)',
      registers,
      collect() {
        this.set(gate.active);
      },
    });
    new Gauge({
      name: 'graphql_heavy_requests_queued',
      help: 'Heavy GraphQL requests waiting for an admission slot',
      registers,
      collect() {
        this.set(gate.queued);
      },
    });
  }

  /** The change feed: WebSocket connections, subscriptions and the changes queued for their consumers. */
  watchSubscriptions(feed: { connections: number; subscriptions: number; queued: number }): void {
    const registers = [this.registry];
    const gauge = (name: string, help: string, read: () => number) =>
      new Gauge({
        name,
        help,
        registers,
        collect() {
          this.set(read());
        },
      });
    gauge('graphql_ws_connections', 'WebSocket (graphql-ws) connections open', () => feed.connections);
    gauge('change_feed_subscriptions', 'Change feed subscriptions open', () => feed.subscriptions);
    gauge(
      'change_feed_queued_changes',
      'Changes waiting for slow consumers across subscriptions (each at most FEED_BUFFER)',
      () => feed.queued,
    );
  }

  /** The label for an operation name: "anonymous", the name, or "other" beyond the label budget. */
  operationLabel(name: string | null | undefined): string {
    if (!name) return 'anonymous';
    if (!NAME.test(name)) return 'other';
    if (this.operations.has(name)) return name;
    if (this.operations.size >= MAX_OPERATIONS) return 'other';
    this.operations.add(name);
    return name;
  }

  /** Counts an error that never reached GraphQL execution (e.g. refused credentials). */
  countRefusal(code: string): void {
    this.errors.inc({ code });
    this.requests.inc({ operation: 'unknown', outcome: 'error' });
  }
}
