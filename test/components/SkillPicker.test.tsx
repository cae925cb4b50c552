// @vitest-environment happy-dom
import { cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SkillPicker } from '../../components/SkillPicker';
import { listSkills } from '../../utils/analysis';
import { renderIn } from './render';

afterEach(cleanup);
const skills = listSkills();

describe('SkillPicker (the welcome page and the profile form)', () => {
  it('adds what is typed as its taxonomy skill, by Enter or by the button, and empties the field', () => {
    const onPick = vi.fn();
    renderIn('en', <SkillPicker skills={skills} locale="en" onPick={onPick} testId="skill" />);
    const input = screen.getByTestId('skill-input') as HTMLInputElement;
    fireEvent.change(input, { target: { value: 'ReactJS' } });
    fireEvent.keyDown(input, { key: 'Enter' });
    fireEvent.change(input, { target: { value: 'ワードプレス' } });
    fireEvent.click(screen.getByTestId('skill-add'));
    expect(onPick.mock.calls).toEqual([['react'], ['wordpress']]);
    expect(input.value).toBe('');
  });

  it('adds nothing for a blank field', () => {
    const onPick = vi.fn();
    renderIn('en', <SkillPicker skills={skills} locale="en" onPick={onPick} testId="skill" />);
    fireEvent.change(screen.getByTestId('skill-input'), { target: { value: '   ' } });
    fireEvent.click(screen.getByTestId('skill-add'));
    expect(onPick).not.toHaveBeenCalled();
  });

  it('suggests the skills by their name in the page’s language', () => {
    renderIn('ja', <SkillPicker skills={skills} locale="ja" onPick={() => undefined} testId="welcome-skill" />);
    const list = screen.getByTestId('welcome-skill-input').getAttribute('list') ?? '';
    const names = [...(document.getElementById(list)?.querySelectorAll('option') ?? [])].map((o) => o.value);
    expect(names).toHaveLength(skills.length);
    expect(names).toContain(skills.find((s) => s.id === 'video-editing')?.ja);
  });
});
