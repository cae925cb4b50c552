// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { messagingTarget, textOf } from '../../../utils/sites/lib/dom';

describe('textOf', () => {
  it('says where a chat-app link leads, since its words alone ("details here") hide the move', () => {
    document.body.innerHTML = [
      '<p>詳しくは<a href="https://lin.ee/AbC12xy">こちら</a>から。</p>',
      '<p><a href="https://t.me/hiring_desk?start=1">Apply now</a></p>',
      '<p><a href="https://www.example.com/careers">Our careers page</a></p>',
    ].join('');
    const text = textOf(document.body);
    expect(text).toContain('詳しくは(lin.ee/AbC12xy) こちらから。');
    expect(text).toContain('(t.me/hiring_desk?start=1) Apply now');
    // Any other link is only its words.
    expect(text).toContain('Our careers page');
    expect(text).not.toContain('example.com');
  });

  it('knows the chat apps by host, not by a look-alike path or a page that only names them', () => {
    expect(messagingTarget('https://wa.me/15550100')).toBe('wa.me/15550100');
    expect(messagingTarget('https://discord.gg/abc')).toBe('discord.gg/abc');
    expect(messagingTarget('https://example.com/line.me/x')).toBeNull();
    expect(messagingTarget('https://line.me.example.com/')).toBeNull();
    expect(messagingTarget('javascript:alert(1)')).toBeNull();
    expect(messagingTarget(null)).toBeNull();
  });
});
