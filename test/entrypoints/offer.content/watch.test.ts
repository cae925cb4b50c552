// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createWatcher } from '../../../entrypoints/offer.content/watch';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
  document.body.innerHTML = '';
});

/** Lets happy-dom deliver queued mutation records. */
const flush = () => vi.advanceTimersByTimeAsync(0);

describe('createWatcher', () => {
  it('re-reads the page at most once per throttle period while the offer renders', async () => {
    const onSettled = vi.fn();
    const watcher = createWatcher(onSettled, { throttleMs: 400, windowMs: 6000 });
    watcher.restart(document.body);
    for (let i = 0; i < 50; i++) {
      document.body.append(document.createElement('div'));
      await flush();
    }
    await vi.advanceTimersByTimeAsync(400);
    expect(onSettled).toHaveBeenCalledTimes(1);
    watcher.stop();
  });

  it('sleeps between re-reads: a thousand changes cost one wake-up per throttle period', async () => {
    const onSettled = vi.fn();
    const watcher = createWatcher(onSettled, { throttleMs: 400, windowMs: 6000 });
    watcher.restart(document.body);
    for (let i = 0; i < 1000; i++) {
      document.body.append(document.createElement('i'));
      await vi.advanceTimersByTimeAsync(2);
    }
    await vi.advanceTimersByTimeAsync(400);
    // 2 s of changes, throttled at 400 ms: about five re-reads, and one callback for each.
    expect(onSettled.mock.calls.length).toBeGreaterThanOrEqual(4);
    expect(onSettled.mock.calls.length).toBeLessThanOrEqual(6);
    expect(watcher.stats.callbacks).toBeLessThanOrEqual(onSettled.mock.calls.length + 1);
    // A change after a re-read is still seen: the observer wakes again.
    const reads = onSettled.mock.calls.length;
    document.body.append(document.createElement('b'));
    await vi.advanceTimersByTimeAsync(400);
    expect(onSettled).toHaveBeenCalledTimes(reads + 1);
    watcher.stop();
  });

  it('stops observing after its window, so a page that keeps changing costs nothing', async () => {
    const onSettled = vi.fn();
    const watcher = createWatcher(onSettled, { throttleMs: 400, windowMs: 1000 });
    watcher.restart(document.body);
    await vi.advanceTimersByTimeAsync(1500);
    const before = watcher.stats.callbacks;
    for (let i = 0; i < 1000; i++) document.body.append(document.createElement('span'));
    await vi.advanceTimersByTimeAsync(1000);
    expect(watcher.stats.callbacks).toBe(before);
    expect(onSettled).not.toHaveBeenCalled();
  });

  it('watches only the root it is given', async () => {
    document.body.innerHTML = '<aside id="ads"></aside><main id="offer"></main>';
    const onSettled = vi.fn();
    const watcher = createWatcher(onSettled, { throttleMs: 100, windowMs: 5000 });
    watcher.restart(document.getElementById('offer') as HTMLElement);
    document.getElementById('ads')?.append(document.createElement('img'));
    await vi.advanceTimersByTimeAsync(200);
    expect(onSettled).not.toHaveBeenCalled();
    document.getElementById('offer')?.append('new offer text');
    await vi.advanceTimersByTimeAsync(200);
    expect(onSettled).toHaveBeenCalledTimes(1);
    watcher.stop();
  });
});
