import type { LauncherState } from '@/utils/messaging';

/** Launcher and frame styles; they live inside the closed shadow root, so the page cannot restyle them. */
const STYLE = `
:host { all: initial; position: fixed; z-index: 2147483646; right: 0; top: 40%; display: flex; align-items: flex-start;
  color-scheme: light; }
.launcher { all: unset; box-sizing: border-box; display: flex; align-items: center; gap: 6px; cursor: pointer;
  padding: 8px 10px 8px 12px; border-radius: 18px 0 0 18px; background: #1f2a44; color: #fff;
  font: 600 13px/1.2 system-ui, -apple-system, "Segoe UI", "Hiragino Sans", "Noto Sans JP", sans-serif;
  box-shadow: 0 2px 8px rgba(0,0,0,.25); }
.launcher:focus-visible { outline: 3px solid #8ab4ff; outline-offset: 2px; }
.dot { width: 10px; height: 10px; border-radius: 50%; background: #9aa3b5; flex: none; }
.dot[data-level="go"] { background: #2fb36b; }
.dot[data-level="caution"] { background: #f2b21b; }
.dot[data-level="no-go"] { background: #e5484d; }
.mark { font-size: 11px; font-weight: 500; opacity: .9; }
.frame { display: block; border: 0; width: 400px; max-width: calc(100vw - 72px); height: 120px;
  max-height: calc(100vh - 16px); color-scheme: light; background: transparent;
  border-radius: 12px 0 0 12px; box-shadow: 0 6px 24px rgba(0,0,0,.3); }
:host([data-open]) { top: 8px; }
:host([data-side="left"]) { right: auto; left: 0; flex-direction: row-reverse; }
:host([data-side="left"]) .frame { border-radius: 0 12px 12px 0; }
:host([data-side="left"]) .launcher { border-radius: 0 18px 18px 0; }
:host([data-open]) .launcher { padding: 8px 8px 8px 10px; }
`;

export interface LauncherMount {
  setState(state: LauncherState, statusLabel: string | null): void;
  open(frameUrl: string, side: 'left' | 'right'): void;
  close(): void;
  resize(height: number): void;
  isOpen(): boolean;
  remove(): void;
}

/**
 * Mounts the launcher in a closed shadow root on the page's <html> element.
 * The page sees only an empty custom element: no iframe, no text, no state.
 */
export function mountLauncher(doc: Document, label: string, onActivate: () => void): LauncherMount {
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
  button.addEventListener('click', (event) => {
    event.stopPropagation();
    onActivate();
  });
  root.append(style, button);
  doc.documentElement.append(host);

  let frame: HTMLIFrameElement | null = null;
  let hostAttributeOpen = false;

  return {
    setState(state, statusLabel) {
      dot.dataset.level = state.level ?? 'none';
      mark.textContent = statusLabel ?? '';
    },
    open(frameUrl, side) {
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
      if (side === 'left') host.setAttribute('data-side', 'left');
      else host.removeAttribute('data-side');
      // Re-opening for the same mount must not reload the checklist (and lose what the user typed).
      if (frame.src !== frameUrl) frame.src = frameUrl;
      frame.style.display = 'block';
      // The open state is kept on the host only as a styling hook; it says nothing about the offer.
      host.toggleAttribute('data-open', true);
      button.setAttribute('aria-expanded', 'true');
      hostAttributeOpen = true;
    },
    close() {
      frame?.remove();
      frame = null;
      host.toggleAttribute('data-open', false);
      host.removeAttribute('data-side');
      button.setAttribute('aria-expanded', 'false');
      hostAttributeOpen = false;
      button.focus();
    },
    resize(height) {
      if (frame) frame.style.height = `${Math.ceil(height)}px`;
    },
    isOpen: () => hostAttributeOpen,
    remove() {
      host.remove();
    },
  };
}
