import { describe, expect, it } from 'vitest';
import { guardHandler, parseMessage, succeed } from '../../utils/messaging';

const OWN = 'own-extension-id';

describe('message protocol', () => {
  it.each([
    [{ type: 'sidepanel:open' }, true],
    [{ type: 'profile:get' }, true],
    [{ type: 'overlay:get-capture', nonce: 'abcdefgh12' }, true],
    [{ type: 'overlay:get-capture', nonce: 'short' }, false],
    [{ type: 'decision:save', decision: { id: 'x' } }, false],
    [{ type: 'no-such-type' }, false],
    ['sidepanel:open', false],
    [null, false],
  ])('parses %j → valid=%s', (raw, valid) => {
    expect(parseMessage(raw) !== null).toBe(valid);
  });

  it('refuses a message from another extension or a page before the handler sees it', async () => {
    const seen: unknown[] = [];
    const handler = guardHandler(OWN, (m) => {
      seen.push(m);
      return succeed(true);
    });
    expect(await handler({ type: 'sidepanel:open' }, { id: 'someone-else' })).toEqual({
      ok: false,
      error: 'foreign-sender',
    });
    expect(await handler({ type: 'sidepanel:open' }, {})).toEqual({ ok: false, error: 'foreign-sender' });
    expect(await handler({ type: 'bogus' }, { id: OWN })).toEqual({ ok: false, error: 'invalid-message' });
    expect(seen).toEqual([]);
    expect(await handler({ type: 'sidepanel:open' }, { id: OWN })).toEqual({ ok: true, data: true });
    expect(seen).toEqual([{ type: 'sidepanel:open' }]);
  });
});
