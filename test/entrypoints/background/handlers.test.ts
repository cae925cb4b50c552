import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { handleBackgroundMessage, overlayTab } from '../../../entrypoints/background/handlers';
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
  beforeEach(() => {
    fakeBrowser.reset();
  });
  const page = {
    id: fakeBrowser.runtime.id,
    url: 'https://www.lancers.jp/work/detail/5012345',
    tab: { id: 3 },
    frameId: 0,
  };
  const ask = (sender: Parameters<typeof handleBackgroundMessage>[1] = page) =>
    handleBackgroundMessage({ type: 'launcher:state', key: 'lancers:work:5012345', site: 'lancers' }, sender);

  it('has no decision for a new offer, and opens the checklist only where the user left it open', async () => {
    expect(await ask()).toEqual({ ok: true, data: { level: null, existingStatus: null, open: false } });
    await fakeBrowser.storage.local.set({ [openStateKey('upwork')]: true });
    expect(await ask()).toMatchObject({ ok: true, data: { open: false } });
    await fakeBrowser.storage.local.set({ [openStateKey('lancers')]: true });
    expect(await ask()).toMatchObject({ ok: true, data: { open: true } });
  });

  it('answers only a content script in a tab', async () => {
    expect(await ask({ url: OVERLAY, tab: { id: 3 } })).toEqual({ ok: false, error: 'foreign-sender' });
    expect(await ask({ url: 'https://www.lancers.jp/' })).toEqual({ ok: false, error: 'foreign-sender' });
  });
});
