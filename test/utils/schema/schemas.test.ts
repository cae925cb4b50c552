import { describe, expect, it } from 'vitest';
import { decisionSchema } from '../../../utils/schema/decision';
import { offerCaptureSchema } from '../../../utils/schema/offer';
import { PORTFOLIO_SCHEMA_VERSION, portfolioLogSchema } from '../../../utils/schema/portfolio';
import { createDefaultProfile, profileSchema } from '../../../utils/schema/profile';
import { makeDecision } from '../fixtures';

const capture = {
  url: 'https://crowdworks.jp/public/jobs/9876543',
  key: 'crowdworks:job:9876543',
  site: 'crowdworks',
  kind: 'job-post',
  source: 'adapter',
  title: 'SNS投稿代行',
  text: '在宅でできるお仕事です',
  capturedAt: '2026-11-22T10:00:00.000Z',
};

describe('offer capture schema', () => {
  it('accepts a capture and fills empty client and trust', () => {
    expect(offerCaptureSchema.parse(capture)).toMatchObject({ client: {}, trust: {} });
  });
  it.each([
    ['an unknown kind', { kind: 'email' }],
    ['an empty key', { key: '' }],
    ['text over 100 kB', { text: 'x'.repeat(100_001) }],
    ['a hire rate over 100', { trust: { hireRate: 120 } }],
    ['a capture date that is not ISO', { capturedAt: 'yesterday' }],
  ])('refuses %s', (_what, change) => {
    expect(offerCaptureSchema.safeParse({ ...capture, ...change }).success).toBe(false);
  });
});

describe('decision schema', () => {
  it('accepts a full decision', () => {
    expect(decisionSchema.parse(makeDecision())).toEqual(makeDecision());
  });
  it.each([
    ['an unknown status', { status: 'maybe' }],
    ['a follow-up that is not a date', { followUpAt: 'next week' }],
    ['a client rating of 6', { outcome: { clientRating: 6 } }],
    ['an empty id', { id: '' }],
  ])('refuses %s', (_what, change) => {
    expect(decisionSchema.safeParse({ ...makeDecision(), ...change }).success).toBe(false);
  });
  it('refuses an answer whose source is neither auto nor user', () => {
    const d = makeDecision();
    const bad = { ...d, checklist: { ...d.checklist, communityTie: { ...d.checklist.communityTie, source: 'ai' } } };
    expect(decisionSchema.safeParse(bad).success).toBe(false);
  });
});

describe('profile schema', () => {
  it('gives every default to an empty profile', () => {
    expect(createDefaultProfile()).toMatchObject({
      skills: [],
      preferences: { remote: 'hybrid-ok' },
      weights: { communityTie: 1, skillMatch: 1, remote: 1, liability: 1 },
      dealbreakers: ['upfrontFeeOrScam'],
      uiLanguage: 'browser',
    });
  });
  it.each([
    ['a weight above 3', { weights: { liability: 5 } }],
    ['an unknown muted flag', { mutedFlags: ['spam'] }],
    ['an unknown language', { uiLanguage: 'fr' }],
  ])('refuses %s', (_what, change) => {
    expect(profileSchema.safeParse(change).success).toBe(false);
  });
});

describe('portfolio log schema', () => {
  const log = {
    format: 'gig-screener.portfolio-log',
    schemaVersion: PORTFOLIO_SCHEMA_VERSION,
    exportedAt: '2026-11-22T10:00:00.000Z',
    app: { name: 'Gig Screener', version: '0.1.0' },
    profile: {},
    decisions: [makeDecision()],
  };
  it('accepts a log', () => {
    expect(portfolioLogSchema.safeParse(log).success).toBe(true);
  });
  it.each([
    ['another format', { format: 'something-else' }],
    ['a newer schema version', { schemaVersion: PORTFOLIO_SCHEMA_VERSION + 1 }],
    ['a broken decision', { decisions: [{ id: 'x' }] }],
  ])('refuses %s', (_what, change) => {
    expect(portfolioLogSchema.safeParse({ ...log, ...change }).success).toBe(false);
  });
});
