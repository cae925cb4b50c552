import type { LauncherState } from '@/utils/messaging';

import { hostStyle, PANEL_STYLE, STYLE } from './launcher-style';
import { checkAfterFirstView, findHidden, type HiddenReason } from './visibility';

export type { HiddenReason } from './visibility';

/** The launcher's element in the page: an empty custom element, all else in its closed shadow root. */
export const LAUNCHER_TAG = 'gig-screener-root';

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
  /**
   * Hands the launcher to another owner: the site script's small first part mounts it at load, and the
   * screener, loaded when first needed, takes it over without the page seeing it replaced.
   */
  rebind(onActivate: () => void, options?: LauncherOptions): void;
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
  const host = doc.createElement(LAUNCHER_TAG);
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
  // The checklist frame's and the notice's styles and the notice itself are made when first shown.
  let panelStyled = false;
  const stylePanel = () => {
    if (panelStyled) return;
    panelStyled = true;
    const panelStyle = doc.createElement('style');
    panelStyle.textContent = PANEL_STYLE;
    style.after(panelStyle);
  };
  let notice: HTMLParagraphElement | null = null;
  let activate = onActivate;
  let onHidden = options.onHidden;
  button.addEventListener('click', (event) => {
    event.stopPropagation();
    // Only the user's own click opens it: a click the page script made up is ignored.
    if (!event.isTrusted) return;
    activate();
  });
  root.append(style, button);

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
    for (const name of host.getAttributeNames()) {
      if (!OWN_ATTRIBUTES.has(name)) host.removeAttribute(name);
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
    const foreign = host.getAttributeNames().some((name) => !OWN_ATTRIBUTES.has(name));
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
    onHidden?.(reason);
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
  const stopViewCheck = checkAfterFirstView(doc, host, () => void (removed || check()));

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
        stylePanel();
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
      if (text !== null && !notice) {
        stylePanel();
        notice = doc.createElement('p');
        notice.className = 'notice';
        notice.setAttribute('role', 'status');
        root.append(notice);
      }
      if (notice) {
        notice.textContent = text ?? '';
        notice.hidden = text === null;
      }
      button.hidden = text !== null;
      if (text !== null) {
        frame?.remove();
        frame = null;
        open = false;
        applyHost();
      }
    },
    check,
    rebind(nextActivate, nextOptions = {}) {
      activate = nextActivate;
      onHidden = nextOptions.onHidden;
    },
    remove() {
      removed = true;
      observer.disconnect();
      stopViewCheck();
      host.remove();
    },
  };
}
