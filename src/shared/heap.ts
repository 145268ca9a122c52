// How far V8 lets the old generation grow past the live heap after each full
// collection (HEAP_GROWING_PERCENT). Under 50 concurrent requests V8 chose up
// to 4 times the live heap: about 170 MB of heap pages for about 40 MB live,
// and a server RSS near 290 MB on PostgreSQL. At 75 % the old generation
// grows to 1.75 times the live heap: about 210-225 MB of RSS, for a few
// percent of throughput (README "Benchmark", "What was tried"). V8 reads the
// flag at each collection, so setting it at start applies it to the whole run.
import { setFlagsFromString } from 'node:v8';

/** Sets V8's heap growing factor; 0 leaves V8's own. Returns the flag set, if any. */
export function applyHeapGrowth(percent: number, setFlags: (flag: string) => void = setFlagsFromString): string | null {
  if (percent <= 0) return null;
  const flag = `--heap-growing-percent=${String(percent)}`;
  setFlags(flag);
  return flag;
}
