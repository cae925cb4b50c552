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
    expect(messagingTarget('https://discord.com/invite/abc')).toBe('discord.com/invite/abc');
    expect(messagingTarget('https://discord.com/channels/1')).toBeNull();
    expect(messagingTarget('https://line.me')).toBe('line.me/');
    expect(messagingTarget('tg://resolve?domain=hr_desk')).toBe('tg://resolve?domain=hr_desk');
    expect(messagingTarget('https://example.com/line.me/x')).toBeNull();
    expect(messagingTarget('https://line.me.example.com/')).toBeNull();
    expect(messagingTarget('javascript:alert(1)')).toBeNull();
    expect(messagingTarget(null)).toBeNull();
  });

  it('reads a link as the browser does, so odd spellings of the host cannot hide it', () => {
    for (const href of ['https:\\\\t.me\\x', 'https://t.me./x', 'https://ｔ.ｍｅ/x', 'ht\ttps://t.me/x', '//t.me/x']) {
      expect(messagingTarget(href), href).toBe('t.me/x');
    }
    expect(messagingTarget('https://line.me:443/ti/p/a')).toBe('line.me/ti/p/a');
    // On an https page, "https:t.me/x" is a path of that page, as the browser resolves it.
    expect(messagingTarget('https:t.me/x', 'https://www.upwork.com/jobs/1')).toBeNull();
  });

  it('repeats only plain characters of the path, and only so much of it', () => {
    const target = messagingTarget(`https://t.me/x)\u202Eevil(${'a'.repeat(200)}`) ?? '';
    expect(target).toMatch(/^t\.me\/x/);
    expect(target).not.toMatch(/[()\u202E]/);
    expect(target.length).toBeLessThanOrEqual(60);
  });

  it('counts the targets it adds toward its limit', () => {
    document.body.innerHTML = `${'<a href="https://t.me/spam"></a>'.repeat(500)}<p>the offer</p>`;
    expect(textOf(document.body, 2_000).length).toBeLessThanOrEqual(2_000);
  });
});
