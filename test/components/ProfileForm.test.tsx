// @vitest-environment happy-dom
import { cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ProfileForm } from '../../components/ProfileForm';
import { listSkills } from '../../utils/analysis';
import { resolveSkill } from '../../utils/profile-edit';
import { createDefaultProfile, profileSchema } from '../../utils/schema/profile';
import { renderIn } from './render';

afterEach(cleanup);
const skills = listSkills();

describe('ProfileForm', () => {
  it.each([
    ['動画編集', 'video-editing'],
    ['GAS', 'google-apps-script'],
    ['ReactJS', 'react'],
    ['Basket weaving', 'basket-weaving'],
  ])('reads “%s” as the skill %s', (text, id) => {
    expect(resolveSkill(text, skills)).toBe(id);
  });

  it('adds a skill typed by a Japanese synonym and saves a profile the schema accepts', () => {
    const onSave = vi.fn();
    renderIn('ja', <ProfileForm profile={createDefaultProfile()} skills={skills} locale="ja" onSave={onSave} />);
    fireEvent.change(screen.getByTestId('skill-input'), { target: { value: 'ワードプレス' } });
    fireEvent.click(screen.getByTestId('skill-add'));
    expect(screen.getByTestId('profile-skill').getAttribute('data-skill')).toBe('wordpress');
    fireEvent.click(screen.getByTestId('profile-save'));
    const saved = onSave.mock.calls[0]?.[0];
    expect(profileSchema.safeParse(saved).success).toBe(true);
    expect(saved.skills).toEqual([{ id: 'wordpress', level: 'working', years: null }]);
  });

  it('saves a minimum rate, working languages and a heavier liability weight', () => {
    const onSave = vi.fn();
    renderIn('ja', <ProfileForm profile={createDefaultProfile()} skills={skills} locale="ja" onSave={onSave} />);
    fireEvent.click(screen.getByTestId('add-rate'));
    fireEvent.change(screen.getByLabelText('受け取った金額'), { target: { value: '3000' } });
    fireEvent.click(screen.getByLabelText('日本語'));
    fireEvent.change(screen.getByTestId('weight-liability'), { target: { value: '2' } });
    fireEvent.click(screen.getByTestId('profile-save'));
    const saved = onSave.mock.calls[0]?.[0];
    expect(saved.preferences.minimumRates).toEqual([{ currency: 'JPY', unit: 'hour', amount: 3000 }]);
    expect(saved.preferences.languages).toEqual(['ja']);
    expect(saved.weights.liability).toBe(2);
  });

  it('refuses negative years in words and does not save', () => {
    const onSave = vi.fn();
    renderIn('en', <ProfileForm profile={createDefaultProfile()} skills={skills} locale="en" onSave={onSave} />);
    fireEvent.change(screen.getByTestId('skill-input'), { target: { value: 'react' } });
    fireEvent.click(screen.getByTestId('skill-add'));
    fireEvent.change(screen.getByLabelText('Years'), { target: { value: '-3' } });
    fireEvent.click(screen.getByTestId('profile-save'));
    expect(onSave).not.toHaveBeenCalled();
    expect(screen.getByTestId('profile-errors').textContent).toMatch(/cannot be saved/);
  });
});
