// @vitest-environment happy-dom
// A page that tries to hide the launcher: style sheets, script on the host element, covering elements.
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  type HiddenReason,
  type LauncherMount,
  mountLauncher as mountOne,
} from '../../../entrypoints/offer.content/launcher';

// Each mount keeps putting itself back until removed: every test removes its own.
const mounts: LauncherMount[] = [];
const mountLauncher = (...args: Parameters<typeof mountOne>) => {
  const mount = mountOne(...args);
  mounts.push(mount);
  return mount;
};

afterEach(() => {
  for (const mount of mounts.splice(0)) mount.remove();
  for (const el of document.documentElement.querySelectorAll('gig-screener-root')) el.remove();
  for (const el of document.head.querySelectorAll('style')) el.remove();
  document.body.innerHTML = '';
});

const flush = () => new Promise((r) => setTimeout(r, 0));
const hostOf = () => document.querySelector('gig-screener-root') as HTMLElement;

/** Opens the closed shadow root the launcher attaches, as only the extension itself holds it. */
function captureShadow(): { root: () => ShadowRoot } {
  const real = Element.prototype.attachShadow;
  let captured: ShadowRoot | null = null;
  vi.spyOn(Element.prototype, 'attachShadow').mockImplementation(function (this: Element, init) {
    captured = real.call(this, init);
    return captured;
  });
  return { root: () => captured as ShadowRoot };
}

describe('the launcher against page CSS', () => {
  it.each([
    ['display', 'display: none !important', 'display', 'flex'],
    ['visibility', 'visibility: hidden !important', 'visibility', 'visible'],
    ['opacity', 'opacity: 0 !important', 'opacity', '1'],
    ['position', 'position: static !important', 'position', 'fixed'],
    ['z-index', 'z-index: -1 !important', 'z-index', '2147483647'],
    ['clip-path', 'clip-path: inset(50%) !important', 'clip-path', 'none'],
    ['transform', 'transform: scale(0) !important', 'transform', 'none'],
    ['width', 'width: 0 !important; overflow: hidden !important', 'width', 'auto'],
  ])('keeps its %s against a page rule with !important', async (_name, rule, property, expected) => {
    const sheet = document.createElement('style');
    sheet.textContent = `gig-screener-root, html > *:last-child { ${rule} }`;
    document.head.append(sheet);
    mountLauncher(document, 'Open checklist', () => undefined);
    expect(getComputedStyle(hostOf()).getPropertyValue(property)).toBe(expected);
  });

  it('puts back its look when page script restyles, hides or re-attributes the host', async () => {
    const mount = mountLauncher(document, 'Open checklist', () => undefined);
    const host = hostOf();
    host.style.setProperty('display', 'none', 'important');
    host.setAttribute('hidden', '');
    host.setAttribute('inert', '');
    host.className = 'page-hides-this';
    await flush();
    expect(getComputedStyle(host).display).toBe('flex');
    expect(host.hasAttribute('hidden') || host.hasAttribute('inert') || host.hasAttribute('class')).toBe(false);
    expect(mount.check()).toBeNull();
  });

  it('comes back when page script removes it, and is the last element of <html>', async () => {
    const mount = mountLauncher(document, 'Open checklist', () => undefined);
    hostOf().remove();
    await flush();
    expect(document.documentElement.lastElementChild?.tagName).toBe('GIG-SCREENER-ROOT');
    document.documentElement.append(document.createElement('page-overlay'));
    expect(mount.check()).toBeNull();
    expect(document.documentElement.lastElementChild?.tagName).toBe('GIG-SCREENER-ROOT');
  });

  it('tells the extension when a page keeps removing it', async () => {
    const hidden: HiddenReason[] = [];
    mountLauncher(document, 'Open checklist', () => undefined, { onHidden: (r) => hidden.push(r) });
    for (let i = 0; i < 80; i++) {
      document.querySelector('gig-screener-root')?.remove();
      await flush();
    }
    expect(hidden).toEqual(['removed']);
  });

  it('tells the extension when a page element covers it, or it is pushed off screen', () => {
    const hidden: HiddenReason[] = [];
    const mount = mountLauncher(document, 'Open checklist', () => undefined, { onHidden: (r) => hidden.push(r) });
    const host = hostOf();
    const cover = document.createElement('div');
    document.body.append(cover);
    // happy-dom has no layout: give the page and the launcher sizes, and the page a topmost element.
    const rect = (x: number, y: number, w: number, h: number) =>
      ({ x, y, left: x, top: y, width: w, height: h, right: x + w, bottom: y + h, toJSON: () => ({}) }) as DOMRect;
    vi.spyOn(document.documentElement, 'getBoundingClientRect').mockReturnValue(rect(0, 0, 1024, 768));
    const hostRect = vi.spyOn(host, 'getBoundingClientRect').mockReturnValue(rect(980, 300, 44, 32));
    const atPoint = vi.spyOn(document, 'elementFromPoint').mockReturnValue(host);
    expect(mount.check()).toBeNull();
    atPoint.mockReturnValue(cover);
    expect(mount.check()).toBe('covered');
    hostRect.mockReturnValue(rect(3000, 300, 44, 32));
    expect(mount.check()).toBe('offscreen');
    hostRect.mockReturnValue(rect(980, 300, 2, 2));
    expect(mount.check()).toBe('size');
    expect(hidden).toEqual(['covered', 'offscreen', 'size']);
  });

  it('counts a hidden page root as hidden: nothing of ours can show through it', () => {
    const sheet = document.createElement('style');
    sheet.textContent = 'html { opacity: 0.1 }';
    document.head.append(sheet);
    const mount = mountLauncher(document, 'Open checklist', () => undefined);
    expect(mount.check()).toBe('opacity');
  });

  it('opens only on the user’s own click, not on one made up by script', () => {
    const shadow = captureShadow();
    const onActivate = vi.fn();
    mountLauncher(document, 'Open checklist', onActivate);
    const button = shadow.root().querySelector('button') as HTMLButtonElement;
    button.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    expect(onActivate).not.toHaveBeenCalled();
  });

  it('shows a notice in place of the launcher and the checklist', () => {
    const shadow = captureShadow();
    const mount = mountLauncher(document, 'Open checklist', () => undefined);
    mount.open('chrome-extension://id/overlay.html#n=abcdefgh', 'right');
    mount.showNotice('Gig Screener was updated — reload this page to screen it');
    const root = shadow.root();
    expect(root.querySelector('iframe')).toBeNull();
    expect(mount.isOpen()).toBe(false);
    expect(root.querySelector('.notice')?.textContent).toBe('Gig Screener was updated — reload this page to screen it');
    expect((root.querySelector('button') as HTMLButtonElement).hidden).toBe(true);
    // The page still sees no text.
    expect(hostOf().textContent).toBe('');
  });
});
