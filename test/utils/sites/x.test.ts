// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { offerCaptureSchema } from '../../../utils/schema/offer';
import { canonicalKey, captureOffer, findAdapter } from '../../../utils/sites';
import { x } from '../../../utils/sites/x';
import { loadPage } from './load';

const NOW = new Date('2026-11-22T06:30:00.000Z');
const URL_ = 'https://x.com/messages/1234567890-9876543210';
const empty = () => new DOMParser().parseFromString('', 'text/html');

describe('x', () => {
  it('reads the open conversation: the sender, their handle and only their messages', () => {
    const capture = captureOffer(loadPage('x/conversation.html'), URL_, NOW);
    expect(capture).toMatchObject({
      site: 'x',
      source: 'adapter',
      kind: 'dm',
      key: 'x:dm:1234567890-9876543210',
      title: 'Message from けんた｜動画編集で月10万',
      client: {
        name: 'けんた｜動画編集で月10万',
        handle: '@kenta_henshu55',
        profileUrl: 'https://x.com/kenta_henshu55',
      },
    });
    const text = capture?.text ?? '';
    expect(text).toContain('「YouTube編集部屋」のDiscord');
    expect(text).toContain('ショート動画1本5,000円〜');
    expect(text).toContain('LINE ID：kenta_edit55');
    expect(text).toContain('マニュアル代として3,980円');
    expect(text.indexOf('5,000円')).toBeLessThan(text.indexOf('LINE ID'));
    expect(text).not.toContain('業務委託契約を結ぶのか');
    expect(text).not.toContain('勉強会の資料');
    expect(text).not.toContain('既読');
    expect(offerCaptureSchema.safeParse(capture).success).toBe(true);
  });

  it.each([
    URL_,
    'https://x.com/messages/1234567890-9876543210/',
    'https://x.com/messages/9876543210-1234567890',
    'https://mobile.x.com/messages/1234567890-9876543210?s=20',
    'https://x.com/messages/1234567890-9876543210/info',
  ])('keys %s to the conversation', (url) => {
    expect(canonicalKey(url)).toBe('x:dm:1234567890-9876543210');
  });

  it('matches only the messages pages', () => {
    expect(findAdapter(URL_)?.id).toBe('x');
    expect(findAdapter('https://x.com/messages/')?.id).toBe('x');
    expect(findAdapter('https://x.com/home')).toBeNull();
    expect(findAdapter('https://x.com/kenta_henshu55')).toBeNull();
    expect(findAdapter('https://notx.com/messages/1-2')).toBeNull();
  });

  it.each([
    'https://x.com/home',
    'https://x.com/messages',
    'https://x.com/messages/',
    'https://x.com/messages/compose',
    'https://x.com/messages/requests',
  ])('is no offer without an open conversation: %s', (url) => {
    expect(x.isOffer(new URL(url), loadPage('x/conversation.html'))).toBe(false);
    expect(x.key?.(new URL(url))).toBeNull();
  });

  it('watches the conversation pane', () => {
    const root = x.observeRoot?.(loadPage('x/conversation.html'));
    expect(root?.getAttribute('data-testid')).toBe('DmActivityContainer');
    expect(x.isOffer(new URL(URL_), empty())).toBe(true);
  });

  it('falls back to the readable text when a redesign renames the data-testids', () => {
    const doc = loadPage('x/conversation-degraded.html');
    const read = () => captureOffer(doc, URL_, NOW);
    expect(read).not.toThrow();
    const capture = read();
    expect(capture).toMatchObject({ source: 'readable', site: 'x', key: 'x:dm:1234567890-9876543210' });
    expect(capture?.text).toContain('LINE ID：kenta_edit55');
  });
});
