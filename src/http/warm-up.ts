import type { Database } from '../db/driver';
import { ErrorCode } from '../errors/errors';
import { neo4jErrorCode } from '../errors/format';
import { CypherRunner, type NamedQuery } from '../db/runner';
import type { VisibilityScope } from '../auth/visibility';
import { COOPERATION_RELATIONS } from '../model/vocabulary';
import { rankCandidates } from '../modules/matches/matches.repository';
import {
  neighbourhoodQuery,
  pathsQuery,
  sharedPartnersQuery,
  shortestGroupQuery,
} from '../modules/cooperation/cooperation.repository';
import { findRelations } from '../modules/entity/entity.repository';
import { Direction } from '../modules/entity/entity.enum';
import { listQuery, readPage } from '../modules/list/list.service';
import { EntityOrder, OrderDirection } from '../modules/list/list.type';
import { timeWindow, type TimeWindow } from '../modules/time/window';

// Neo4j plans a statement the first time it sees its text (and its parameters' types), and the heaviest of this
// API's take seconds to plan on a small machine: the matches statement 3–11 s on the 2-core machine of
// docs/performance.md, 30–57 s for an organisation's variant under load. Without a warm-up the first caller of
// each after a start paid that, and a first matches request could run out of its 15 s budget. So the server
// runs each hot statement once after it starts, with an id no entity has (nothing is read but the plan is
// made and cached), and says it is not ready until then.

/** An id no entity has: the statements plan as for any id and find nothing. */
const NOBODY = '\u0000warm-up';
/** How long one step may take: an organisation's matches statement took up to 57 s to plan under load. */
const STEP_LIMIT_MS = 120_000;
/** An organisation's scope: the visibility rule's longest variant (src/auth/visibility.ts). */
const ORGANISATION: VisibilityScope = { all: false, own: [NOBODY], partners: [] };

/** One statement to plan, by what it serves. */
export interface WarmUpStep {
  label: string;
  run(runner: CypherRunner): Promise<unknown>;
}

const read = (q: NamedQuery) => (runner: CypherRunner) => runner.readQuery(q);

/** The API's hot statements with the parameter shapes its requests send most: the most used first. */
export function warmUpSteps(): WarmUpStep[] {
  const windows: [string, TimeWindow | undefined][] = [
    ['', undefined],
    [' asOf', timeWindow('2020-01-01')],
  ];
  const steps: WarmUpStep[] = [
    {
      label: 'relations',
      run: (runner) =>
        findRelations(runner, [{ id: NOBODY, types: COOPERATION_RELATIONS, dir: Direction.BOTH, first: 20 }]),
    },
    {
      label: 'list by name',
      run: (runner) =>
        readPage(
          runner,
          listQuery(
            ['Organisation'],
            { first: 20, orderBy: EntityOrder.NAME, direction: OrderDirection.ASC },
            { total: false, sectors: false, countries: false, kinds: false },
          ),
        ),
    },
    {
      label: 'list filtered',
      run: (runner) =>
        readPage(
          runner,
          listQuery(['Organisation'], {
            first: 20,
            orderBy: EntityOrder.NAME,
            direction: OrderDirection.ASC,
            filter: { region: NOBODY },
          }),
        ),
    },
  ];
  for (const [suffix, window] of windows) {
    steps.push(
      {
        label: `paths${suffix}`,
        run: async (runner) => {
          const args = { from: NOBODY, to: NOBODY, maxHops: 4, limit: 3, window };
          await runner.readQuery(shortestGroupQuery(args));
          await runner.readQuery(pathsQuery(args));
        },
      },
      {
        label: `shared partners${suffix}`,
        run: read(sharedPartnersQuery({ ids: [NOBODY, NOBODY], first: 20, window })),
      },
      { label: `neighbourhood${suffix}`, run: read(neighbourhoodQuery({ id: NOBODY, depth: 1, limit: 200, window })) },
      // Both statements of a match: the country rankings, then the candidates.
      { label: `matches${suffix}`, run: (runner) => rankCandidates(runner, NOBODY, 10, { window }) },
    );
  }
  steps.push({
    label: 'matches (organisation)',
    run: (runner) => rankCandidates(runner, NOBODY, 10, { scope: ORGANISATION }),
  });
  return steps;
}

export interface WarmUpReport {
  /** Each step run, with how long it took (ms): mostly planning. */
  planned: { label: string; ms: number }[];
  /** Steps that failed (the database went away, a timeout); the server serves regardless. */
  failed: { label: string; error: string }[];
  /** Steps not started: the budget was spent, or the database was unavailable (the rest would only fail too). */
  skipped: string[];
  ms: number;
}

/**
 * Runs the steps one after the other (planning is CPU work: in parallel they would only slow each other and the
 * first requests) and starts none once the budget is spent or the database was found unavailable; a step started
 * may outlast the budget (STEP_LIMIT_MS at most). Never throws.
 */
export async function warmUp(db: Database, budgetMs: number, steps = warmUpSteps()): Promise<WarmUpReport> {
  const start = Date.now();
  const report: WarmUpReport = { planned: [], failed: [], skipped: [], ms: 0 };
  let unavailable = false;
  for (const step of steps) {
    if (unavailable || Date.now() - start >= budgetMs) {
      report.skipped.push(step.label);
      continue;
    }
    const runner = new CypherRunner(db, {
      deadline: Date.now() + STEP_LIMIT_MS,
      retries: false,
      metadata: { requestId: 'warm-up', operation: step.label },
    });
    const t0 = Date.now();
    try {
      await step.run(runner);
      report.planned.push({ label: step.label, ms: Date.now() - t0 });
    } catch (e) {
      report.failed.push({ label: step.label, error: (e as Error).message.split('\n')[0] });
      unavailable = neo4jErrorCode(e) === ErrorCode.DATABASE_UNAVAILABLE;
    }
  }
  report.ms = Date.now() - start;
  return report;
}
