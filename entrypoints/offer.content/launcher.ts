import type { LauncherState } from '@/utils/messaging';

/**
 * Launcher and frame styles; they live inside the closed shadow root, so page rules cannot reach what is
 * inside. The host element itself is in the page's DOM: its look is set inline with !important (see
 * hostStyle), which no page style sheet can outrank; these :host rules only size the inner parts.
 */
const STYLE = `
:host { all: initial; display: flex; align-items: flex-start; color-scheme: light; }
:host::before, :host::after { content: none !important; display: none !important; }
.launcher { all: unset; box-sizing: border-box; display: flex; align-items: center; gap: 6px; cursor: pointer;
  padding: 8px 10px 8px 12px; border-radius: 18px 0 0 18px; background: #1f2a44; color: #fff;
  font: 600 13px/1.2 system-ui, -apple-system, "Segoe UI", "Hiragino Sans", "Noto Sans JP", sans-serif;
  box-shadow: 0 2px 8px rgba(0,0,0,.25); visibility: visible; opacity: 1; }
.launcher[hidden] { display: none; }
.launcher:focus-visible { outline: 3px solid #8ab4ff; outline-offset: 2px; }
.dot { width: 10px; height: 10px; border-radius: 50%; background: #9aa3b5; flex: none; }
.dot[data-level="go"] { background: #2fb36b; }
.dot[data-level="caution"] { background: #f2b21b; }
.dot[data-level="no-go"] { background: #e5484d; }
.mark { font-size: 11px; font-weight: 500; opacity: .9; }
.notice { all: unset; box-sizing: border-box; display: block; max-width: 260px; padding: 10px 12px;
  border-radius: 12px 0 0 12px; background: #fff8e1; color: #1f2a44; border: 1px solid #f2b21b;
  font: 500 13px/1.35 system-ui, -apple-system, "Segoe UI", "Hiragino Sans", "Noto Sans JP", sans-serif;
  box-shadow: 0 2px 8px rgba(0,0,0,.25); }
.notice[hidden] { display: none; }
.frame { display: block; border: 0; width: 400px; max-width: calc(100vw - 72px); height: 120px;
  max-height: calc(100vh - 16px); color-scheme: light; background: transparent;
  border-radius: 12px 0 0 12px; box-shadow: 0 6px 24px rgba(0,0,0,.3); }
:host([data-side="left"]) .frame, :host([data-side="left"]) .notice { border-radius: 0 12px 12px 0; }
:host([data-side="left"]) .launcher { border-radius: 0 18px 18px 0; }
:host([data-open]) .launcher { padding: 8px 8px 8px 10px; }
`;

/** The highest z-index there is; a page element with the same one is painted under us (we come last). */
const TOP_Z = '2147483647';

/**
 * The host's inline style. `all: initial` drops whatever the page's rules set on the element, and each
 * property a page could use to hide or move it is also set on its own (browsers and test DOMs differ in
 * how far `all` reaches). Inline !important beats every page style sheet, !important or not.
 */
function hostStyle(open: boolean, side: 'left' | 'right'): string {
  const place =
    side === 'left'
      ? { left: '0px', right: 'auto', direction: 'ltr' }
      : { left: 'auto', right: '0px', direction: 'ltr' };
  const declarations: Record<string, string> = {
    all: 'initial',
    // The launcher and the open checklist side by side; on the left, mirrored.
    display: 'flex',
    'align-items': 'flex-start',
    'flex-direction': side === 'left' ? 'row-reverse' : 'row',
    position: 'fixed',
    'z-index': TOP_Z,
    top: open ? '8px' : '40%',
    bottom: 'auto',
    ...place,
    width: 'auto',
    height: 'auto',
    'min-width': '0px',
    'min-height': '0px',
    'max-width': 'none',
    'max-height': 'none',
    margin: '0px',
    padding: '0px',
    border: '0px none',
    visibility: 'visible',
    opacity: '1',
    transform: 'none',
    translate: 'none',
    scale: 'none',
    rotate: 'none',
    filter: 'none',
    'backdrop-filter': 'none',
    'clip-path': 'none',
    clip: 'auto',
    mask: 'none',
    overflow: 'visible',
    contain: 'none',
    zoom: '1',
    'pointer-events': 'auto',
    'mix-blend-mode': 'normal',
    isolation: 'isolate',
    'content-visibility': 'visible',
    'color-scheme': 'light',
  };
  return Object.entries(declarations)
    .map(([name, value]) => `${name}: ${value} !important;`)
    .join(' ');
}

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

