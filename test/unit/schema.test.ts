import fs from 'node:fs';
import { createSchema, printSortedSchema, SCHEMA_FILE } from '../../src/schema';

describe('schema/schema.graphql', () => {
  it('is the SDL the resolvers build (run `npm run schema` after changing the API)', async () => {
    const committed = fs.readFileSync(SCHEMA_FILE, 'utf8');
    expect(committed).toBe(printSortedSchema(await createSchema()));
  });
});
