// What bench/import.mjs runs inside the page (installed before it loads) and reads over the
// DevTools protocol, and issue 14's goals the figures are compared with.

/** Init script: the longest gap between animation frames, and long tasks ([start, duration]), once `start` is set. */
export function watchMainThread() {
  window.__watch = { maxGap: 0, maxGapReading: 0, longTasks: [], start: 0 };
  let last = performance.now();
  const tick = (now) => {
    const w = window.__watch;
    if (w.start) w.maxGap = Math.max(w.maxGap, now - last);
    // While the progress bar is up the worker is reading: the page must stay smooth then.
    if (w.start && document.querySelector('.job')) w.maxGapReading = Math.max(w.maxGapReading, now - last);
    last = now;
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
  new PerformanceObserver((list) => {
    for (const e of list.getEntries())
      if (window.__watch.start) window.__watch.longTasks.push([e.startTime, e.duration]);
  }).observe({ type: 'longtask' });
}

/**
 * Init script for the reload: checks every animation frame for the restored import's entry in
 * the panel and its event layer on the map, and records `performance.now()` (time since the
 * reload's navigation started) at the frame after both are there, the first that draws them.
 */
export function watchRestore({ datasetId, layerId }) {
  const r = { entryAt: null, layerAt: null, drawnAt: null };
  window.__restore = r;
  const entry = `.imports .dataset[data-dataset="${CSS.escape(datasetId)}"]`;
  const tick = () => {
    const now = performance.now();
    if (r.entryAt === null && document.querySelector(entry)) r.entryAt = now;
    if (r.layerAt === null && window.map?.getLayer(layerId)) r.layerAt = now;
    if (r.entryAt === null || r.layerAt === null) return requestAnimationFrame(tick);
    requestAnimationFrame(() => {
      r.drawnAt = performance.now();
    });
  };
  requestAnimationFrame(tick);
}

/**
 * The page's main-thread JS heap after a forced GC, MiB (`performance.memory` cannot force one),
 * and apart from it the ArrayBuffers' backing stores (the event columns live there, outside the
 * JS heap, so the heap alone would not show what a million rows hold).
 */
export async function mainMemoryMb(page) {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize, backingStorageSize } = await cdp.send('Runtime.getHeapUsage');
    return { heap: usedSize / 2 ** 20, buffers: (backingStorageSize ?? Number.NaN) / 2 ** 20 };
  } finally {
    await cdp.detach();
  }
}

/** Issue 14's goals by size: ms, ms, MB (the main thread's heap after a forced GC, as the issue says), ms. */
const GOALS = {
  100000: { total_ms: 2500, longest_task_ms: 150, heap_mb: 60, reload_first_frame_ms: 1000 },
  1000000: { total_ms: 15_000, longest_task_ms: 200, heap_mb: 200, reload_first_frame_ms: 2500 },
};

const round1 = (x) => Math.round(x * 10) / 10;

/** One line per record: each figure against its goal, "meets" or "misses"; a miss is not a failure. */
export function goalLine(r) {
  const goals = GOALS[r.rows];
  if (!goals) return `${r.rows.toLocaleString('en')} rows: no goals at this size`;
  const figures = { ...r, heap_mb: r.heap_main_mb };
  const parts = Object.entries(goals).map(([key, goal]) => {
    const got = figures[key] ?? null;
    const verdict = got === null ? 'not measured' : got <= goal ? 'meets' : 'misses';
    const name = key === 'heap_mb' ? 'main heap' : key.replace(/_ms$/, '');
    return `${name} ${got === null ? '–' : round1(got)} (≤ ${goal}) ${verdict}`;
  });
  return `${r.rows.toLocaleString('en')} rows: ${parts.join('; ')}`;
}
