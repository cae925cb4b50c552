// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { makeKit } from '../../../entrypoints/offer.content/kit';
import { startScreener } from '../../../entrypoints/offer.content/screener';
import { tellLauncher } from '../../../utils/content-messages';
import { siteScriptFor, siteScripts } from '../../../utils/sites';
import { createSiteReader } from '../../../utils/sites/capture';
import type { SiteAdapter } from '../../../utils/sites/lib/types';
import { bakerySite } from './bakery-site';

/** What the background runs in the page, with the message as it travels. */
const tell = (message: object) => tellLauncher(JSON.stringify(message));

afterEach(() => {
  fakeBrowser.reset();
  document.documentElement.querySelector('gig-screener-root')?.remove();
  document.body.innerHTML = '';
});

/** Delivers a message to the content script's listener as the background would, and returns its answer. */
async function deliver(message: unknown): Promise<unknown> {
  let answer: unknown;
  await fakeBrowser.runtime.onMessage.trigger(message, { id: fakeBrowser.runtime.id }, (a: unknown) => {
    answer = a;
  });
  return answer;
}

describe('the generic screener (injected when the user asks)', () => {
  it('keeps the checklist the user asked for while the page keeps changing', async () => {
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue({
      ok: true,
      data: { level: 'go', existingStatus: null },
    } as never);
    document.body.innerHTML =
      '<main><h1>Translator wanted</h1><p>Translate a 2,000-word brochure into Japanese. Fully remote, paid on delivery.</p></main>';
    const life = startScreener(document, createSiteReader([]), makeKit());
    expect(await deliver({ type: 'screen:page' })).toEqual({ ok: true, data: null });
    expect(document.documentElement.querySelector('gig-screener-root')).not.toBeNull();

    // The page goes on changing (a timer, an ad): the watcher re-reads it, and the checklist stays.
    for (let i = 0; i < 3; i++) {
      document.body.append(document.createElement('div'));
      await new Promise((r) => setTimeout(r, 500));
    }
    expect(document.documentElement.querySelector('gig-screener-root')).not.toBeNull();
    life.end();
  });
});

/** A site whose every page is an offer; `read` counts the times the page is read. */
function offerSite() {
  const { adapter, read } = bakerySite();
  document.body.innerHTML = '<main><h1>Logo for a bakery</h1><p>A logo and a shop sign for a small bakery.</p></main>';
  return { read, reader: createSiteReader([adapter]) };
}

/** The background's answer to a capture: the launcher's colour. */
function answerCaptured() {
  return vi
    .spyOn(fakeBrowser.runtime, 'sendMessage')
    .mockResolvedValue({ ok: true, data: { level: 'go', existingStatus: null } } as never);
}

/** What the background tells a page that loaded, when something is recorded for its offer. */
const told = (
  state: { level?: string | null; existingStatus?: string | null; open?: boolean },
  url = location.href,
) => ({
  type: 'launcher:state',
  url,
  level: null,
  existingStatus: null,
  open: false,
  ...state,
});

const dot = () => document.documentElement.querySelector('gig-screener-root') !== null;

describe('a site script at page load', () => {
  it('shows the launcher on an offer without reading the page or sending a message, and reads it once the user asks', async () => {
    const send = answerCaptured();
    const { read, reader } = offerSite();
    const life = startScreener(document, reader, makeKit());
    expect(dot()).toBe(true);
    await new Promise((r) => setTimeout(r, 50));
    expect(read).not.toHaveBeenCalled();
    expect(send).not.toHaveBeenCalled();
    // What the background says about another URL of the tab (the page moved on since) opens nothing here.
    tell(told({ open: true }, 'https://elsewhere.example/other'));
    expect(read).not.toHaveBeenCalled();

    expect(await deliver({ type: 'screen:page' })).toEqual({ ok: true, data: null });
    expect(read).toHaveBeenCalledTimes(1);
    expect(send).toHaveBeenCalledWith({
      type: 'offer:captured',
      capture: expect.objectContaining({ title: 'Logo for a bakery' }),
    });
    life.end();
  });

  it('reopens the checklist the user left open on the site, reading the offer for it', async () => {
    const send = answerCaptured();
    const { read, reader } = offerSite();
    const life = startScreener(document, reader, makeKit());
    expect(tell(told({ open: true }))).toBe(true);
    expect(read).toHaveBeenCalledTimes(1);
    await vi.waitFor(() =>
      expect(send).toHaveBeenCalledWith({
        type: 'offer:captured',
        capture: expect.objectContaining({ title: 'Logo for a bakery', site: 'bakery-jobs' }),
      }),
    );
    life.end();
  });

  it('keeps what it was told about a URL until the page shows the offer there', async () => {
    answerCaptured();
    const read = vi.fn(() => ({ kind: 'job-post' as const, title: 'Logo', text: 'A logo.', client: {}, trust: {} }));
    let shown = false;
    const adapter: SiteAdapter = { id: 'late-jobs', matches: ['*://*/*'], isOffer: () => shown, capture: read };
    const life = startScreener(document, createSiteReader([adapter]), makeKit());
    expect(dot()).toBe(false);
    // A message about another URL of the tab is not this page's.
    tell(told({ open: true }, 'https://elsewhere.example/other'));
    // Told before the offer renders (a single-page site's URL changes first): nothing opens yet.
    tell(told({ open: true }));
    expect(read).not.toHaveBeenCalled();
    shown = true;
    document.body.append(document.createElement('div'));
    await vi.waitFor(() => expect(read).toHaveBeenCalledTimes(1));
    life.end();
  });
});

describe('one content script per site', () => {
  it('puts every adapter in exactly one script, sites that share a host together', () => {
    const ids = siteScripts().flatMap((script) => script.ids);
    expect(new Set(ids).size).toBe(ids.length);
    expect(
      siteScripts()
        .find((s) => s.name === 'linkedin')
        ?.ids.sort(),
    ).toEqual(['linkedin', 'linkedin-messaging']);
  });

  it.each([
    ['https://www.linkedin.com/messaging/thread/2-abc/', 'linkedin-screener'],
    ['https://www.upwork.com/jobs/~01abc', 'upwork-screener'],
    ['https://crowdworks.jp/public/jobs/1', 'crowdworks-screener'],
    ['https://example.org/any/page', 'offer'],
    [undefined, 'offer'],
  ])('screens %s with the %s script', (url, script) => {
    expect(siteScriptFor(url)).toBe(script);
  });
});
