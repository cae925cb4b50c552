export interface WatchStats {
  /** MutationObserver callbacks the browser delivered. */
  callbacks: number;
  /** Times `onSettled` ran (at most one per throttle period). */
  runs: number;
}

export interface Watcher {
  /** Starts a fresh watch window on `root`, dropping any earlier one. */
  restart(root: Node): void;
  stop(): void;
  readonly stats: WatchStats;
}

/**
 * Watches part of a page for changes during a short window (after a navigation, while the offer renders),
 * calling `onSettled` at most once per `throttleMs`. Outside that window nothing is observed, so a page
 * that keeps changing costs nothing.
 */
export function createWatcher(
  onSettled: () => void,
  { throttleMs, windowMs }: { throttleMs: number; windowMs: number },
): Watcher {
  const stats: WatchStats = { callbacks: 0, runs: 0 };
  let observer: MutationObserver | null = null;
  let root: Node | null = null;
  let windowOpen = false;
  let stopTimer: ReturnType<typeof setTimeout> | undefined;
  let throttleTimer: ReturnType<typeof setTimeout> | undefined;
  const options: MutationObserverInit = { childList: true, subtree: true, characterData: true };

  const stop = () => {
    observer?.disconnect();
    observer = null;
    windowOpen = false;
    clearTimeout(stopTimer);
  };
  // The first change wakes us; the observer then sleeps until the throttled re-read has run, so a page
  // that changes a thousand times in a period costs one callback, not a thousand.
  const onChange = () => {
    stats.callbacks++;
    observer?.disconnect();
    if (throttleTimer !== undefined) return;
    throttleTimer = setTimeout(() => {
      throttleTimer = undefined;
      stats.runs++;
      onSettled();
      if (windowOpen && observer && root) observer.observe(root, options);
    }, throttleMs);
  };
  return {
    stats,
    stop() {
      stop();
      clearTimeout(throttleTimer);
      throttleTimer = undefined;
    },
    restart(next) {
      stop();
      root = next;
      windowOpen = true;
      observer = new MutationObserver(onChange);
      observer.observe(next, options);
      stopTimer = setTimeout(stop, windowMs);
    },
  };
}
