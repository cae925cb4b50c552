import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { injectScreener } from '../../../entrypoints/background/actions';
import { handleBackgroundMessage, overlayTab } from '../../../entrypoints/background/handlers';
import { pushLauncherState } from '../../../entrypoints/background/launcher-state';
import { openStateKey } from '../../../utils/content-messages';
import { closeJournal, getProfile, saveDecision, saveProfile } from '../../../utils/db';
import type { Decision } from '../../../utils/schema/decision';
import { makeChecklist, makeDecision } from '../../utils/fixtures';

const OVERLAY = 'chrome-extension://0d1c2b3a-dynamic/overlay.html#n=abcdef0123456789';

describe('the background relays the overlay frame to its own tab', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it.each([
    [{ url: OVERLAY, tab: { id: 7 }, frameId: 3 }, 7],
    [{ url: 'chrome-extension://abc/overlay.html', tab: { id: 2 }, frameId: 1 }, 2],
    // Another extension page, a page without a tab, or the overlay's path spoofed in a query: no relay.
    [{ url: 'chrome-extension://abc/sidepanel.html', tab: { id: 2 } }, null],
    [{ url: OVERLAY }, null],
    [{ url: 'https://evil.example/overlay.html', tab: { id: 2 } }, null],
    [{ url: 'https://evil.example/x?/overlay.html', tab: { id: 2 } }, null],
    [{ url: 'not a url', tab: { id: 2 } }, null],
  ])('sender %j → tab %s', (sender, tab) => {
    expect(overlayTab(sender)).toBe(tab);
  });

  it('passes get-capture to frame 0 of the sender’s tab and hands back the content script’s answer', async () => {
    const capture = { ok: true, data: { title: 'Logo design' } };
    const send = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue(capture as never);
    const answer = await handleBackgroundMessage(
      { type: 'overlay:get-capture', nonce: 'abcdef0123456789' },
      { id: fakeBrowser.runtime.id, url: OVERLAY, tab: { id: 42 }, frameId: 5 },
    );
    expect(send).toHaveBeenCalledWith(42, { type: 'overlay:get-capture', nonce: 'abcdef0123456789' }, { frameId: 0 });
    expect(answer).toEqual(capture);
  });

  it('answers "unreachable" when the tab’s content script is gone, instead of throwing', async () => {
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockRejectedValue(new Error('Receiving end does not exist'));
    const answer = await handleBackgroundMessage(
      { type: 'overlay:close', nonce: 'abcdef0123456789' },
      { url: OVERLAY, tab: { id: 42 } },
    );
    expect(answer).toMatchObject({ ok: false, detail: 'unreachable' });
  });

  it('refuses to relay for a sender that is not an overlay frame', async () => {
    const send = vi.spyOn(fakeBrowser.tabs, 'sendMessage');
    const answer = await handleBackgroundMessage(
      { type: 'overlay:highlight', nonce: 'abcdef0123456789', quote: 'remote' },
      { url: 'chrome-extension://abc/options.html', tab: { id: 42 } },
    );
    expect(answer).toEqual({ ok: false, error: 'foreign-sender' });
    expect(send).not.toHaveBeenCalled();
  });
});

describe('the background answers the week’s capacity from the journal', () => {
  beforeEach(async () => {
    await closeJournal();
    globalThis.indexedDB = new IDBFactory();
  });

  const work = (id: string, hours: string | null, extra: Partial<Decision> = {}) => {
    const checklist = makeChecklist();
    checklist.remote.value = { ...checklist.remote.value, hours };
    return makeDecision({ id, offer: { ...makeDecision().offer, key: `k:${id}` }, checklist, ...extra });
  };

  it('sums accepted work not yet delivered against the profile’s weekly hours', async () => {
    const profile = await getProfile();
    await saveProfile({ ...profile, preferences: { ...profile.preferences, weeklyHours: 30 } });
    await saveDecision(work('a', '10 hours a week'));
    await saveDecision(work('b', '週15時間'));
    await saveDecision(work('c', null));
    await saveDecision(work('d', '20 hours a week', { status: 'declined' }));
    const delivered = { ...(makeDecision().outcome ?? {}), deliveredAt: '2026-11-25' } as Decision['outcome'];
    await saveDecision(work('e', '20 hours a week', { outcome: delivered }));
    const answer = await handleBackgroundMessage({ type: 'capacity:get' }, { id: fakeBrowser.runtime.id });
    expect(answer).toEqual({ ok: true, data: { available: 30, committed: 25, unknown: 1 } });
  });
});

