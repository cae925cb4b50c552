import { describe, expect, it } from 'vitest';
import { createOverlayApi } from '../../../entrypoints/overlay/api';

describe('overlay API over one channel', () => {
  it('sends every request through the one transport, with the mount’s nonce on the page’s part', async () => {
    const sent: unknown[] = [];
    const api = createOverlayApi('abcdef0123456789', async (message) => {
      sent.push(message);
      return { ok: true, data: null };
    });
    await api.getCapture();
    await api.getProfile();
    api.close();
    api.resize(300);
    api.openJournal();
    await Promise.resolve();
    expect(sent).toEqual([
      { type: 'overlay:get-capture', nonce: 'abcdef0123456789' },
      { type: 'profile:get' },
      { type: 'overlay:close', nonce: 'abcdef0123456789' },
      { type: 'overlay:resize', nonce: 'abcdef0123456789', height: 300 },
      { type: 'sidepanel:open' },
    ]);
  });

  it('turns a dead channel or a malformed answer into a failure the overlay can show', async () => {
    const dead = createOverlayApi('abcdef0123456789', () => Promise.reject(new Error('Extension context invalidated')));
    expect(await dead.getCapture()).toMatchObject({ ok: false, detail: 'unreachable' });
    const odd = createOverlayApi('abcdef0123456789', async () => 'not a result');
    expect(await odd.getProfile()).toMatchObject({ ok: false, detail: 'unreachable' });
  });
});
