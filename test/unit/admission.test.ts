import { AdmissionGate } from '../../src/http/admission';

const settled = async <T>(p: Promise<T>) => {
  let state = 'pending';
  p.then(
    () => (state = 'resolved'),
    () => (state = 'rejected'),
  );
  await new Promise((r) => setImmediate(r));
  return state;
};

describe('admission gate for heavy requests', () => {
  it('lets `slots` requests in at once, queues the rest first come first served, and passes a freed slot on', async () => {
    const gate = new AdmissionGate(2);
    const a = await gate.enter();
    const b = await gate.enter();
    const c = gate.enter();
    const d = gate.enter();
    expect([gate.active, gate.queued]).toEqual([2, 2]);
    expect(await settled(c)).toBe('pending');
    a();
    a(); // a second release of the same slot frees nothing more
    expect(await settled(c)).toBe('resolved');
    expect(await settled(d)).toBe('pending');
    expect([gate.active, gate.queued]).toEqual([2, 1]);
    b();
    expect(await settled(d)).toBe('resolved');
    (await c)();
    (await d)();
    expect([gate.active, gate.queued, gate.admitted]).toEqual([0, 0, 4]);
  });

  it('a burst of queued heavy requests does not pay for a stack trace each (the TIMEOUT answer carries none)', async () => {
    const gate = new AdmissionGate(1);
    const first = await gate.enter();
    const limit = Error.stackTraceLimit;
    const waited = gate.enter(Date.now() + 20);
    expect(Error.stackTraceLimit).toBe(limit);
    const error = await waited.then(
      () => null,
      (e: Error) => e,
    );
    expect(error?.message).toMatch(/at most 1 run at once/);
    expect(error?.stack ?? '').not.toMatch(/\n\s+at /);
    first();
  });

  it('fails a waiting request with TIMEOUT when its time budget runs out, and the slot it never got stays usable', async () => {
    const gate = new AdmissionGate(1);
    const first = await gate.enter();
    const waited = gate.enter(Date.now() + 30);
    await expect(waited).rejects.toMatchObject({
      extensions: { code: 'TIMEOUT', http: { status: 503 } },
      message: expect.stringMatching(/at most 1 run at once/),
    });
    expect(gate.queued).toBe(0);
    first();
    const next = await gate.enter(Date.now() + 1000);
    expect(gate.active).toBe(1);
    next();
    expect(gate.active).toBe(0);
  });
});
