/** A small seeded PRNG (mulberry32) and the picking helpers the generator draws every choice from. */

export type Choices = Record<string, string>;

/** A dimension value to leave out, always or only when earlier dimensions took the given values. */
export interface Exclusion {
  dimension: string;
  value: string;
  when?: Record<string, string>;
}

export interface Rng {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [lo, hi], both included. */
  int(lo: number, hi: number): number;
  pick<T>(values: readonly T[]): T;
  chance(p: number): boolean;
  shuffle<T>(values: readonly T[]): T[];
  /** Draws a value of a named dimension, skipping excluded values, and records it in `choices`. */
  choose<T extends string>(dimension: string, values: readonly T[]): T;
  /** Records a dimension value decided by the document itself (a fallback or a forced value). */
  record(dimension: string, value: string): void;
  readonly choices: Choices;
}

/** mulberry32: 32-bit state, good enough spread for test data, identical on every platform. */
export function createRng(seed: number, exclusions: readonly Exclusion[] = []): Rng {
  let state = seed >>> 0;
  const choices: Choices = {};
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1));
  const pick = <T>(values: readonly T[]): T => values[int(0, values.length - 1)];
  return {
    next,
    int,
    pick,
    chance: (p) => next() < p,
    shuffle<T>(values: readonly T[]) {
      const out = [...values];
      for (let i = out.length - 1; i > 0; i--) {
        const j = int(0, i);
        [out[i], out[j]] = [out[j], out[i]];
      }
      return out;
    },
    choose<T extends string>(dimension: string, values: readonly T[]): T {
      const skipped = (v: string) => exclusions.some((e) => e.dimension === dimension && e.value === v
        && Object.entries(e.when ?? {}).every(([d, w]) => choices[d] === w));
      const allowed = values.filter((v) => !skipped(v));
      const value = pick(allowed.length > 0 ? allowed : values);
      choices[dimension] = value;
      return value;
    },
    record(dimension, value) {
      choices[dimension] = value;
    },
    choices,
  };
}
