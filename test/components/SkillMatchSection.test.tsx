// @vitest-environment happy-dom
import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { SkillMatchSection } from '../../components/SkillMatchSection';
import { matchSkills } from '../../utils/analysis/skills';
import type { Checklist } from '../../utils/schema/checklist';
import { profileSchema } from '../../utils/schema/profile';
import { createSkillLabeler } from '../../utils/skill-labels';
import { makeChecklist } from '../utils/fixtures';
import { renderIn } from './render';

afterEach(cleanup);

// A job asking MySQL, PostgreSQL and Figma, for a profile with SQL and MySQL.
const profile = profileSchema.parse({ skills: [{ id: 'sql' }, { id: 'mysql' }] });
const required = ['mysql', 'postgresql', 'figma'];
const { matched, missing, partialVia } = matchSkills(required, profile);

function checklist(): Checklist {
  const base = makeChecklist();
  const value = { matched, missing };
  return { ...base, skillMatch: { ...base.skillMatch, value, suggested: value } };
}

describe('SkillMatchSection', () => {
  it('shows a skill the profile covers only through its broader skill as a partial match, in English', () => {
    renderIn(
      'en',
      <SkillMatchSection checklist={checklist()} skillLabel={createSkillLabeler('en')} partialVia={partialVia} />,
    );
    expect(within(screen.getByTestId('skills-matched')).getByText(/MySQL/)).toBeTruthy();
    const partial = screen.getByTestId('skills-partial');
    expect(within(partial).getByText(/PostgreSQL/)).toBeTruthy();
    expect(within(partial).getByText('(you have SQL)')).toBeTruthy();
    expect(screen.getByText('Partly covered')).toBeTruthy();
    expect(within(screen.getByTestId('skills-missing')).getByText(/Figma/)).toBeTruthy();
    expect(within(screen.getByTestId('skills-missing')).queryByText(/PostgreSQL/)).toBeNull();
  });

  it('says the same in Japanese', () => {
    renderIn(
      'ja',
      <SkillMatchSection checklist={checklist()} skillLabel={createSkillLabeler('ja')} partialVia={partialVia} />,
    );
    expect(screen.getByText('一部一致')).toBeTruthy();
    expect(within(screen.getByTestId('skills-partial')).getByText('（SQLの経験あり）')).toBeTruthy();
  });

  it('shows no partial group when nothing is partly covered', () => {
    renderIn('en', <SkillMatchSection checklist={checklist()} />);
    expect(screen.queryByTestId('skills-partial')).toBeNull();
    expect(within(screen.getByTestId('skills-missing')).getByText(/postgresql/)).toBeTruthy();
  });
});
