// V8 settings the server applies at start, before any WebAssembly is compiled
// (README "Benchmark", "What was tried"; both measured in alternating runs).
//
// HEAP_GROWING_PERCENT: how far the old generation may grow past the live heap
// after each full collection. Under 50 concurrent requests V8 chose up to 4
// times the live heap: about 170 MB of heap pages for about 40 MB live, and a
// server RSS near 290 MB on PostgreSQL. At 75 % it grows to 1.75 times the
// live heap: about 210-225 MB, for up to about 10 % of throughput in
// alternating runs (noisy). V8 reads the flag at each collection.
//
// WASM_TIER_UP: PGlite's PostgreSQL and Prisma's query compiler are
// WebAssembly. By default V8 compiles it with its baseline compiler only
// (`--liftoff-only`): recompiling hot functions with the optimizing compiler
// held about 40-75 MB more memory on PGlite (about 20 MB on PostgreSQL) and,
// on two cores, took CPU from the requests: the dashboard was no slower
// without it in any alternating pair.
import { setFlagsFromString } from 'node:v8';

export interface V8Settings {
  HEAP_GROWING_PERCENT: number;
  WASM_TIER_UP: boolean;
}

/** Sets the V8 flags of these settings; returns them. */
export function applyV8Flags(settings: V8Settings, setFlags: (flag: string) => void = setFlagsFromString): string[] {
  const flags = [
    ...(settings.HEAP_GROWING_PERCENT > 0 ? [`--heap-growing-percent=${String(settings.HEAP_GROWING_PERCENT)}`] : []),
    ...(settings.WASM_TIER_UP ? [] : ['--liftoff-only']),
  ];
  for (const flag of flags) setFlags(flag);
  return flags;
}
