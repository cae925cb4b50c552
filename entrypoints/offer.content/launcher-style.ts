/**
 * Launcher styles (STYLE) and the checklist frame's and notice's (PANEL_STYLE, added on first need: a page
 * only looked at never parses them); they live inside the closed shadow root, so page rules cannot reach what
 * is inside. The host element itself is in the page's DOM: its look is set inline with !important (see
 * hostStyle), which no page style sheet can outrank; these :host rules only size the inner parts.
 */
export const STYLE = `
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
`;

export const PANEL_STYLE = `
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
 * What the page could use to hide or move the host, pinned to harmless values (the same for every state).
 * Written out with !important already, so the style is one template, not a list joined and split again.
 */
const PINNED =
  'bottom: auto !important; width: auto !important; height: auto !important; min-width: 0px !important; ' +
  'min-height: 0px !important; max-width: none !important; max-height: none !important; margin: 0px !important; ' +
  'padding: 0px !important; border: 0px none !important; visibility: visible !important; opacity: 1 !important; ' +
  'transform: none !important; translate: none !important; scale: none !important; rotate: none !important; ' +
  'filter: none !important; backdrop-filter: none !important; clip-path: none !important; clip: auto !important; ' +
  'mask: none !important; overflow: visible !important; contain: none !important; zoom: 1 !important; ' +
  'pointer-events: auto !important; mix-blend-mode: normal !important; isolation: isolate !important; ' +
  'content-visibility: visible !important; color-scheme: light !important; direction: ltr !important;';

/**
 * The host's inline style. `all: initial` drops whatever the page's rules set on the element, and each
 * property a page could use to hide or move it is also set on its own (browsers and test DOMs differ in
 * how far `all` reaches). Inline !important beats every page style sheet, !important or not. The launcher
 * and the open checklist sit side by side; on the left, mirrored.
 */
export function hostStyle(open: boolean, side: 'left' | 'right'): string {
  const left = side === 'left';
  return (
    `all: initial !important; display: flex !important; align-items: flex-start !important; ` +
    `flex-direction: ${left ? 'row-reverse' : 'row'} !important; position: fixed !important; ` +
    `z-index: ${TOP_Z} !important; top: ${open ? '8px' : '40%'} !important; ` +
    `left: ${left ? '0px' : 'auto'} !important; right: ${left ? 'auto' : '0px'} !important; ${PINNED}`
  );
}
