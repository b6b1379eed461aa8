/** A small seeded random source: the same seed gives the same history on every machine. */
export interface Random {
  /** Uniform in [0, 1). */
  next(): number;
  /** Uniform integer in [min, max]. */
  int(min: number, max: number): number;
  /** Uniform real in [min, max). */
  between(min: number, max: number): number;
  chance(p: number): boolean;
  pick<T>(items: readonly T[]): T;
  /** An RFC 4122 version-4-shaped id drawn from this source. */
  uuid(): string;
  /** `count` bytes drawn from this source. */
  bytes(count: number): Uint8Array;
}

/**
 * sfc32: 128 bits of state, so that the thousands of per-candidate series of a big history never
 * overlap (a 32-bit generator such as mulberry32 does, and then repeats ids).
 */
export const sfc32 = (seedA: number, seedB: number, seedC: number, seedD: number): Random => {
  let a = seedA >>> 0;
  let b = seedB >>> 0;
  let c = seedC >>> 0;
  let d = seedD >>> 0;
  const next = (): number => {
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
  for (let i = 0; i < 15; i += 1) next();
  const hex = (digits: number): string => {
    let out = '';
    while (out.length < digits) out += Math.floor(next() * 0x10000).toString(16).padStart(4, '0');
    return out.slice(0, digits);
  };
  return {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    between: (min, max) => min + next() * (max - min),
    chance: (p) => next() < p,
    pick: (items) => items[Math.floor(next() * items.length)] as (typeof items)[number],
    uuid: () =>
      `${hex(8)}-${hex(4)}-4${hex(3)}-${(8 + Math.floor(next() * 4)).toString(16)}${hex(3)}-${hex(12)}`,
    bytes: (count) => Uint8Array.from({ length: count }, () => Math.floor(next() * 256)),
  };
};

/** murmur3's finalizer: a bijection on 32-bit integers that spreads every input bit. */
const fmix32 = (value: number): number => {
  let h = value >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
};

/**
 * A seed for the i-th item of a seeded series, so items are independent and each reproducible
 * alone; different seeds give unrelated series (no item of one equals an item of another).
 */
export const seedOf = (seed: number, index: number): number =>
  fmix32((fmix32(seed) + Math.imul(index + 1, 0x9e3779b9)) >>> 0);

/** The random source of the i-th item of a seeded series. */
export const seededRandom = (seed: number, index: number): Random =>
  sfc32(seedOf(seed, index), seedOf(seed ^ 0x5bd1e995, index), seedOf(seed + 0x27d4eb2d, index), index >>> 0);
