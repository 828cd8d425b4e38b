import { GraphQLJSON } from 'graphql-scalars';
import { Arg, Authorized, Ctx, Int, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import { listAnalyses } from './analyses';
import { analystQuery, runAnalysis } from './analyst.service';
import { Analysis, AnalystResult } from './analyst.type';

@Resolver()
export class AnalystResolver {
  @Authorized('analyse')
  @Query(() => AnalystResult, {
    description:
      'Runs a read-only Cypher statement (analyst role). Refused with FORBIDDEN, saying why, when it could write, administer, load files or call a procedure or function outside the allow-list; TIMEOUT past timeoutMs.',
  })
  analystQuery(
    @Ctx() ctx: Context,
    @Arg('cypher', { description: 'One read-only Cypher statement; values go in `params`, not in the text' })
    cypher: string,
    @Arg('params', () => GraphQLJSON, {
      nullable: true,
      description: 'A JSON object; whole numbers are sent as integers',
    })
    params?: unknown,
    @Arg('timeoutMs', () => Int, { nullable: true, description: '100 to 30000, default 5000' }) timeoutMs?: number,
    @Arg('maxRows', () => Int, { nullable: true, description: '1 to 10000, default 1000' }) maxRows?: number,
  ): Promise<AnalystResult> {
    return analystQuery(ctx, cypher, params, { timeoutMs, maxRows });
  }

  @Query(() => [Analysis], { description: 'The saved analyses runAnalysis can run, with their parameters' })
  analyses(): Analysis[] {
    return listAnalyses();
  }

  @Authorized('analyse')
  @Query(() => AnalystResult, {
    description: 'Runs a saved analysis (analyst role) with its parameters checked against its header',
  })
  runAnalysis(
    @Ctx() ctx: Context,
    @Arg('name', { description: 'The analysis, as `analyses` lists it' }) name: string,
    @Arg('params', () => GraphQLJSON, { nullable: true, description: 'A JSON object of its parameters' })
    params?: unknown,
    @Arg('timeoutMs', () => Int, { nullable: true, description: '100 to 30000, default 5000' }) timeoutMs?: number,
    @Arg('maxRows', () => Int, { nullable: true, description: '1 to 10000, default 1000' }) maxRows?: number,
  ): Promise<AnalystResult> {
    return runAnalysis(ctx, name, params, { timeoutMs, maxRows });
  }
}
