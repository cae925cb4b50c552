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
  let stopTimer: ReturnType<typeof setTimeout> | undefined;
  let throttleTimer: ReturnType<typeof setTimeout> | undefined;
  const stop = () => {
    observer?.disconnect();
    observer = null;
    clearTimeout(stopTimer);
  };
  return {
    stats,
    stop() {
      stop();
      clearTimeout(throttleTimer);
      throttleTimer = undefined;
    },
    restart(root) {
      stop();
      observer = new MutationObserver(() => {
        stats.callbacks++;
        if (throttleTimer !== undefined) return;
        throttleTimer = setTimeout(() => {
          throttleTimer = undefined;
          stats.runs++;
          onSettled();
        }, throttleMs);
      });
      observer.observe(root, { childList: true, subtree: true, characterData: true });
      stopTimer = setTimeout(stop, windowMs);
    },
  };
}
