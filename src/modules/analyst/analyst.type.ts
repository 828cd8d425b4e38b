import { GraphQLJSON } from 'graphql-scalars';
import { Field, Int, ObjectType } from 'type-graphql';
import { Subgraph } from '../cooperation/cooperation.type';

@ObjectType({ simpleResolvers: true, description: 'The answer to an analyst statement or a saved analysis' })
export class AnalystResult {
  @Field(() => [String], { description: 'Column names in the order the statement returns them' }) columns: string[];
  @Field(() => [GraphQLJSON], {
    description:
      'One JSON object per row, keyed by column. Integers are numbers (strings beyond 2^53), temporals ISO 8601 strings, points {srid, x, y, z?}, nodes {elementId, labels, properties}, relationships {elementId, type, start, end, properties}, paths {start, end, segments}',
  })
  rows: unknown[];

  @Field({ description: 'True when the row cap cut the result' }) truncated: boolean;
  @Field(() => Subgraph, {
    description: 'The entities and relationships the rows contain (paths included), for drawing',
  })
  graph: Subgraph;

  @Field(() => Int, { description: 'Milliseconds the database took, planning and checks included' }) elapsedMs: number;
}

@ObjectType({ simpleResolvers: true, description: 'A parameter of a saved analysis' })
export class AnalysisParameter {
  @Field({ description: 'Its name in `params`' }) name: string;
  @Field({ description: 'String, ID, Int, Float, Boolean, or a list of one of them such as [ID]' }) type: string;
  @Field({ description: 'Whether the analysis refuses to run without it' }) required: boolean;
  @Field(() => GraphQLJSON, { nullable: true, description: 'Used when the parameter is not given' })
  defaultValue?: unknown;

  @Field({ description: 'What it means' }) description: string;
}

@ObjectType({
  simpleResolvers: true,
  description: 'A saved analysis: named, described, parameterised read-only Cypher (cypher/analyses)',
})
export class Analysis {
  @Field({ description: 'What runAnalysis takes' }) name: string;
  @Field({ description: 'A title for people' }) title: string;
  @Field({ description: 'What the analysis answers' }) description: string;
  @Field(() => [AnalysisParameter], { description: 'What it takes' }) parameters: AnalysisParameter[];

  /** The Cypher text (not exposed: the header says what it does). */
  cypherName: string;
}
