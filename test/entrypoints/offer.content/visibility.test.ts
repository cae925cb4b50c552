// @vitest-environment happy-dom
// When the launcher's visibility is checked after load: the forcing check (findHidden) runs only where the
// browser cannot say by itself that the launcher is seen.
import { describe, expect, it, vi } from 'vitest';
import { checkAfterFirstView } from '../../../entrypoints/offer.content/visibility';

type Callback = (entries: { isVisible?: boolean }[]) => void;

/** A window whose IntersectionObserver tracks visibility, with the browser's report in our hands. */
function trackingView() {
  const observers: { callback: Callback; options: unknown; observed: Element[]; disconnected: boolean }[] = [];
  class FakeObserver {
    readonly record: (typeof observers)[number];
    constructor(callback: Callback, options: unknown) {
      this.record = { callback, options, observed: [], disconnected: false };
      observers.push(this.record);
    }
    observe(target: Element) {
      this.record.observed.push(target);
    }
    disconnect() {
      this.record.disconnected = true;
    }
  }
  // As in Chromium, `isVisible` is an accessor on the entry's prototype.
  class FakeEntry {
    get isVisible() {
      return true;
    }
  }
  const view = { IntersectionObserver: FakeObserver, IntersectionObserverEntry: FakeEntry };
  return { doc: { defaultView: view } as unknown as Document, observers };
}

describe('the check after first paint', () => {
  it('leaves the page alone when the browser reports the launcher visible', () => {
    const { doc, observers } = trackingView();
    const host = document.createElement('div');
    const diagnose = vi.fn();
    checkAfterFirstView(doc, host, diagnose);
    expect(observers).toHaveLength(1);
    expect(observers[0]?.observed).toEqual([host]);
    expect(observers[0]?.options).toMatchObject({ trackVisibility: true });
    // Chromium throws on a visibility-tracking observer with a delay under 100 ms.
    expect((observers[0]?.options as { delay?: number } | undefined)?.delay ?? 0).toBeGreaterThanOrEqual(100);
    observers[0]?.callback([{ isVisible: true }]);
    expect(diagnose).not.toHaveBeenCalled();
    // One report is all it waits for: a later cover (a page's own dialog) is not taken for hiding.
    expect(observers[0]?.disconnected).toBe(true);
  });

  it('waits for a report made while the tab is shown', () => {
    const { doc, observers } = trackingView();
    let state: DocumentVisibilityState = 'hidden';
    Object.defineProperty(doc, 'visibilityState', { get: () => state });
    const diagnose = vi.fn();
    checkAfterFirstView(doc, document.createElement('div'), diagnose);
    observers[0]?.callback([{ isVisible: false }]);
    expect(diagnose).not.toHaveBeenCalled();
    expect(observers[0]?.disconnected).toBe(false);
    state = 'visible';
    observers[0]?.callback([{ isVisible: false }]);
    expect(diagnose).toHaveBeenCalledTimes(1);
  });

  it('runs the full check when the browser says the launcher may not be seen', () => {
    const { doc, observers } = trackingView();
    const diagnose = vi.fn();
    checkAfterFirstView(doc, document.createElement('div'), diagnose);
    observers[0]?.callback([{ isVisible: false }]);
    expect(diagnose).toHaveBeenCalledTimes(1);
  });

  it('stops watching when cancelled', () => {
    const { doc, observers } = trackingView();
    const cancel = checkAfterFirstView(doc, document.createElement('div'), vi.fn());
    cancel();
    expect(observers[0]?.disconnected).toBe(true);
  });

  it('checks after the first frame where the browser does not track visibility', async () => {
    const diagnose = vi.fn();
    checkAfterFirstView(document, document.createElement('div'), diagnose);
    expect(diagnose).not.toHaveBeenCalled();
    await vi.waitFor(() => expect(diagnose).toHaveBeenCalledTimes(1));
  });

  it('does not check a launcher removed before the first frame', async () => {
    const diagnose = vi.fn();
    const cancel = checkAfterFirstView(document, document.createElement('div'), diagnose);
    cancel();
    await new Promise((r) => setTimeout(r, 50));
    expect(diagnose).not.toHaveBeenCalled();
  });
});
