// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { takeHandoff } from '../../../entrypoints/offer.content/handoff';
import { makeKit } from '../../../entrypoints/offer.content/kit';
import { startScreener } from '../../../entrypoints/offer.content/screener';
import { startLauncherStub } from '../../../entrypoints/offer.content/stub';
import { tellLauncher } from '../../../utils/content-messages';
import { createSiteReader } from '../../../utils/sites/capture';
import type { SiteAdapter } from '../../../utils/sites/lib/types';
import { bakerySite } from './bakery-site';

/** What the background runs in the page, with the message as it travels. */
const tell = (message: object) => tellLauncher(JSON.stringify(message));

const ends: (() => void)[] = [];
afterEach(() => {
  for (const end of ends.splice(0)) end();
  fakeBrowser.reset();
  for (const el of document.documentElement.querySelectorAll('gig-screener-root')) el.remove();
  document.body.innerHTML = '';
  delete (globalThis as { __gigScreenerRunning?: unknown }).__gigScreenerRunning;
  delete (globalThis as { __gigScreenerKit?: unknown }).__gigScreenerKit;
  takeHandoff();
});

/**
 * The background's side: `screener:load` injects the site's screener, which takes the handoff as the
 * injected script does; `offer:captured` colours the launcher.
 */
function background(adapter: SiteAdapter, { inject = true } = {}) {
  return vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation((async (message: { type: string }) => {
    if (message.type === 'screener:load') {
      if (!inject) return { ok: false, error: 'not-found' };
      const life = startScreener(document, createSiteReader([adapter]), makeKit(), takeHandoff());
      ends.push(() => life.end());
      return { ok: true, data: null };
    }
    return { ok: true, data: { level: 'go', existingStatus: null } };
  }) as never);
}

async function deliver(message: unknown): Promise<unknown> {
  let answer: unknown;
  await fakeBrowser.runtime.onMessage.trigger(message, { id: fakeBrowser.runtime.id }, (a: unknown) => {
    answer = a;
  });
  return answer;
}

function stub(adapter: SiteAdapter) {
  const life = startLauncherStub(document, [adapter]);
  if (life) ends.push(() => life.end());
}

const told = (state: object) => ({
  type: 'launcher:state',
  url: location.href,
  level: null,
  existingStatus: null,
  open: false,
  ...state,
});
const hosts = () => document.documentElement.querySelectorAll('gig-screener-root');

describe('the site script at page load', () => {
  it('mounts the launcher on an offer, and sends nothing, reads nothing and touches no extension API', async () => {
    const { adapter, read } = bakerySite();
    const send = background(adapter);
    // In Chromium the first touch of the extension API in a page sets it up there, on every page load.
    const api = vi.spyOn(fakeBrowser, 'runtime', 'get');
    try {
      stub(adapter);
      expect(api).not.toHaveBeenCalled();
    } finally {
      api.mockRestore();
    }
    expect(hosts().length).toBe(1);
    await new Promise((r) => setTimeout(r, 50));
    expect(send).not.toHaveBeenCalled();
    expect(read).not.toHaveBeenCalled();
  });

  it('shows the colour of a recorded decision without loading the screener', async () => {
    const { adapter } = bakerySite();
    const send = background(adapter);
    stub(adapter);
    expect(tell(told({ level: 'caution', existingStatus: 'hold' }))).toBe(true);
    // Anything else handed to the page's script is refused, and so is everything once the script ended.
    expect(tell({ type: 'launcher:state', url: location.href, level: 'evil', existingStatus: null, open: true })).toBe(
      false,
    );
    expect(tell({ type: 'content:ping' })).toBe(false);
    for (const end of ends.splice(0)) end();
    expect(tell(told({ level: 'go' }))).toBe(false);
    expect(send).not.toHaveBeenCalled();
  });

  it('mounts the launcher when the offer renders after load', async () => {
    let shown = false;
    const { adapter } = bakerySite(() => shown);
    background(adapter);
    stub(adapter);
    expect(hosts().length).toBe(0);
    shown = true;
    document.body.append(document.createElement('div'));
    await vi.waitFor(() => expect(hosts().length).toBe(1));
  });
});

describe('the screener, loaded on first need', () => {
  it('takes the launcher over and reopens the checklist left open on the site', async () => {
    const { adapter, read } = bakerySite();
    const send = background(adapter);
    stub(adapter);
    const host = hosts()[0] as Element;
    tell(told({ open: true }));
    await vi.waitFor(() => expect(read).toHaveBeenCalledTimes(1));
    expect(send).toHaveBeenCalledWith({ type: 'screener:load' });
    // The same launcher, now open: the page never saw it replaced.
    expect(hosts().length).toBe(1);
    expect(hosts()[0]).toBe(host);
    expect(host.hasAttribute('data-open')).toBe(true);
    // From now on the screener answers: the frame's request for its capture is served, and the
    // background's word on the next offer reaches it.
    expect(await deliver({ type: 'content:ping' })).toEqual({ ok: true, data: true });
    expect(tell(told({ level: 'go' }))).toBe(true);
  });

  it('gives the handoff back when the screener cannot be loaded, and tries again later', async () => {
    const { adapter, read } = bakerySite();
    const send = background(adapter, { inject: false });
    stub(adapter);
    tell(told({ open: true }));
    await vi.waitFor(() => expect(send).toHaveBeenCalledTimes(1));
    await new Promise((r) => setTimeout(r, 0));
    expect(read).not.toHaveBeenCalled();

    background(adapter);
    tell(told({ open: true }));
    await vi.waitFor(() => expect(read).toHaveBeenCalledTimes(1));
  });

  it('hands the page to a screener the toolbar button injected, launcher and all', async () => {
    const { adapter, read } = bakerySite();
    background(adapter);
    stub(adapter);
    const host = hosts()[0] as Element;
    // The background injects the screener unasked (toolbar, shortcut, menu), then asks it to screen.
    const life = startScreener(document, createSiteReader([adapter]), makeKit(), takeHandoff());
    ends.push(() => life.end());
    expect(await deliver({ type: 'screen:page' })).toEqual({ ok: true, data: null });
    expect(read).toHaveBeenCalledTimes(1);
    expect(hosts().length).toBe(1);
    expect(hosts()[0]).toBe(host);
    expect(host.hasAttribute('data-open')).toBe(true);
  });

  it('leaves the page alone when a screener already runs there', () => {
    const { adapter } = bakerySite();
    background(adapter);
    (globalThis as { __gigScreenerRunning?: unknown }).__gigScreenerRunning = { alive: () => true };
    stub(adapter);
    expect(hosts().length).toBe(0);
  });
});