/** How many times the launcher puts itself back after the page removed or restyled it, per mount. */
const MAX_REPAIRS = 50;

export interface LauncherMount {
  setState(state: LauncherState, statusLabel: string | null): void;
  open(frameUrl: string, side: 'left' | 'right'): void;
  close(): void;
  resize(height: number): void;
  isOpen(): boolean;
  /**
   * Shows a short notice in place of the launcher and the checklist (the extension was updated under
   * this page); null takes it away.
   */
  showNotice(text: string | null): void;
  /**
   * Puts the launcher back as it should look (the page may have removed or restyled it), then checks
   * that it, or the open checklist, can be seen. Null when it can.
   */
  check(): HiddenReason | null;
  remove(): void;
}

export interface LauncherOptions {
  /**
   * Told when the launcher or the open checklist cannot be seen even after repair (a page rule, a
   * covering element, a page that keeps removing it), so the extension can show it elsewhere.
   */
  onHidden?(reason: HiddenReason): void;
}

/**
 * Mounts the launcher in a closed shadow root on the page's <html> element.
 * The page sees only an empty custom element: no iframe, no text, no state. The element keeps its look
 * against page CSS and puts itself back when page script removes or restyles it.
 */
export function mountLauncher(
  doc: Document,
  label: string,
  onActivate: () => void,
  options: LauncherOptions = {},
): LauncherMount {
  const host = doc.createElement('gig-screener-root');
  const root = host.attachShadow({ mode: 'closed' });
  const style = doc.createElement('style');
  style.textContent = STYLE;
  const button = doc.createElement('button');
  button.className = 'launcher';
  button.type = 'button';
  button.setAttribute('aria-label', label);
  button.title = label;
  const dot = doc.createElement('span');
  dot.className = 'dot';
  const name = doc.createElement('span');
  name.textContent = 'GS';
  const mark = doc.createElement('span');
  mark.className = 'mark';
  button.append(dot, name, mark);
  const notice = doc.createElement('p');
  notice.className = 'notice';
  notice.setAttribute('role', 'status');
  notice.hidden = true;
  button.addEventListener('click', (event) => {
    event.stopPropagation();
    // Only the user's own click opens it: a click the page script made up is ignored.
    if (!event.isTrusted) return;
    onActivate();
  });
  root.append(style, button, notice);

  let frame: HTMLIFrameElement | null = null;
  let open = false;
  let side: 'left' | 'right' = 'right';
  let removed = false;
  let repairs = 0;
  let reported: HiddenReason | null = null;

  /** The attributes the host may carry: its inline style and our two styling hooks. */
  const OWN_ATTRIBUTES = new Set(['style', 'data-open', 'data-side']);
  const applyHost = () => {
    const wanted = hostStyle(open, side);
    if (host.getAttribute('style') !== wanted) host.setAttribute('style', wanted);
    host.toggleAttribute('data-open', open);
    if (side === 'left') host.setAttribute('data-side', 'left');
    else host.removeAttribute('data-side');
    // `hidden`, `inert`, classes and the like set by the page are dropped.
    for (const attribute of [...host.attributes]) {
      if (!OWN_ATTRIBUTES.has(attribute.name)) host.removeAttribute(attribute.name);
    }
  };
  /**
   * Last child of <html>: at the same z-index, the later element is painted on top. Moving the host
   * reloads an open checklist's frame (and loses what the user typed), so while open it is only put back
   * when the page removed it.
   */
  const place = () => {
    const displaced = host.parentNode !== doc.documentElement;
    if (displaced || (host.nextSibling && !open)) doc.documentElement.append(host);
  };

  applyHost();
  place();

  // Page script can reach the host element: it is put back when removed, restyled or re-attributed,
  // within a budget so that a page fighting it cannot keep the tab busy.
  const observer = new MutationObserver(() => {
    if (removed) return;
    const displaced = host.parentNode !== doc.documentElement;
    const restyled = host.getAttribute('style') !== hostStyle(open, side);
    const foreign = [...host.attributes].some((a) => !OWN_ATTRIBUTES.has(a.name));
    if (!displaced && !restyled && !foreign) return;
    if (repairs >= MAX_REPAIRS) {
      report(displaced ? 'removed' : 'display');
      return;
    }
    repairs++;
    applyHost();
    place();
  });
  const watch = () => {
    observer.observe(host, { attributes: true });
    observer.observe(doc.documentElement, { childList: true });
  };
  watch();

  const report = (reason: HiddenReason) => {
    if (reported === reason) return;
    reported = reason;
    options.onHidden?.(reason);
  };

  const check = (): HiddenReason | null => {
    if (removed) return 'removed';
    if (repairs < MAX_REPAIRS) {
      applyHost();
      place();
    }
    const reason = findHidden(doc, host, open && frame ? frame : host);
    if (reason) report(reason);
    else reported = null;
    return reason;
  };

  // Once the page has painted with the launcher in it, see that it can be seen (and tell if not).
  const view = doc.defaultView;
  view?.requestAnimationFrame?.(() => view.setTimeout(() => void (removed || check()), 0));

  return {
    setState(state, statusLabel) {
      dot.dataset.level = state.level ?? 'none';
      mark.textContent = statusLabel ?? '';
    },
    open(frameUrl, nextSide) {
      // Another nonce is another checklist. Firefox takes a change of the fragment alone as a same-document
      // navigation and would keep the old one, so the frame is replaced rather than pointed elsewhere.
      if (frame && frame.src !== frameUrl) {
        frame.remove();
        frame = null;
      }
      if (!frame) {
        frame = doc.createElement('iframe');
        frame.className = 'frame';
        frame.title = label;
        // Only clipboard writing, for the checklist's "copy message" button. Chromium matches neither the
        // default 'src' allowlist nor the overlay's origin for an extension frame, so it is '*': the page
        // itself may write the clipboard on a click anyway, so this gives nothing to whoever frames it.
        frame.setAttribute('allow', 'clipboard-write *');
        const created = frame;
        // Move keyboard focus into the checklist once it has loaded, so it is usable without a mouse.
        created.addEventListener('load', () => created.focus(), { once: true });
        root.append(frame);
      }
      side = nextSide;
      // Re-opening for the same mount must not reload the checklist (and lose what the user typed).
      if (frame.src !== frameUrl) frame.src = frameUrl;
      frame.style.display = 'block';
      // The open state is kept on the host only as a styling hook; it says nothing about the offer.
      open = true;
      button.setAttribute('aria-expanded', 'true');
      applyHost();
    },
    close() {
      frame?.remove();
      frame = null;
      open = false;
      side = 'right';
      button.setAttribute('aria-expanded', 'false');
      applyHost();
      button.focus();
    },
    resize(height) {
      if (frame) frame.style.height = `${Math.ceil(height)}px`;
    },
    isOpen: () => open,
    showNotice(text) {
      notice.textContent = text ?? '';
      notice.hidden = text === null;
      button.hidden = text !== null;
      if (text !== null) {
        frame?.remove();
        frame = null;
        open = false;
        applyHost();
      }
    },
    check,
    remove() {
      removed = true;
      observer.disconnect();
      host.remove();
    },
  };
}
