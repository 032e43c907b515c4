import { describe, expect, it } from 'vitest';
import { scriptPerTask } from './task-profile.mjs';

/** A profile as Chromium's Profiler.stop gives it: nodes, the node of each sample, µs between them. */
const profile = {
  startTime: 5_000_000, // µs on the browser's clock: 5,000 ms
  nodes: [
    { id: 1, callFrame: { functionName: '(root)' } },
    { id: 2, callFrame: { functionName: '(program)' } },
    { id: 3, callFrame: { functionName: '(idle)' } },
    { id: 4, callFrame: { functionName: 'render' } },
    { id: 5, callFrame: { functionName: '(garbage collector)' } },
  ],
  // 10 ms each: script, script, GC, native, native, idle, script
  samples: [4, 4, 5, 2, 2, 3, 4],
  timeDeltas: [10_000, 10_000, 10_000, 10_000, 10_000, 10_000, 10_000],
};

describe('script time per long task', () => {
  // The page's clock read 1,000 ms when the profile began: its samples fall at 1,010 … 1,070.
  it('counts script and GC samples within each task, not the native or idle ones', () => {
    expect(scriptPerTask(profile, 1000, [[1000, 50]])).toEqual([30]);
  });

  it('places the samples on the page’s clock, each standing for the interval before it', () => {
    expect(scriptPerTask(profile, 1000, [[1030, 40]])).toEqual([10]);
    expect(scriptPerTask(profile, 1000, [[1040, 20]])).toEqual([0]);
    expect(scriptPerTask(profile, 2000, [[1000, 100]])).toEqual([0]);
  });
});
