import resumeSchema from '@jsonresume/schema';
import { describe, expect, it } from 'vitest';
import { isCompletedWork, resumeFileName, toJsonResume } from '../../../utils/portfolio/resume';
import { type Outcome, outcomeSchema } from '../../../utils/schema/decision';
import { createDefaultProfile, type Profile } from '../../../utils/schema/profile';
import { createSkillLabeler } from '../../../utils/skill-labels';
import { makeDecision } from '../fixtures';

/** Validates against the published JSON Resume schema (the @jsonresume/schema package's own validator). */
function schemaErrors(resume: unknown): string[] {
  let errors: string[] = [];
  resumeSchema.validate(resume, (err: { stack: string }[] | null) => {
    errors = (err ?? []).map((e) => e.stack);
  });
  return errors;
}

const outcome = (fields: Partial<Outcome>): Outcome => outcomeSchema.parse(fields);
const profile: Profile = {
  ...createDefaultProfile(),
  skills: [
    { id: 'react', level: 'strong', years: 5 },
    { id: 'my own tool', level: 'learning', years: null },
  ],
};
const NOW = new Date('2026-11-26T12:00:00.000Z');
const en = { locale: 'en' as const, skillLabel: createSkillLabeler('en'), now: NOW };

const journal = [
  makeDecision({
    id: 'older',
    outcome: outcome({ startedAt: '2026-03-01', deliveredAt: '2026-04-10', testimonial: ' Fast and careful. ' }),
  }),
  makeDecision({
    id: 'newer',
    offer: { ...makeDecision().offer, site: 'upwork', title: 'Landing page rebuild', client: {} },
    note: 'PRIVATE: they pay late',
    outcome: outcome({ deliveredAt: '2026-09-30', link: 'https://example.com/work/landing', amountPaid: 90000 }),
  }),
  makeDecision({ id: 'in-progress', outcome: outcome({ startedAt: '2026-11-01' }) }),
  makeDecision({ id: 'declined', status: 'declined', outcome: outcome({ deliveredAt: '2026-05-01' }) }),
];

describe('JSON Resume export', () => {
  it('lists only delivered accepted work, newest delivery first, and passes the JSON Resume schema', () => {
    expect(journal.map(isCompletedWork)).toEqual([true, true, false, false]);
    const resume = toJsonResume(profile, journal, en);
    expect(schemaErrors(resume)).toEqual([]);
    expect(resume.projects.map((p) => p.name)).toEqual(['Landing page rebuild', 'ECサイトの商品ページ制作']);
    expect(resume.projects[0]).toMatchObject({
      // No start recorded, and decided (2026-11-20) after delivery: old work logged late starts and ends
      // on its delivery day rather than ending before it starts.
      startDate: '2026-09-30',
      endDate: '2026-09-30',
      url: 'https://example.com/work/landing',
      description: 'Freelance project found on Upwork',
      keywords: ['React'],
    });
    expect(resume.projects[0]).not.toHaveProperty('entity');
    expect(resume.projects[1]).toMatchObject({
      entity: '株式会社サンプル',
      startDate: '2026-03-01',
      endDate: '2026-04-10',
      highlights: ['Fast and careful.'],
      description: 'Freelance project found on Lancers',
    });
    expect(resume.skills).toEqual([
      { name: 'React', level: 'Strong' },
      { name: 'my own tool', level: 'Learning' },
    ]);
  });

  it('starts a project on the day it was decided when no start date was entered', () => {
    const resume = toJsonResume(
      profile,
      [makeDecision({ createdAt: '2026-06-01T09:00:00.000Z', outcome: outcome({ deliveredAt: '2026-07-15' }) })],
      en,
    );
    expect(resume.projects[0]).toMatchObject({ startDate: '2026-06-01', endDate: '2026-07-15' });
  });

  it('keeps private notes, pay, flags and offer text out of the résumé', () => {
    const text = JSON.stringify(toJsonResume(profile, journal, en));
    for (const secret of ['PRIVATE', '90000', 'unlimitedDamages', '一切の損害を賠償', 'Good client']) {
      expect(text).not.toContain(secret);
    }
  });

  it('drops a link that is not a web address instead of writing an invalid résumé', () => {
    for (const link of ['javascript:alert(1)', 'see my portfolio', 'ftp://files.example.com/a']) {
      const resume = toJsonResume(
        profile,
        [makeDecision({ outcome: outcome({ deliveredAt: '2026-01-05', link }) })],
        en,
      );
      expect(resume.projects[0]).not.toHaveProperty('url');
      expect(schemaErrors(resume)).toEqual([]);
    }
  });

  it('words the résumé in Japanese for a Japanese UI', () => {
    const resume = toJsonResume(profile, journal, { locale: 'ja', skillLabel: createSkillLabeler('ja'), now: NOW });
    expect(schemaErrors(resume)).toEqual([]);
    expect(resume.projects[1]?.description).toBe('Lancersで受けたフリーランス案件');
    expect(resume.skills[0]?.level).toBe('得意');
  });

  it('the schema check is not vacuous: a malformed project date is rejected', () => {
    const resume = toJsonResume(profile, journal, en);
    const broken = { ...resume, projects: [{ ...resume.projects[0], startDate: 'last spring' }] };
    expect(schemaErrors(broken).join('\n')).toMatch(/startDate/);
  });

  it('names the file by the local date', () => {
    expect(resumeFileName(new Date(2026, 0, 3, 0, 5))).toBe('gig-screener-resume-2026-01-03.json');
  });
});
