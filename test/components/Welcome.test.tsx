// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Welcome } from '../../components/Welcome';
import { listSkills } from '../../utils/analysis';
import { createDefaultProfile, type Profile } from '../../utils/schema/profile';
import { renderIn } from './render';

afterEach(cleanup);

/** A profile text in the shape of a marketplace profile, written for this test. */
const PROFILE_TEXT = `Web developer, 6 years.
I build storefronts with Shopify and WordPress, and dashboards in React and TypeScript.
Also: Figma mock-ups, a little Python for scraping.`;

function renderWelcome(locale: 'en' | 'ja' = 'en', profile: Profile = createDefaultProfile()) {
  const saved: Profile[] = [];
  const onSave = vi.fn(async (next: Profile) => {
    saved.push(next);
    return null;
  });
  renderIn(locale, <Welcome profile={profile} skills={listSkills()} onSave={onSave} settingsUrl="options.html" />);
  return { saved, onSave };
}

const click = (testId: string) => fireEvent.click(screen.getByTestId(testId));

describe('Welcome', () => {
  it('says what the extension does and that nothing leaves the machine, in both languages', () => {
    renderWelcome('en');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Welcome to Gig Screener');
    expect(screen.getByTestId('welcome-private').textContent).toContain('Nothing leaves this computer');
    cleanup();
    renderWelcome('ja');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Gig Screener へようこそ');
    expect(screen.getByTestId('welcome-private').textContent).toContain('このパソコンの外には何も送りません');
  });

  it('finds the skills in pasted profile text, lets the user untick one, and saves the rest', async () => {
    const { saved } = renderWelcome();
    click('welcome-start');
    fireEvent.change(screen.getByTestId('welcome-paste'), { target: { value: PROFILE_TEXT } });
    click('welcome-find');
    const found = screen.getByTestId('welcome-found');
    const ids = within(found)
      .getAllByRole('checkbox')
      .map((box) => (box as HTMLInputElement).value);
    expect(ids).toEqual(expect.arrayContaining(['shopify', 'wordpress', 'typescript', 'figma', 'python']));
    fireEvent.click(within(found).getByLabelText('Python'));
    click('welcome-next');
    await waitFor(() => expect(saved).toHaveLength(1));
    const skills = saved[0]?.skills.map((s) => s.id) ?? [];
    expect(skills).toEqual(expect.arrayContaining(['shopify', 'wordpress', 'typescript', 'figma']));
    expect(skills).not.toContain('python');
    expect(screen.getByTestId('welcome-progress').textContent).toBe('Step 2 of 3');
  });

  it('adds a typed skill by any of its names', async () => {
    const { saved } = renderWelcome('ja');
    click('welcome-start');
    fireEvent.change(screen.getByTestId('welcome-skill-input'), { target: { value: 'ReactJS' } });
    fireEvent.keyDown(screen.getByTestId('welcome-skill-input'), { key: 'Enter' });
    expect(screen.getByTestId('welcome-picked').textContent).toContain('React');
    click('welcome-next');
    await waitFor(() => expect(saved[0]?.skills.map((s) => s.id)).toEqual(['react']));
  });

  it('saves communities, people and the week, each step on its own', async () => {
    const { saved } = renderWelcome();
    click('welcome-start');
    click('welcome-skip');
    fireEvent.change(screen.getByTestId('welcome-communities'), { target: { value: 'Design Club, Tokyo JS' } });
    fireEvent.change(screen.getByTestId('welcome-contacts'), { target: { value: 'Ken Sato, @yui' } });
    click('welcome-next');
    await waitFor(() => expect(saved).toHaveLength(1));
    expect(saved[0]?.communities.map((c) => c.name)).toEqual(['Design Club', 'Tokyo JS']);
    expect(saved[0]?.contacts.map((c) => [c.name, c.handles])).toEqual([
      ['Ken Sato', []],
      ['@yui', ['@yui']],
    ]);
    await screen.findByTestId('welcome-hours');
    fireEvent.change(screen.getByTestId('welcome-hours'), { target: { value: '12' } });
    fireEvent.change(screen.getByTestId('welcome-rate'), { target: { value: '40' } });
    click('welcome-next');
    await waitFor(() => expect(saved).toHaveLength(2));
    expect(saved[1]?.preferences).toMatchObject({
      weeklyHours: 12,
      minimumRates: [{ currency: 'USD', unit: 'hour', amount: 40 }],
    });
    await screen.findByTestId('welcome-done');
  });

  it('skips everything without writing, and says what that means', () => {
    const { onSave } = renderWelcome();
    click('welcome-skip-all');
    expect(screen.getByTestId('welcome-done').textContent).toContain('not judged yet');
    expect(onSave).not.toHaveBeenCalled();
  });

  it('keeps the step and shows the error when saving fails', async () => {
    const onSave = vi.fn(async () => 'error.quota' as const);
    renderIn('en', <Welcome profile={createDefaultProfile()} skills={listSkills()} onSave={onSave} />);
    click('welcome-start');
    click('welcome-next');
    expect((await screen.findByRole('alert')).textContent).toContain('no room left');
    expect(screen.getByTestId('welcome-progress').textContent).toBe('Step 1 of 3');
  });
});