describe('the background reads an offer for the overlay', () => {
  beforeEach(async () => {
    await closeJournal();
    globalThis.indexedDB = new IDBFactory();
  });

  const capture = {
    url: 'https://www.lancers.jp/work/detail/5551234',
    key: 'lancers:5551234',
    site: 'lancers',
    kind: 'job-post',
    source: 'adapter',
    title: 'Landing page in React',
    text: 'Build a landing page in React and TypeScript. Fully remote. Budget 50,000円.',
    client: {},
    trust: {},
    capturedAt: '2026-11-30T00:00:00.000Z',
  } as const;

  it('against the stored profile: a skill the user has is matched, one they lack is missing', async () => {
    const profile = await getProfile();
    await saveProfile({ ...profile, skills: [{ id: 'react', level: 'strong' }] } as never);
    const answer = await handleBackgroundMessage({ type: 'offer:analyze', capture }, { id: fakeBrowser.runtime.id });
    expect(answer).toMatchObject({ ok: true, data: { remote: { mode: 'full' } } });
    const data = (answer as { data: { skills: { matched: string[]; missing: string[] } } }).data;
    expect(data.skills.matched).toContain('react');
    expect(data.skills.missing).toContain('typescript');
  });
});

describe('the launcher of a page that loads', () => {
  beforeEach(async () => {
    fakeBrowser.reset();
    await closeJournal();
    globalThis.indexedDB = new IDBFactory();
  });
  const URL_ = 'https://www.lancers.jp/work/detail/5012345';
  /**
   * The tab: the background's function runs as the browser runs it in the page's isolated world, where the
   * page's script left its handler (or, with `absent` calls first, has not yet).
   */
  const told = ({ absent = 0 } = {}) => {
    const received: unknown[] = [];
    let calls = 0;
    const executeScript = vi.fn(async ({ func, args }: { func: (...a: unknown[]) => unknown; args: unknown[] }) => {
      const slot = globalThis as { __gigScreenerTold?: (m: unknown) => boolean };
      if (calls++ >= absent) slot.__gigScreenerTold = (m) => received.push(m) > 0;
      try {
        // As Chromium passes arguments into the page: an object's null members are dropped on the way.
        const travelled = JSON.parse(JSON.stringify(args, (_, v) => (v === null ? undefined : v))) as unknown[];
        // And only the function's source goes: it must stand on its own.
        const injected = new Function(`return (${func.toString()});`)() as (...a: unknown[]) => unknown;
        return [{ frameId: 0, result: injected(...travelled) }];
      } finally {
        delete slot.__gigScreenerTold;
      }
    });
    (fakeBrowser as unknown as { scripting: unknown }).scripting = { executeScript };
    return { executeScript, received };
  };

  it('tells nothing about a new offer: the page pays for no message', async () => {
    const { executeScript } = told();
    const warm = vi.fn();
    await pushLauncherState(3, URL_, warm);
    expect(executeScript).not.toHaveBeenCalled();
    // The engine warms up all the same, for the checklist the user may open.
    expect(warm).toHaveBeenCalled();
  });

  it('tells the colour and status of a recorded decision, by the offer’s key whatever its URL', async () => {
    const decision = makeDecision({ status: 'hold', offer: { ...makeDecision().offer, key: 'lancers:work:5012345' } });
    await saveDecision(decision);
    const { executeScript, received } = told();
    const url = `${URL_}?ref=top`;
    await pushLauncherState(3, url, () => undefined);
    expect(received).toEqual([
      { type: 'launcher:state', url, level: decision.verdict?.level ?? null, existingStatus: 'hold', open: false },
    ]);
    // Into the tab's top frame only.
    expect(executeScript).toHaveBeenCalledWith(expect.objectContaining({ target: { tabId: 3, frameIds: [0] } }));
  });

  it('reopens the checklist only on the site where the user left it open', async () => {
    const { received } = told();
    await fakeBrowser.storage.local.set({ [openStateKey('upwork')]: true });
    await pushLauncherState(3, URL_, () => undefined);
    expect(received).toEqual([]);
    await fakeBrowser.storage.local.set({ [openStateKey('lancers')]: true });
    await pushLauncherState(3, URL_, () => undefined);
    expect(received).toEqual([expect.objectContaining({ type: 'launcher:state', open: true })]);
  });

  it('says nothing to pages of sites it does not read', async () => {
    const { executeScript } = told();
    await fakeBrowser.storage.local.set({ [openStateKey('generic')]: true });
    await pushLauncherState(3, 'https://example.org/jobs/1', () => undefined);
    await pushLauncherState(3, undefined, () => undefined);
    expect(executeScript).not.toHaveBeenCalled();
  });

  it('offers it again until the site script is there to take it, and stops for a newer page', async () => {
    await fakeBrowser.storage.local.set({ [openStateKey('lancers')]: true });
    const first = told({ absent: 1 });
    await pushLauncherState(3, URL_, () => undefined);
    expect(first.executeScript).toHaveBeenCalledTimes(2);
    expect(first.received).toHaveLength(1);

    // The page cannot be injected (it is gone, or not ours any more): the browser refuses each time.
    const refused = vi.fn(async () => {
      throw new Error('Cannot access contents of the page.');
    });
    (fakeBrowser as unknown as { scripting: unknown }).scripting = { executeScript: refused };
    const older = pushLauncherState(4, URL_, () => undefined);
    await new Promise((r) => setTimeout(r, 50));
    // The tab moved on to another page: the older page's state is not offered any more.
    void pushLauncherState(4, 'https://www.lancers.jp/work/detail/5099999', () => undefined);
    await older;
    const forOlder = refused.mock.calls.filter((call) => JSON.stringify(call).includes(URL_));
    expect(forOlder.length).toBeLessThan(3);
  });
});

