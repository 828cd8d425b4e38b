import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isLeafType,
  isNonNullType,
  isObjectType,
  type GraphQLField,
  type GraphQLInputField,
  type GraphQLObjectType,
  type GraphQLSchema,
} from 'graphql';
import { FIELD_DESCRIPTIONS, VALUE_DESCRIPTIONS } from '../../src/model/glossary';
import {
  COMMON_FIELDS,
  ENTITY_KINDS,
  KIND_SPECS,
  RELATION_ROLES,
  type FieldType,
  type VocabularyEnum,
} from '../../src/model/vocabulary';
import { enumValueName } from '../../src/modules/entity/entity.enum';
import { createSchema } from '../../src/schema';

// The API is built from the vocabulary the import validator uses: if a kind's GraphQL type or input
// gains, loses or retypes a field on its own, the two would accept different records.

const SCALARS: Record<Exclude<FieldType, object>, string> = {
  string: 'String',
  date: 'String',
  integer: 'Int',
  number: 'Float',
};

let schema: GraphQLSchema;
beforeAll(async () => {
  schema = await createSchema();
});

/**
 * A field as `name: Type` or `name: Type!`, enums as `Enum(stored values)`: what the vocabulary says, in one string.
 */
function described(field: GraphQLField<unknown, unknown> | GraphQLInputField): string {
  const named = getNamedType(field.type);
  const type = isEnumType(named)
    ? `${named.name}(${named
        .getValues()
        .map((v) => `${v.name}=${v.value}`)
        .join(',')})`
    : named.name;
  return `${field.name}: ${type}${isNonNullType(field.type) ? '!' : ''}`;
}

/** The same, from the vocabulary: required fields are non-null, enums carry every value under its GraphQL name. */
function expected(kind: (typeof ENTITY_KINDS)[number]): string[] {
  const spec = KIND_SPECS[kind];
  return Object.entries(spec.fields)
    .map(([name, t]) => {
      const type =
        typeof t === 'object' ? `${t.name}(${t.enum.map((v) => `${enumValueName(v)}=${v}`).join(',')})` : SCALARS[t];
      return `${name}: ${type}${spec.required.includes(name) ? '!' : ''}`;
    })
    .sort();
}

