import { describe, expect, it } from 'vitest';
import { catalogsForTest, createTranslator, formatDay, pickLocale } from '../../../utils/i18n';
import { en } from '../../../utils/i18n/en';

describe('locale choice', () => {
  it.each([
    ['browser', ['ja-JP', 'en-US'], 'ja'],
    ['browser', ['ja'], 'ja'],
    ['browser', ['en-GB'], 'en'],
    ['browser', ['fr-FR', 'ja'], 'ja'],
    ['browser', ['fr-FR'], 'en'],
    ['browser', [], 'en'],
    ['en', ['ja-JP'], 'en'],
    ['ja', ['en-US'], 'ja'],
  ] as const)('preference %s with browser %j → %s', (preference, languages, expected) => {
    expect(pickLocale(preference, languages)).toBe(expected);
  });
});

describe('catalogs', () => {
  it('has a non-empty Japanese string for every English key', () => {
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      expect(catalogsForTest.ja[key], key).toBeTruthy();
    }
  });

  it('keeps every placeholder of the English string in the Japanese one', () => {
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      const placeholders = en[key].match(/\{\w+\}/g) ?? [];
      for (const placeholder of placeholders) expect(catalogsForTest.ja[key], key).toContain(placeholder);
    }
  });

  it('translates Japanese sections and fills placeholders', () => {
    const t = createTranslator('ja');
    expect(t('section.liability')).toBe('責任とリスク');
    expect(t('decidedBanner', { date: '2026-11-22', status: t('status.accepted') })).toBe('2026-11-22 に決定: 受ける');
    expect(createTranslator('en')('decidedBanner', { date: '2026-11-22', status: 'Accepted' })).toBe(
      'Decided on 2026-11-22: Accepted',
    );
  });
});

describe('formatDay', () => {
  it.each([
    ['2026-11-22', '2026-11-22'],
    [new Date(2026, 0, 5, 23, 59), '2026-01-05'],
    ['not a date', 'not a date'],
  ])('%s → %s', (input, expected) => {
    expect(formatDay(input)).toBe(expected);
  });
});
