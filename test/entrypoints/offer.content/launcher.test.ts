// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { highlightQuote } from '../../../entrypoints/offer.content/highlight';
import { mountLauncher } from '../../../entrypoints/offer.content/launcher';
import { textOf } from '../../../utils/sites/lib/dom';

afterEach(() => {
  for (const el of document.documentElement.querySelectorAll('gig-screener-root')) el.remove();
  document.body.innerHTML = '';
});

describe('launcher', () => {
  it('shows the page one empty element whose shadow root is closed', () => {
    const mount = mountLauncher(document, 'Open checklist', () => undefined);
    const host = document.querySelector('gig-screener-root') as HTMLElement;
    expect(host).not.toBeNull();
    expect(host.shadowRoot).toBeNull();
    expect(host.textContent).toBe('');
    mount.open('chrome-extension://id/overlay.html#n=abcdefgh', 'right');
    // Even open, the page's DOM holds no iframe and no offer text.
    expect(document.querySelector('iframe')).toBeNull();
    expect(host.children.length).toBe(0);
    expect(mount.isOpen()).toBe(true);
    mount.close();
    expect(mount.isOpen()).toBe(false);
    mount.remove();
    expect(document.querySelector('gig-screener-root')).toBeNull();
  });
});

describe('highlightQuote', () => {
  it('selects a quote on the page across elements and folded whitespace', () => {
    document.body.innerHTML = '<main><p>報酬は <b>5万円</b>\n  〜10万円です。</p><p>フルリモート可</p></main>';
    expect(highlightQuote(document, '報酬は 5万円 〜10万円')).toBe(true);
    expect(document.getSelection()?.toString().replace(/\s+/g, ' ')).toBe('報酬は 5万円 〜10万円');
  });

  it('answers false, and changes nothing, for a quote the page does not have', () => {
    document.body.innerHTML = '<p>Fully remote</p>';
    expect(highlightQuote(document, 'on-site only')).toBe(false);
    expect(document.body.innerHTML).toBe('<p>Fully remote</p>');
  });

  it('finds a quote that carries where a chat app link leads, which the capture adds and the page does not show', () => {
    document.body.innerHTML = '<p>お仕事詳細は<a href="https://lin.ee/AbC12xy">コチラ</a>から。</p>';
    const quoted = textOf(document.body);
    expect(quoted).toBe('お仕事詳細は(lin.ee/AbC12xy) コチラから。');
    expect(highlightQuote(document, quoted)).toBe(true);
    expect(document.getSelection()?.toString()).toBe('お仕事詳細はコチラから。');
  });

  it('ignores script text', () => {
    document.body.innerHTML = '<script>var secret = "NDA required";</script><p>No NDA</p>';
    expect(highlightQuote(document, 'NDA required')).toBe(false);
  });
});