describe('the schema agrees with the vocabulary (model/vocabulary.ts)', () => {
  it('has an object type per kind whose own leaf fields are exactly the kind’s fields, typed and nullable as the vocabulary says', () => {
    const entity = schema.getType('Entity');
    if (!isInterfaceType(entity)) throw new Error('Entity is not an interface');
    const common = new Set(Object.keys(entity.getFields()));
    expect([...common].sort()).toEqual(
      expect.arrayContaining([...COMMON_FIELDS].filter((f) => f !== 'sources').sort()),
    );
    for (const kind of ENTITY_KINDS) {
      const type = schema.getType(kind);
      if (!isObjectType(type)) throw new Error(`${kind} is not an object type`);
      expect(type.getInterfaces().map((i) => i.name)).toEqual(['Node', 'Entity']);
      // Relation fields (members, projects…) return objects; a kind's stored facts are leaves.
      const own = Object.values(type.getFields()).filter(
        (f) => !common.has(f.name) && isLeafType(getNamedType(f.type)),
      );
      expect({ kind, fields: own.map(described).sort() }).toEqual({ kind, fields: expected(kind) });
    }
  });

  it('has an upsert input per kind carrying the common fields and exactly the kind’s own', () => {
    const common: string[] = COMMON_FIELDS.filter((f) => f !== 'kind'); // the mutation's name gives the kind
    for (const kind of ENTITY_KINDS) {
      const input = schema.getType(`${kind}Input`);
      if (!isInputObjectType(input)) throw new Error(`${kind}Input is not an input type`);
      const fields = Object.values(input.getFields());
      expect({
        kind,
        common: fields
          .filter((f) => common.includes(f.name))
          .map((f) => f.name)
          .sort(),
      }).toEqual({ kind, common: common.sort() });
      expect({
        kind,
        fields: fields
          .filter((f) => !common.includes(f.name))
          .map(described)
          .sort(),
      }).toEqual({ kind, fields: expected(kind) });
    }
  });

  it('has an upsert mutation and a list query per kind, typed with the kind’s input, object and connection', () => {
    const mutations = schema.getMutationType()!.getFields();
    const queries = schema.getQueryType()!.getFields();
    for (const kind of ENTITY_KINDS) {
      const upsert = mutations[`upsert${kind}`];
      expect({
        kind,
        args: upsert?.args.map((a) => `${a.name}: ${String(a.type)}`),
        type: String(upsert?.type),
      }).toEqual({ kind, args: [`input: ${kind}Input!`], type: `${kind}!` });
      const list = queries[`${kind.toLowerCase()}s`];
      expect({ kind, type: String(list?.type) }).toEqual({ kind, type: `${kind}Connection!` });
    }
  });

  it('types every relation role as one enum of all roles, on relations and links alike', () => {
    const role = schema.getType('RelationRole');
    if (!isEnumType(role)) throw new Error('RelationRole is not an enum');
    expect(
      role
        .getValues()
        .map((v) => v.value)
        .sort(),
    ).toEqual([...RELATION_ROLES].sort());
    expect(role.getValue('SITE_VISIT')?.value).toBe('site-visit');
    for (const holder of ['RelationEdge', 'LinkInput']) {
      const type = schema.getType(holder) as {
        getFields(): Record<string, GraphQLField<unknown, unknown> | GraphQLInputField>;
      };
      expect(String(type.getFields().role.type)).toBe('RelationRole');
    }
  });

  it('names every vocabulary value so that the name leads back to one value (no two collide)', () => {
    const lists = [
      ...Object.values(KIND_SPECS)
        .flatMap((s) => Object.values(s.fields))
        .filter((t) => typeof t === 'object')
        .map((t) => t.enum),
      RELATION_ROLES,
    ];
    for (const values of lists) {
      const names = values.map(enumValueName);
      expect(new Set(names).size).toBe(values.length);
      for (const n of names) expect(n).toMatch(/^[A-Z][A-Z0-9_]*$/);
    }
    expect(enumValueName('research-institute')).toBe('RESEARCH_INSTITUTE');
  });

  it('describes every kind field and every vocabulary value (the glossary leaves no word of the vocabulary unexplained)', () => {
    const undescribed: string[] = [];
    for (const kind of ENTITY_KINDS) {
      const type = schema.getType(kind);
      if (!isObjectType(type) || !type.description) undescribed.push(kind);
      for (const name of Object.keys(KIND_SPECS[kind].fields))
        if (!FIELD_DESCRIPTIONS[name] || !(type as GraphQLObjectType).getFields()[name]?.description)
          undescribed.push(`${kind}.${name}`);
    }
    const lists: VocabularyEnum[] = [
      ...Object.values(KIND_SPECS)
        .flatMap((s) => Object.values(s.fields))
        .filter((t): t is VocabularyEnum => typeof t === 'object'),
      { name: 'RelationRole', enum: RELATION_ROLES },
    ];
    for (const { name, enum: values } of lists) {
      const type = schema.getType(name);
      if (!isEnumType(type)) throw new Error(`${name} is not an enum`);
      for (const v of values) {
        const text = VALUE_DESCRIPTIONS[name]?.[v];
        if (!text || type.getValue(enumValueName(v))?.description !== text) undescribed.push(`${name}.${v}`);
      }
      // A description left behind for a value the vocabulary dropped would describe nothing.
      for (const v of Object.keys(VALUE_DESCRIPTIONS[name] ?? {}))
        if (!values.includes(v)) undescribed.push(`${name}.${v} (not in the vocabulary)`);
    }
    expect(undescribed).toEqual([]);
  });
});
