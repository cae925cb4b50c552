// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Screening } from '../../components/Screening';
import { analyzeOffer } from '../../utils/analysis';
import { createDefaultProfile, type Profile, profileSchema } from '../../utils/schema/profile';
import { capturePasted } from '../../utils/sites';
import { renderIn } from './render';

afterEach(cleanup);

const TEXT = 'Hi! We need a React and TypeScript developer for a dashboard. Fully remote, $60/hour.';
const SETTINGS = 'chrome-extension://id/options.html';

function renderScreening(locale: 'en' | 'ja', profile: Profile) {
  const capture = capturePasted({ text: TEXT, sender: 'Ana Lopez' }, new Date('2026-11-20T09:00:00Z'));
  const actions = { saveDecision: vi.fn(), muteFlag: vi.fn() };
  return renderIn(
    locale,
    <Screening
      actions={actions}
      capture={capture}
      profile={profile}
      analysis={analyzeOffer(capture, profile)}
      existing={null}
      capacity={{ available: profile.preferences.weeklyHours, committed: 0, unknown: 0 }}
      settingsUrl={SETTINGS}
    />,
  );
}

describe('the checklist before the profile is filled in', () => {
  it('never calls a skill missing, says why, and links to the settings', () => {
    renderScreening('en', createDefaultProfile());
    expect(screen.queryByTestId('skills-missing')).toBeNull();
    const empty = screen.getByTestId('skills-unjudged');
    expect(empty.textContent).toContain('no skills yet');
    expect(within(empty).getByTestId('skills-asked').textContent).toMatch(/React.*TypeScript/);
    expect(within(empty).getByRole('link', { name: 'Open settings' }).getAttribute('href')).toBe(SETTINGS);
    expect(screen.getByTestId('tie-unjudged').textContent).toContain('friend cannot be told from a stranger');
    expect(screen.getByTestId('capacity-unjudged').textContent).toContain('hours a week');
  });

  it('names on the verdict line what it could not judge, and does not count it', () => {
    renderScreening('en', createDefaultProfile());
    const verdict = screen.getByTestId('verdict');
    const parts = [...within(verdict).getByTestId('verdict-unjudged').querySelectorAll('[data-part]')];
    expect(parts.map((p) => p.getAttribute('data-part'))).toEqual(['skillMatch', 'communityTie', 'capacity']);
    expect(verdict.querySelector('[data-reason="missing"]')).toBeNull();
    expect(verdict.querySelector('[data-reason="cold"]')).toBeNull();
  });

  it('says the same in Japanese', () => {
    renderScreening('ja', createDefaultProfile());
    expect(screen.getByTestId('verdict-unjudged').textContent).toMatch(/未判定.*スキルの一致.*つながり.*稼働時間/);
    expect(screen.getByTestId('skills-unjudged').textContent).toContain('「不足」とは数えていません');
    expect(within(screen.getByTestId('skills-unjudged')).getByRole('link').textContent).toBe('設定を開く');
  });

  it('judges skill match as usual once the profile has skills', () => {
    renderScreening('en', profileSchema.parse({ skills: [{ id: 'react' }], preferences: { weeklyHours: 20 } }));
    expect(screen.queryByTestId('skills-unjudged')).toBeNull();
    expect(screen.getByTestId('skills-matched').textContent).toContain('React');
    expect(screen.getByTestId('skills-missing').textContent).toContain('TypeScript');
    expect(screen.getByTestId('verdict').querySelector('[data-reason="missing"]')).not.toBeNull();
    expect(screen.getByTestId('verdict-unjudged').textContent).not.toContain('skill match');
    expect(screen.queryByTestId('capacity-unjudged')).toBeNull();
  });

  it('judges the tie once the user picks it by hand', () => {
    renderScreening('en', createDefaultProfile());
    fireEvent.click(screen.getByLabelText('Known personally'));
    expect(screen.queryByTestId('tie-unjudged')).toBeNull();
    expect(screen.getByTestId('verdict-unjudged').textContent).not.toContain('community tie');
  });
});
