// HEAP_GROWING_PERCENT: the server sets V8's heap growing factor at start.
import { describe, expect, it } from 'vitest';
import { applyHeapGrowth } from '../../src/shared/heap.js';
import { ConfigError, loadConfig } from '../../src/shared/config.js';

describe('heap growth', () => {
  it('is 75 % by default and set as V8 flag at start', () => {
    // given
    const { HEAP_GROWING_PERCENT } = loadConfig({});
    const set: string[] = [];
    // when
    const flag = applyHeapGrowth(HEAP_GROWING_PERCENT, (f) => set.push(f));
    // then
    expect(HEAP_GROWING_PERCENT).toBe(75);
    expect(flag).toBe('--heap-growing-percent=75');
    expect(set).toEqual(['--heap-growing-percent=75']);
  });

  it('0 leaves V8 its own growth', () => {
    // given
    const set: string[] = [];
    // when
    const flag = applyHeapGrowth(loadConfig({ HEAP_GROWING_PERCENT: '0' }).HEAP_GROWING_PERCENT, (f) => set.push(f));
    // then
    expect(flag).toBeNull();
    expect(set).toEqual([]);
  });

  it.each(['-1', '301', 'half'])('refuses HEAP_GROWING_PERCENT=%s', (value) => {
    expect(() => loadConfig({ HEAP_GROWING_PERCENT: value })).toThrow(ConfigError);
  });
});
