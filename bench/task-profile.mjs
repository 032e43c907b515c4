// How much of each long task during an import was the page's own script, read from a CPU profile
// of its main thread: JavaScript, with the layout and GL calls it made (those count to the
// function that made them), and garbage collection. The rest of a task is the browser's native
// work outside any script, "(program)" in the profile: in software rendering (SwiftShader) that
// is mostly the WebGL canvas read back for the compositor, waiting on the rasteriser to finish
// the frame, which a GPU does in milliseconds.

/** Starts sampling the page's main thread (every 1 ms: light enough to leave the timings be). */
export async function startTaskProfile(page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 1000 });
  // The profile's clock is the browser's monotonic one, the long tasks' the page's: the offset
  // between them is taken around the start (to the protocol's round trip, a few ms).
  const before = await page.evaluate(() => performance.now());
  await cdp.send('Profiler.start');
  const after = await page.evaluate(() => performance.now());
  return {
    /** Stops; for long tasks `[start, duration][]` (page clock, ms), their script ms each. */
    async scriptOf(longTasks) {
      const { profile } = await cdp.send('Profiler.stop');
      await cdp.detach();
      return scriptPerTask(profile, (before + after) / 2, longTasks);
    },
  };
}

const OUTSIDE_SCRIPT = new Set(['(program)', '(idle)']);

/** Each task's ms of samples whose frame is script (or GC), by the samples' own intervals. */
export function scriptPerTask(profile, pageStartMs, longTasks) {
  const outside = new Set(
    profile.nodes.filter((n) => OUTSIDE_SCRIPT.has(n.callFrame.functionName)).map((n) => n.id),
  );
  const offset = profile.startTime / 1000 - pageStartMs;
  const samples = [];
  let at = profile.startTime / 1000;
  for (let i = 0; i < profile.samples.length; i++) {
    const delta = (profile.timeDeltas[i] ?? 0) / 1000;
    at += delta;
    // A sample stands for the interval before it.
    samples.push({ at: at - offset, ms: delta, script: !outside.has(profile.samples[i]) });
  }
  return longTasks.map(([start, duration]) =>
    samples
      .filter((s) => s.script && s.at > start && s.at <= start + duration)
      .reduce((sum, s) => sum + s.ms, 0),
  );
}
