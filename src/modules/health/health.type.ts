import { Field, ObjectType } from 'type-graphql';

@ObjectType({ simpleResolvers: true, description: 'Versions of the API and of the Neo4j server behind it' })
export class Health {
  @Field({ description: 'Version of this API (semver)' }) version: string;
  @Field({ description: 'Version of the connected Neo4j server, e.g. 5.26.30' }) neo4jVersion: string;
  @Field({ description: 'Edition of the connected Neo4j server: community or enterprise' }) neo4jEdition: string;
}
