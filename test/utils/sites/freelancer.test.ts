// @vitest-environment happy-dom

import { describe, expect, it } from 'vitest';
import { offerCaptureSchema } from '../../../utils/schema/offer';
import { canonicalKey, captureOffer, findAdapter } from '../../../utils/sites';
import { exampleUrls, freelancer } from '../../../utils/sites/freelancer';
import { loadPage } from './load';

const NOW = new Date('2026-11-22T10:00:00.000Z');
const URL_ = 'https://www.freelancer.com/projects/php/Build-booking-plugin-38123456';
const empty = () => new DOMParser().parseFromString('', 'text/html');

describe('freelancer', () => {
  it('reads a project page: budget, skills, bids and the client’s verifications', () => {
    const capture = captureOffer(loadPage('freelancer/project.html'), URL_, NOW);
    expect(capture).toMatchObject({
      site: 'freelancer',
      source: 'adapter',
      kind: 'job-post',
      key: 'freelancer:project:38123456',
      title: 'Build booking plugin for a WordPress yoga studio site',
      budgetText: '$250 – 750 USD',
      postedAt: 'Posted 5 hours ago',
      client: {
        name: 'lotusflowstudio',
        profileUrl: 'https://www.freelancer.com/u/lotusflowstudio',
        location: 'Lisbon, Portugal',
      },
      trust: {
        paymentVerified: true,
        identityVerified: false,
        rating: 4.8,
        reviews: 14,
        memberSince: 'Mar 3, 2019',
      },
    });
    const text = capture?.text ?? '';
    expect(text).toContain('Stripe checkout for drop-in classes');
    expect(text).toContain('The work is fully remote.');
    expect(text).toContain('Skills: PHP, WordPress, JavaScript, MySQL, Stripe');
    expect(text).toContain('Project ID: 38123456 · Bids: 27 · Average bid: $486 USD');
    expect(text).not.toContain('Browse jobs');
    expect(text).not.toContain('Place a bid');
    expect(offerCaptureSchema.safeParse(capture).success).toBe(true);
  });

  it('reads "Payment method verified" and greyed-out verifications', () => {
    const doc = loadPage('freelancer/project.html');
    const list = doc.querySelector('.ClientVerification-list');
    if (!list) throw new Error('fixture changed');
    list.innerHTML =
      '<li class="ClientVerification-item is-unverified"><span>Payment method verified</span></li>' +
      '<li class="ClientVerification-item"><fl-icon aria-label="Verified"></fl-icon><span>Identity verified</span></li>';
    expect(captureOffer(doc, URL_, NOW)?.trust).toMatchObject({ paymentVerified: false, identityVerified: true });
    list.innerHTML = '<li><span>Payment method verified</span></li>';
    expect(captureOffer(doc, URL_, NOW)?.trust.paymentVerified).toBe(true);
    list.remove();
    expect(captureOffer(doc, URL_, NOW)?.trust.paymentVerified).toBeUndefined();
  });

  it.each([
    [URL_, 'freelancer:project:38123456'],
    [`${URL_}?utm_source=x&ref=y`, 'freelancer:project:38123456'],
    [`${URL_}/details#bids`, 'freelancer:project:38123456'],
    ['https://www.freelancer.com/projects/38123456/details', 'freelancer:project:38123456'],
    ['https://www.freelancer.com/projects/38123456?ref=y', 'freelancer:project:38123456'],
    [
      'https://www.freelancer.com/projects/wordpress/Booking-Plugin-Yoga/proposals',
      'freelancer:project:booking-plugin-yoga',
    ],
    [
      'https://www.freelancer.com/projects/wordpress/booking-plugin-yoga?utm_source=x',
      'freelancer:project:booking-plugin-yoga',
    ],
  ])('keys %s → %s', (url, key) => {
    expect(canonicalKey(url)).toBe(key);
  });

  it('matches project pages only', () => {
    expect(findAdapter(URL_)?.id).toBe('freelancer');
    expect(findAdapter('https://freelancer.com.evil.example/projects/1')).toBeNull();
    for (const url of exampleUrls) expect(freelancer.isOffer(new URL(url), empty())).toBe(true);
    expect(freelancer.isOffer(new URL('https://www.freelancer.com/jobs/php/'), empty())).toBe(false);
    expect(freelancer.key?.(new URL('https://www.freelancer.com/jobs/php/'))).toBeNull();
    expect(freelancer.observeRoot?.(loadPage('freelancer/project.html'))?.tagName).toBe('MAIN');
  });

  it('falls back to JSON-LD when a redesign renames every class', () => {
    const doc = loadPage('freelancer/project-degraded.html');
    expect(freelancer.capture(doc, new URL(URL_))).toBeNull();
    const capture = captureOffer(doc, `${URL_}?utm_source=x&ref=y`, NOW);
    expect(capture).toMatchObject({
      source: 'json-ld',
      site: 'freelancer',
      key: 'freelancer:project:38123456',
      title: 'Build booking plugin for a WordPress yoga studio site',
      budgetText: 'USD 250-750',
      client: { name: 'lotusflowstudio', profileUrl: 'https://www.freelancer.com/u/lotusflowstudio' },
    });
    expect(capture?.text).toContain('The work is fully remote.');
  });
});
