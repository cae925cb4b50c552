/** Why the launcher (or the open checklist) cannot be seen; null when it can. */
export type HiddenReason =
  | 'removed'
  | 'display'
  | 'visibility'
  | 'opacity'
  | 'clipped'
  | 'size'
  | 'offscreen'
  | 'covered';

/** Below this opacity (of the host or the page's root) the launcher counts as hidden. */
const MIN_OPACITY = 0.5;
/** Smaller than this (CSS pixels, either side) it counts as hidden. */
const MIN_SIDE = 8;

/**
 * Checks that `target` (the host, or the frame inside it) can actually be seen: in the document, laid
 * out, visible, opaque, not clipped, big enough, inside the viewport, and on top at its centre. The host
 * is the only element of ours a page hit test can return (the shadow root is closed), so "on top" means
 * the page's topmost element at that point is the host.
 */
export function findHidden(doc: Document, host: HTMLElement, target: Element = host): HiddenReason | null {
  if (!host.isConnected || host.parentNode !== doc.documentElement) return 'removed';
  const view = doc.defaultView;
  if (!view) return 'removed';
  // A tab in the background shows nothing at all: it cannot say whether the launcher would be seen.
  if (doc.visibilityState === 'hidden') return null;
  for (const el of [doc.documentElement, host]) {
    const style = view.getComputedStyle(el);
    if (style.display === 'none') return 'display';
    if (style.visibility === 'hidden' || style.visibility === 'collapse') return 'visibility';
    if (Number.parseFloat(style.opacity || '1') < MIN_OPACITY) return 'opacity';
    if (el === host && style.clipPath && style.clipPath !== 'none') return 'clipped';
  }
  const rect = target.getBoundingClientRect();
  // A document without layout (a test DOM) has no sizes to check.
  if (!hasLayout(doc)) return null;
  if (rect.width < MIN_SIDE || rect.height < MIN_SIDE) return 'size';
  const width = view.innerWidth;
  const height = view.innerHeight;
  if (rect.right <= 0 || rect.bottom <= 0 || rect.left >= width || rect.top >= height) return 'offscreen';
  const x = Math.min(Math.max(rect.left + rect.width / 2, 0), width - 1);
  const y = Math.min(Math.max(rect.top + Math.min(rect.height / 2, 20), 0), height - 1);
  const top = doc.elementFromPoint(x, y);
  if (top !== host) return 'covered';
  return null;
}

function hasLayout(doc: Document): boolean {
  const root = doc.documentElement.getBoundingClientRect();
  return root.width > 0 || root.height > 0;
}

/** The least time between two of the browser's visibility reports; Chromium refuses less (NotSupportedError). */
const VISIBILITY_DELAY_MS = 100;

/**
 * Calls `diagnose` once the page has first painted with `host` in it, which then runs findHidden. That check
 * forces the page's style and layout, a cost paid on every page load; where the browser tracks visibility
 * itself (an IntersectionObserver with `trackVisibility`: occlusion, opacity, filters and transforms included,
 * computed while the page renders), `diagnose` runs only when the browser says the host may not be seen.
 * Returns a function that cancels the check.
 */
export function checkAfterFirstView(doc: Document, host: HTMLElement, diagnose: () => void): () => void {
  const view = doc.defaultView;
  if (!view) return () => undefined;
  const { IntersectionObserver: Observer, IntersectionObserverEntry: Entry } = view as unknown as Partial<
    Pick<typeof globalThis, 'IntersectionObserver' | 'IntersectionObserverEntry'>
  >;
  if (Observer && Entry && 'isVisible' in Entry.prototype) {
    const observer = new Observer(
      (entries) => {
        // A tab in the background shows nothing: the report that counts comes once it is shown.
        if (doc.visibilityState === 'hidden') return;
        observer.disconnect();
        const entry = entries[entries.length - 1] as (IntersectionObserverEntry & { isVisible?: boolean }) | undefined;
        if (entry?.isVisible !== true) diagnose();
      },
      { trackVisibility: true, delay: VISIBILITY_DELAY_MS } as IntersectionObserverInit,
    );
    observer.observe(host);
    return () => observer.disconnect();
  }
  let cancelled = false;
  view.requestAnimationFrame?.(() => view.setTimeout(() => void (cancelled || diagnose()), 0));
  return () => {
    cancelled = true;
  };
}
