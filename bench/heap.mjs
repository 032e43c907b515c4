// JS heap of the page's workers (MapLibre's tile workers), read over the DevTools protocol:
// `performance.memory` does not exist inside workers.

let nextId = 1;

async function workerHeap(cdp, targetId) {
  const { sessionId } = await cdp.send('Target.attachToTarget', { targetId, flatten: false });
  const id = nextId++;
  const reply = new Promise((resolve) => {
    const onMessage = (e) => {
      const m = JSON.parse(e.message);
      if (m.id !== id) return;
      cdp.off('Target.receivedMessageFromTarget', onMessage);
      resolve(m.result?.usedSize ?? 0);
    };
    cdp.on('Target.receivedMessageFromTarget', onMessage);
  });
  await cdp.send('Target.sendMessageToTarget', {
    sessionId,
    message: JSON.stringify({ id, method: 'Runtime.getHeapUsage' }),
  });
  const timeout = new Promise((resolve) => setTimeout(() => resolve(null), 5000));
  const used = await Promise.race([reply, timeout]);
  await cdp.send('Target.detachFromTarget', { sessionId }).catch(() => {});
  return used;
}

/** Sum of the used JS heap of every worker in the browser, MB; null if none could be read. */
export async function workersHeapMb(browser) {
  const cdp = await browser.newBrowserCDPSession();
  try {
    const { targetInfos } = await cdp.send('Target.getTargets');
    const workers = targetInfos.filter((t) => t.type === 'worker');
    let total = 0;
    let read = 0;
    for (const w of workers) {
      const used = await workerHeap(cdp, w.targetId);
      if (used !== null) [total, read] = [total + used, read + 1];
    }
    return read > 0 ? total / 2 ** 20 : null;
  } finally {
    await cdp.detach();
  }
}
