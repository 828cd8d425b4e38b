import type { CypherRunner } from '../../db/runner';

export interface Neo4jComponent {
  name: string;
  version: string;
  edition: string;
}

/** The Neo4j kernel component: its version and edition. */
export async function findNeo4jComponent(db: CypherRunner): Promise<Neo4jComponent> {
  const rows = await db.read<Neo4jComponent>('system/components');
  return rows.find((r) => r.name === 'Neo4j Kernel') ?? rows[0];
}
