import { describe, expect, it } from 'vitest';
import { contentMessageSchema, guardHandler, parseContentMessage, parseMessage, succeed } from '../../utils/messaging';

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

describe('content script parser', () => {
  const cases: unknown[] = [
    { type: 'overlay:get-capture', nonce: 'abcdefgh12' },
    { type: 'overlay:get-capture', nonce: 'short' },
    { type: 'overlay:get-capture', nonce: 12345678 },
    { type: 'overlay:resize', nonce: 'abcdefgh12', height: 320 },
    { type: 'overlay:resize', nonce: 'abcdefgh12', height: -1 },
    { type: 'overlay:resize', nonce: 'abcdefgh12', height: '320' },
    { type: 'overlay:close', nonce: 'abcdefgh12', extra: true },
    { type: 'overlay:highlight', nonce: 'abcdefgh12', quote: 'フルリモート' },
    { type: 'overlay:highlight', nonce: 'abcdefgh12', quote: '' },
    { type: 'content:ping' },
    { type: 'screen:page' },
    { type: 'screen:selection', text: 'Need a logo' },
    { type: 'screen:selection', text: '' },
    { type: 'screen:selection', text: 'x'.repeat(100_001) },
    { type: 'toString' },
    { type: '__proto__' },
    { type: 'offer:captured' },
    [],
    'screen:page',
    null,
  ];
  it.each(cases.map((c) => [c]))('agrees with the zod schema on %j', (raw) => {
    const zodResult = contentMessageSchema.safeParse(raw);
    const handResult = parseContentMessage(raw);
    expect(handResult).toEqual(zodResult.success ? zodResult.data : null);
  });
});
