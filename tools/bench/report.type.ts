import type { BulkImportSummary } from '../bulk/bulk-import';
import type { ImportRates } from './import-rate';
import type { Series } from './stats';

// The shapes of a bench run's results, apart from the code that measures, checks and writes them.

/** One operation at one concurrency: API and floor latencies side by side. */
export interface OperationResult {
  operation: string;
  question: string;
  /** The operation this one asks as of a day (its ratio to it is a target). */
  timeless?: string;
  concurrency: number;
  api: Series;
  floor: Series;
  /** The same question answered by @neo4j/graphql (nested lookups), when measured. */
  library?: Series;
  /** Median over inputs of API latency / floor latency for that input. */
  pairedRatio: number;
  roundTrips: { mean: number; max: number };
  /**
   * CPU time the server process spent per request of the series (ms, every thread), and @neo4j/graphql's when
   * measured: at concurrency 8 on two cores the servers share the CPU with Neo4j, so this bounds throughput.
   * Absent from runs before 2026-12-03.
   */
  serverCpuMs?: { api: number; library?: number };
  /**
   * CPU time Neo4j spent per request over the API's, the floor's and @neo4j/graphql's runs of the series (ms, every
   * thread), when it is the local benchmark server. Background work (checkpoints, its GC) counts where it falls.
   * Absent from runs before 2026-12-04.
   */
  neo4jCpuMs?: { api: number; floor: number; library?: number };
  /**
   * The stack's floor (tools/bench/stack-floor.ts): Apollo Server 5 on Express 5 alone, answering the same document
   * with the API's recorded answers, nothing read; its requests/s and server CPU a request. Nested lookups measured
   * against the library only; absent from runs before 2026-12-05.
   */
  stackFloor?: { throughput: number; serverCpuMs: number };
  /** Largest resident set of the server process during the series. */
  serverRssMb: number;
  /** Medians of where an API request's time went (ms), from the server's Server-Timing header. */
  breakdown: { neo4jMs: number; serverMs: number; transportMs: number };
  /** API requests of the series that ran out of their time budget (TIMEOUT): timed, and counted here. */
  timeouts: number;
  /** The floor's statements that ran past the same time limit (absent when none). */
  floorTimeouts?: number;
}

export interface BenchReport {
  date: string;
  machine: { cpus: number; cpuModel: string; memoryGb: number; node: string };
  versions: { app: string; neo4j: string };
  dataset: { size: string; nodes: number; relationships: number };
  /** How the benchmark database was filled, when neo4j-admin did it (kept with the store, so also on later runs). */
  load?: DatasetLoad;
  settings: { seed: number; requestsPerSeries: number; concurrency: number[] };
  serverRssMb: number;
  /** GET /health at concurrency 1: the transport alone. */
  httpHop?: Series;
  /** Server part (Server-Timing, p50, c=1) of bare Apollo Server + Express, one trivial resolver (apollo-floor.ts). */
  apolloFloorMs?: number;
  results: OperationResult[];
  imports?: ImportRates;
  targets: TargetCheck[];
}

/** One target of issue 8, as measured in this run. */
export interface TargetCheck {
  target: string;
  measured: string;
  met: boolean;
}

/** A bulk load of the benchmark database, as recorded when it was made. */
export interface DatasetLoad {
  size: string;
  mode: 'bulk';
  date: string;
  summary: BulkImportSummary;
}
