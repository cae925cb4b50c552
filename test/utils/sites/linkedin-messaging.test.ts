// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { offerCaptureSchema } from '../../../utils/schema/offer';
import { canonicalKey, captureOffer, findAdapter } from '../../../utils/sites';
import { loadPage } from './load';

const NOW = new Date('2026-11-24T02:00:00.000Z');
const URL_ = 'https://www.linkedin.com/messaging/thread/2-YmFkZjEyMzQ1Ng==/';
const empty = () => new DOMParser().parseFromString('', 'text/html');

describe('linkedin-messaging', () => {
  it('reads the open thread: the recruiter, their messages oldest first, and the InMail subject', () => {
    const capture = captureOffer(loadPage('linkedin-messaging/thread.html'), URL_, NOW);
    expect(capture).toMatchObject({
      site: 'linkedin-messaging',
      source: 'adapter',
      kind: 'dm',
      key: 'linkedin:thread:2-YmFkZjEyMzQ1Ng==',
      title: 'Contract React role – 6 months, remote (EU hours)',
      client: { name: 'Daniel Okafor', profileUrl: 'https://www.linkedin.com/in/daniel-okafor-talent' },
    });
    const text = capture?.text ?? '';
    expect(text).toContain('contract frontend engineer to rebuild their carrier dashboard');
    expect(text).toContain('Day rate €480–540');
    expect(text).toContain('signed our standard NDA');
    expect(text).toContain('30-minute call in for Thursday');
    expect(text.indexOf('Day rate')).toBeLessThan(text.indexOf('standard NDA'));
    expect(text).not.toContain('thanks for reaching out');
    expect(text).not.toContain('Priya');
    expect(text).not.toContain('Write a message');
    expect(offerCaptureSchema.safeParse(capture).success).toBe(true);
  });

  it('tells the recruiter’s messages from the user’s by the header participant when --other is gone', () => {
    const doc = loadPage('linkedin-messaging/thread.html');
    for (const el of Array.from(doc.querySelectorAll('.msg-s-event-listitem--other'))) {
      el.classList.remove('msg-s-event-listitem--other');
    }
    const capture = captureOffer(doc, URL_, NOW);
    expect(capture).toMatchObject({ source: 'adapter', client: { name: 'Daniel Okafor' } });
    expect(capture?.text).toContain('30-minute call in for Thursday');
    expect(capture?.text).not.toContain('thanks for reaching out');
  });

  it('is chosen before the jobs adapter for messaging pages only', () => {
    expect(findAdapter(URL_)?.id).toBe('linkedin-messaging');
    expect(findAdapter('https://jp.linkedin.com/messaging/')?.id).toBe('linkedin-messaging');
    expect(findAdapter('https://www.linkedin.com/jobs/view/4012345678/')?.id).toBe('linkedin');
  });

  it.each([
    URL_,
    'https://www.linkedin.com/messaging/thread/2-YmFkZjEyMzQ1Ng==',
    'https://www.linkedin.com/messaging/thread/2-YmFkZjEyMzQ1Ng%3D%3D/?trk=nav_msg',
    'https://jp.linkedin.com/messaging/thread/2-YmFkZjEyMzQ1Ng==/#compose',
  ])('keys %s to the thread', (url) => {
    expect(canonicalKey(url)).toBe('linkedin:thread:2-YmFkZjEyMzQ1Ng==');
  });

  it.each([
    'https://www.linkedin.com/messaging/',
    'https://www.linkedin.com/messaging/?filter=unread',
    'https://www.linkedin.com/messaging/thread/new/',
  ])('is no offer without an open thread: %s', (url) => {
    const adapter = findAdapter(url);
    expect(adapter?.id).toBe('linkedin-messaging');
    expect(adapter?.isOffer(new URL(url), loadPage('linkedin-messaging/thread.html'))).toBe(false);
    expect(adapter?.key?.(new URL(url))).toBeNull();
  });

  it('watches the thread pane', () => {
    const doc = loadPage('linkedin-messaging/thread.html');
    expect(findAdapter(URL_)?.observeRoot?.(doc)?.classList.contains('msg-convo-wrapper')).toBe(true);
    expect(findAdapter(URL_)?.isOffer(new URL(URL_), empty())).toBe(true);
  });

  it('falls back to the readable text when a redesign renames the classes', () => {
    const doc = loadPage('linkedin-messaging/thread-degraded.html');
    const read = () => captureOffer(doc, URL_, NOW);
    expect(read).not.toThrow();
    const capture = read();
    expect(capture).toMatchObject({
      source: 'readable',
      site: 'linkedin-messaging',
      key: 'linkedin:thread:2-YmFkZjEyMzQ1Ng==',
    });
    expect(capture?.text).toContain('Day rate €480–540');
  });
});
