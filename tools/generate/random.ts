/**
 * Seeded randomness for the generator: a small PRNG (sfc32, seeded through splitmix32), sampling
 * helpers (weighted choice, power laws) and a Fenwick tree for sampling ∝ weights that change.
 * Never Math.random: the same seed must give the same bytes.
 */

/** 32-bit FNV-1a hash of a string, mixed with a seed. */
export function hashString(s: string, seed = 0): number {
  let h = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}

function splitmix32(x: number): () => number {
  let s = x >>> 0;
  return () => {
    s = (s + 0x9e3779b9) >>> 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    return (z ^ (z >>> 16)) >>> 0;
  };
}

/** A seeded pseudo-random generator (sfc32) with the helpers the generator needs. */
export class Rng {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  constructor(readonly seed: number) {
    const sm = splitmix32(seed);
    this.a = sm();
    this.b = sm();
    this.c = sm();
    this.d = sm();
    for (let i = 0; i < 12; i++) this.u32();
  }

  /** A generator for one purpose (`label`) and optional index, independent of this one's state. */
  fork(label: string, index = 0): Rng {
    return new Rng(hashString(`${label}#${index}`, this.seed));
  }

  /** The next unsigned 32-bit integer. */
  u32(): number {
    const t = (((this.a + this.b) >>> 0) + this.d) >>> 0;
    this.d = (this.d + 1) >>> 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) >>> 0;
    this.c = ((this.c << 21) | (this.c >>> 11)) >>> 0;
    this.c = (this.c + t) >>> 0;
    return t;
  }

  /** Uniform in [0, 1). */
  next(): number {
    return this.u32() / 4294967296;
  }

  /** Uniform integer in [0, n). */
  int(n: number): number {
    return Math.floor(this.next() * n);
  }

  /** Uniform integer in [lo, hi] (both inclusive). */
  between(lo: number, hi: number): number {
    return lo + this.int(hi - lo + 1);
  }

  /** True with probability p. */
  chance(p: number): boolean {
    return this.next() < p;
  }

  /** A uniformly chosen element. */
  pick<T>(items: readonly T[]): T {
    return items[this.int(items.length)];
  }

  /** Standard normal (Box–Muller). */
  normal(): number {
    const u = 1 - this.next();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * this.next());
  }

  /** Log-normal with median `median` and log-spread `sigma`. */
  lognormal(median: number, sigma: number): number {
    return median * Math.exp(sigma * this.normal());
  }

  /** Pareto (power-law tail): P(X > x) = (xm / x)^alpha for x ≥ xm. */
  pareto(xm: number, alpha: number): number {
    return xm * Math.pow(1 - this.next(), -1 / alpha);
  }

  /** A heavy-tailed integer in [min, max]: floor of a Pareto, capped. */
  powerInt(min: number, alpha: number, max: number): number {
    return Math.min(max, Math.floor(this.pareto(min, alpha)));
  }

  /** An index chosen ∝ weights, given their running sums (`cumulative`). */
  weighted(cum: ArrayLike<number>, lo = 0, hi = cum.length): number {
    const base = lo > 0 ? cum[lo - 1] : 0;
    const x = base + this.next() * (cum[hi - 1] - base);
    let a = lo;
    let b = hi - 1;
    while (a < b) {
      const m = (a + b) >> 1;
      if (cum[m] > x) b = m;
      else a = m + 1;
    }
    return a;
  }

  /** An index chosen ∝ a small list of weights. */
  choose(weights: readonly number[]): number {
    let total = 0;
    for (const w of weights) total += w;
    let x = this.next() * total;
    for (let i = 0; i < weights.length; i++) {
      x -= weights[i];
      if (x < 0) return i;
    }
    return weights.length - 1;
  }
}

/** Running sums of weights (for Rng.weighted). */
export function cumulative(weights: ArrayLike<number>): Float64Array {
  const out = new Float64Array(weights.length);
  let s = 0;
  for (let i = 0; i < weights.length; i++) out[i] = s += weights[i];
  return out;
}

/** Splits `total` into integer parts ∝ weights (largest remainder; deterministic). */
export function apportion(total: number, weights: ArrayLike<number>): Int32Array {
  const n = weights.length;
  const out = new Int32Array(n);
  let sum = 0;
  for (let i = 0; i < n; i++) sum += weights[i];
  const rest: [number, number][] = [];
  let given = 0;
  for (let i = 0; i < n; i++) {
    const exact = (total * weights[i]) / sum;
    out[i] = Math.floor(exact);
    given += out[i];
    rest.push([exact - out[i], i]);
  }
  rest.sort((x, y) => y[0] - x[0] || x[1] - y[1]);
  for (let k = 0; k < total - given; k++) out[rest[k % n][1]]++;
  return out;
}

/**
 * Weights that change while we sample (a Fenwick tree): sample an index ∝ its weight within any
 * contiguous range in O(log n). Entities are laid out by country and region, so a range is a region,
 * a country or everything.
 */
export class WeightTree {
  private readonly tree: Float64Array;
  readonly weight: Float64Array;
  private readonly top: number;

  constructor(readonly n: number) {
    this.tree = new Float64Array(n + 1);
    this.weight = new Float64Array(n);
    let top = 1;
    while (top * 2 <= n) top *= 2;
    this.top = top;
  }

  /** Adds delta to the weight of i. */
  add(i: number, delta: number): void {
    this.weight[i] += delta;
    for (let j = i + 1; j <= this.n; j += j & -j) this.tree[j] += delta;
  }

  /** Sum of the weights of [0, i). */
  prefix(i: number): number {
    let s = 0;
    for (let j = i; j > 0; j -= j & -j) s += this.tree[j];
    return s;
  }

  /** An index in [lo, hi) chosen ∝ weight, or -1 when the range weighs nothing. */
  sample(rng: Rng, lo = 0, hi = this.n): number {
    if (hi <= lo) return -1;
    const a = this.prefix(lo);
    const span = this.prefix(hi) - a;
    if (!(span > 1e-9)) return -1;
    let x = a + rng.next() * span;
    let pos = 0;
    for (let step = this.top; step > 0; step >>= 1) {
      if (pos + step <= this.n && this.tree[pos + step] <= x) {
        pos += step;
        x -= this.tree[pos];
      }
    }
    const i = Math.min(Math.max(pos, lo), hi - 1);
    return this.weight[i] > 0 ? i : -1;
  }
}
