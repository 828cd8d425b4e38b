import { Ctx, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import { API_VERSION } from '../../version';
import { findNeo4jComponent } from './health.repository';
import { Health } from './health.type';

@Resolver(() => Health)
export class HealthResolver {
  @Query(() => Health, { description: 'The API version and the Neo4j server it is connected to' })
  async health(@Ctx() ctx: Context): Promise<Health> {
    const neo4j = await findNeo4jComponent(ctx.db);
    return { version: API_VERSION, neo4jVersion: neo4j.version, neo4jEdition: neo4j.edition };
  }
}
