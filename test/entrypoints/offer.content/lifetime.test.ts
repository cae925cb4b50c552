// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { createLifetime, type Lifetime } from '../../../entrypoints/offer.content/lifetime';

const RETIRE = 'test-extension:offer:wxt:content-script-started';
const lives: Lifetime[] = [];
const start = () => {
  const life = createLifetime(window, RETIRE);
  lives.push(life);
  return life;
};
afterEach(() => {
  for (const life of lives.splice(0)) life.end();
});

const retireEvent = () =>
  new CustomEvent(RETIRE, { detail: { contentScriptName: 'offer', messageId: 'from-the-page' } });

describe('the content script lifetime', () => {
  it('is not ended by a page dispatching WXT’s retire event while the extension is there', () => {
    const life = start();
    document.dispatchEvent(retireEvent());
    expect(life.signal.aborted).toBe(false);
    expect(life.check()).toBe(false);
  });

  it('notices once that the extension is gone, and then steps aside for a newer copy of the script', () => {
    const life = start();
    const orphaned = vi.fn();
    life.onOrphaned(orphaned);
    vi.spyOn(browser, 'runtime', 'get').mockReturnValue(undefined as never);
    expect(life.check()).toBe(true);
    expect(life.check()).toBe(true);
    expect(orphaned).toHaveBeenCalledTimes(1);
    expect(life.signal.aborted).toBe(false);
    document.dispatchEvent(retireEvent());
    expect(life.signal.aborted).toBe(true);
  });

  it('follows the page URL on its own, whatever events the page sends', async () => {
    vi.useFakeTimers();
    const life = start();
    const changed = vi.fn();
    life.onLocationChange(changed);
    window.dispatchEvent(new Event('test-extension:offer:wxt:locationchange'));
    vi.advanceTimersByTime(1500);
    expect(changed).not.toHaveBeenCalled();
    history.pushState({}, '', '/jobs/2');
    vi.advanceTimersByTime(1500);
    expect(changed).toHaveBeenCalledTimes(1);
    vi.useRealTimers();
  });

  it('looks for a vanished extension on a timer only once asked to (the screener runs), and on a new URL', () => {
    vi.useFakeTimers();
    const life = start();
    const orphaned = vi.fn();
    life.onOrphaned(orphaned);
    const runtime = vi.spyOn(browser, 'runtime', 'get').mockReturnValue(undefined as never);
    vi.advanceTimersByTime(30_000);
    // A page that only shows the launcher is left alone.
    expect(orphaned).not.toHaveBeenCalled();
    life.pollForOrphan();
    vi.advanceTimersByTime(10_000);
    expect(orphaned).toHaveBeenCalledTimes(1);
    runtime.mockRestore();

    const other = start();
    const changed = vi.fn();
    const gone = vi.fn();
    other.onLocationChange(changed);
    other.onOrphaned(gone);
    vi.spyOn(browser, 'runtime', 'get').mockReturnValue(undefined as never);
    history.pushState({}, '', '/jobs/3');
    vi.advanceTimersByTime(1500);
    expect(gone).toHaveBeenCalledTimes(1);
    // An orphaned script does not follow the site any more.
    expect(changed).not.toHaveBeenCalled();
    vi.restoreAllMocks();
    vi.useRealTimers();
  });

  it('once ended, stops following the page and tells every end listener, those added later too', () => {
    vi.useFakeTimers();
    const life = start();
    const changed = vi.fn();
    const ended = vi.fn();
    life.onLocationChange(changed);
    life.onEnd(ended);
    life.end();
    life.end();
    expect(ended).toHaveBeenCalledTimes(1);
    expect(life.ended()).toBe(true);
    // A signal asked for only now is aborted already, and what listens to it is dropped at once.
    expect(life.signal.aborted).toBe(true);
    const late = vi.fn();
    life.onEnd(late);
    expect(late).toHaveBeenCalledTimes(1);
    history.pushState({}, '', '/jobs/4');
    window.dispatchEvent(new PopStateEvent('popstate'));
    vi.advanceTimersByTime(1500);
    expect(changed).not.toHaveBeenCalled();
    vi.useRealTimers();
  });

  it('aborts a signal taken before the end', () => {
    const life = start();
    const signal = life.signal;
    const aborted = vi.fn();
    signal.addEventListener('abort', aborted);
    life.end();
    expect(signal.aborted).toBe(true);
    expect(aborted).toHaveBeenCalledTimes(1);
  });
});
