import { describe, expect, it } from 'vitest';
import { analyzeOffer, scoreChecklist, suggestChecklist } from '../../../utils/analysis';
import { unjudgedParts } from '../../../utils/analysis/verdict';
import { createDefaultProfile, profileSchema } from '../../../utils/schema/profile';

const DM = {
  text: 'Hi! We need a React and TypeScript developer for a dashboard. Fully remote, $60/hour.',
  kind: 'dm' as const,
  client: { name: 'Ana Lopez' },
};
const FILLED = profileSchema.parse({
  skills: [{ id: 'react' }],
  contacts: [{ id: 'c1', name: 'Someone Else' }],
  preferences: { weeklyHours: 10 },
});

describe('parts the verdict cannot judge without profile data', () => {
  it.each([
    ['an empty profile', createDefaultProfile(), ['skillMatch', 'communityTie', 'capacity']],
    ['skills only', profileSchema.parse({ skills: [{ id: 'react' }] }), ['communityTie', 'capacity']],
    ['a filled profile', FILLED, []],
  ])('%s', (_name, profile, expected) => {
    const checklist = suggestChecklist(analyzeOffer(DM, profile));
    expect(unjudgedParts(checklist, profile)).toEqual(expected);
  });

  it('judges what the text itself settles, and what the user set by hand', () => {
    const referred = suggestChecklist(analyzeOffer({ text: 'I was referred by Maria. Need a logo.', kind: 'dm' }));
    expect(unjudgedParts(referred)).not.toContain('communityTie');
    const checklist = suggestChecklist(analyzeOffer(DM));
    checklist.communityTie = { ...checklist.communityTie, value: 'known-personally', source: 'user' };
    checklist.skillMatch = { ...checklist.skillMatch, source: 'user' };
    expect(unjudgedParts(checklist)).toEqual(['capacity']);
  });

  it('leaves skill match and a cold tie out of an empty profile’s score, and counts them once known', () => {
    const empty = analyzeOffer(DM, createDefaultProfile()).verdict;
    expect(empty.reasons.map((r) => r.item)).not.toContain('skillMatch');
    expect(empty.reasons.map((r) => r.code)).not.toContain('cold');
    const filled = analyzeOffer(DM, FILLED).verdict;
    expect(filled.reasons.map((r) => r.code)).toEqual(expect.arrayContaining(['missing', 'cold']));
    expect(filled.score).toBeLessThan(empty.score);
    // The verdict is still the score of its own checklist.
    const checklist = suggestChecklist(analyzeOffer(DM, FILLED));
    expect(
      scoreChecklist(checklist, FILLED, { budget: analyzeOffer(DM, FILLED).budget, platformEscrow: null }),
    ).toEqual(filled);
  });
});
