import fc from 'fast-check';
import { AppError } from '../../src/errors/errors';
import { decodeCursor, encodeCursor, type CursorPosition } from '../../src/modules/list/list.cursor';
import { EntityOrder, OrderDirection } from '../../src/modules/list/list.type';

const ORDERS = Object.values(EntityOrder);
const DIRECTIONS = Object.values(OrderDirection);
const b64 = (v: unknown) => Buffer.from(typeof v === 'string' ? v : JSON.stringify(v)).toString('base64url');

/** The error decodeCursor throws for `cursor`, as code, field and message. */
function refusal(
  cursor: string,
  order: EntityOrder = EntityOrder.NAME,
  direction: OrderDirection = OrderDirection.ASC,
) {
  try {
    decodeCursor(cursor, order, direction);
  } catch (e) {
    if (!(e instanceof AppError)) throw e;
    return { code: e.extensions.code, field: e.extensions.field, message: e.message };
  }
  throw new Error(`cursor ${JSON.stringify(cursor)} was accepted`);
}

describe('list cursors', () => {
  it('decode to the position they were made from, for any sort key and id', () => {
    const position = fc.record({
      order: fc.constantFrom(...ORDERS),
      direction: fc.constantFrom(...DIRECTIONS),
      key: fc.oneof(fc.string({ unit: 'binary' }), fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true })),
      id: fc.string({ unit: 'binary' }),
    });
    fc.assert(
      fc.property(position, (p: CursorPosition) => {
        const cursor = encodeCursor(p);
        expect(cursor).toMatch(/^[A-Za-z0-9_-]*$/); // URL-safe, no padding: fits a query string as is
        // -0 survives JSON as 0, which sorts the same.
        expect(decodeCursor(cursor, p.order, p.direction)).toEqual({ ...p, key: Object.is(p.key, -0) ? 0 : p.key });
      }),
    );
  });

  it('are opaque positions, not offsets: the same row gives the same cursor whatever page it is on', () => {
    const p = { order: EntityOrder.DEGREE, direction: OrderDirection.DESC, key: 7, id: 'medsilesia' };
    expect(encodeCursor(p)).toBe(encodeCursor({ ...p }));
    expect(encodeCursor(p)).not.toBe(encodeCursor({ ...p, id: 'medsilesia-2' }));
  });

  it('refuse a cursor of another ordering or direction, naming both and saying to start again', () => {
    const cursor = encodeCursor({ order: EntityOrder.NAME, direction: OrderDirection.ASC, key: 'a', id: 'a' });
    expect(refusal(cursor, EntityOrder.DATE)).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'after',
      message: 'after: the cursor belongs to ordering NAME ASC, not DATE ASC; start again without "after"',
    });
    expect(refusal(cursor, EntityOrder.NAME, OrderDirection.DESC).message).toMatch(/ordering NAME ASC, not NAME DESC/);
  });

  it.each([
    ['not base64 JSON', 'not-a-cursor'],
    ['empty', ''],
    ['JSON but not a list', b64({ order: 'NAME' })],
    ['a prototype-polluting object', b64('{"__proto__": {"polluted": true}, "0": "NAME"}')],
    ['too short', b64(['NAME', 'ASC', 'a'])],
    ['too long', b64(['NAME', 'ASC', 'a', 'b', 'c'])],
    ['a key that is neither text nor a number', b64(['NAME', 'ASC', { $gt: '' }, 'a'])],
    ['a null key', b64(['NAME', 'ASC', null, 'a'])],
    ['a boolean key', b64(['NAME', 'ASC', true, 'a'])],
    ['a numeric id', b64(['NAME', 'ASC', 'a', 42])],
    ['a list as id', b64(['NAME', 'ASC', 'a', ['a']])],
    [
      'truncated',
      encodeCursor({ order: EntityOrder.NAME, direction: OrderDirection.ASC, key: 'k', id: 'i' }).slice(0, -3),
    ],
  ])('refuse a cursor that is %s, naming the field', (_what, cursor) => {
    expect(refusal(cursor)).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'after',
      message: 'after: expected a cursor returned by this list (edges.cursor or pageInfo.endCursor)',
    });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('never throw anything but BAD_USER_INPUT on arbitrary input', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary' }), fc.jsonValue().map(b64)), (cursor) => {
        try {
          const p = decodeCursor(cursor, EntityOrder.NAME, OrderDirection.ASC);
          // Accepted only when it is exactly a position of this ordering.
          expect(['string', 'number']).toContain(typeof p.key);
          expect(typeof p.id).toBe('string');
        } catch (e) {
          expect(e).toBeInstanceOf(AppError);
          expect((e as AppError).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
        }
      }),
    );
  });
});