describe('the screener, injected on first need', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });
  const site = { id: fakeBrowser.runtime.id, url: 'https://www.upwork.com/jobs/~021987654321098765', tab: { id: 5 } };

  it('injects the site’s screener into the frame of the site script that asks', async () => {
    const inject = vi.fn(async () => []);
    (fakeBrowser as unknown as { scripting: unknown }).scripting = { executeScript: inject };
    expect(await handleBackgroundMessage({ type: 'screener:load' }, { ...site, frameId: 0 })).toEqual({
      ok: true,
      data: null,
    });
    expect(inject).toHaveBeenCalledWith({
      target: { tabId: 5, frameIds: [0] },
      files: ['/content-scripts/upwork-screener.js'],
    });
  });

  it('puts the site script first where none may run yet, and the generic screener on other sites', async () => {
    const inject = vi.fn(async () => []);
    (fakeBrowser as unknown as { scripting: unknown }).scripting = { executeScript: inject };
    expect(await injectScreener(5, 0, site.url, { withSiteScript: true })).toBe(true);
    expect(inject).toHaveBeenLastCalledWith({
      target: { tabId: 5, frameIds: [0] },
      files: ['/content-scripts/upwork.js', '/content-scripts/upwork-screener.js'],
    });
    expect(await injectScreener(5, 0, 'https://example.org/jobs/1', { withSiteScript: true })).toBe(true);
    expect(inject).toHaveBeenLastCalledWith({
      target: { tabId: 5, frameIds: [0] },
      files: ['/content-scripts/offer.js'],
    });
  });

  it('answers only a content script in a tab, and says when the page cannot take the screener', async () => {
    expect(await handleBackgroundMessage({ type: 'screener:load' }, { url: OVERLAY, tab: { id: 5 } })).toEqual({
      ok: false,
      error: 'foreign-sender',
    });
    (fakeBrowser as unknown as { scripting: unknown }).scripting = {
      executeScript: async () => {
        throw new Error('Cannot access contents of the page');
      },
    };
    expect(await handleBackgroundMessage({ type: 'screener:load' }, site)).toMatchObject({ ok: false });
  });
});
