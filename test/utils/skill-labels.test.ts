import { describe, expect, it } from 'vitest';
import { createSkillLabeler } from '../../utils/skill-labels';

describe('skill labels', () => {
  it.each([
    ['ja', 'video-editing', '動画編集'],
    ['en', 'video-editing', 'Video editing'],
    ['ja', 'google-apps-script', 'Google Apps Script'],
    ['ja', 'my-own-niche', 'my-own-niche'],
    ['en', 'google-cloud', 'Google Cloud'],
    ['ja', 'postgresql', 'PostgreSQL'],
  ] as const)('%s: %s → %s', (locale, id, label) => {
    expect(createSkillLabeler(locale)(id)).toBe(label);
  });
});
