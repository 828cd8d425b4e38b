/** One operator of a PROFILE'd plan, as neo4j-driver gives it (`summary.profile`). */
export interface PlanNode {
  operatorType: string;
  rows: number;
  dbHits: number;
  children: PlanNode[];
}

/** Every operator of a profiled plan, the root first (db hits and rows are deterministic: tests may count them). */
export const planOperators = (p: PlanNode): PlanNode[] => [p, ...p.children.flatMap(planOperators)];
