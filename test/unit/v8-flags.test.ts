// HEAP_GROWING_PERCENT and WASM_TIER_UP: the V8 flags the server sets at start.
import { describe, expect, it } from 'vitest';
import { applyV8Flags } from '../../src/shared/v8-flags.js';
import { ConfigError, loadConfig } from '../../src/shared/config.js';

describe('V8 flags', () => {
  it('by default: the old generation grows by 75 %, WebAssembly stays on the baseline compiler', () => {
    // given
    const config = loadConfig({});
    const set: string[] = [];
    // when
    const flags = applyV8Flags(config, (f) => set.push(f));
    // then
    expect(config).toMatchObject({ HEAP_GROWING_PERCENT: 75, WASM_TIER_UP: false });
    expect(flags).toEqual(['--heap-growing-percent=75', '--liftoff-only']);
    expect(set).toEqual(flags);
  });

  it("HEAP_GROWING_PERCENT=0 and WASM_TIER_UP=true leave V8's own choices", () => {
    // given
    const set: string[] = [];
    // when
    const flags = applyV8Flags(loadConfig({ HEAP_GROWING_PERCENT: '0', WASM_TIER_UP: 'true' }), (f) => set.push(f));
    // then
    expect(flags).toEqual([]);
    expect(set).toEqual([]);
  });

  it.each([{ HEAP_GROWING_PERCENT: '-1' }, { HEAP_GROWING_PERCENT: '301' }, { HEAP_GROWING_PERCENT: 'half' }, { WASM_TIER_UP: 'maybe' }])(
    'refuses %o',
    (env) => {
      expect(() => loadConfig(env)).toThrow(ConfigError);
    },
  );
});
