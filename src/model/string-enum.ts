/**
 * A string enum as a plain object, built from its names: stringEnum(['A', 'B']) is { A: 'A', B: 'B' }, the object a
 * TypeScript `enum { A = 'A', B = 'B' }` compiles to, so `X.A` and type-graphql's registerEnumType work as before.
 * Pair it with `type X = EnumValue<typeof X>` for the type of its values.
 */
export function stringEnum<const N extends string>(names: readonly N[]): { readonly [K in N]: K } {
  return Object.fromEntries(names.map((n) => [n, n])) as { [K in N]: K };
}

/** The union of an enum object's values. */
export type EnumValue<E> = E[keyof E];
