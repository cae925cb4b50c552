// @vitest-environment happy-dom
import { cleanup, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { InsightsView } from '../../components/InsightsView';
import { renderIn } from './render';

afterEach(cleanup);

describe('InsightsView', () => {
  it('states the accept rate and lists every bar as a labelled value, in Japanese', () => {
    renderIn(
      'ja',
      <InsightsView
        insights={{
          total: 3,
          acceptRate: 0.5,
          perWeek: [{ label: '2026-11-23', value: 3 }],
          bySite: [{ label: 'lancers', value: 3 }],
          declineReasons: [{ label: 'rate', value: 2 }],
          declineFlags: [{ label: 'offPlatformPayment', value: 1 }],
          earnings: [{ label: '2026-11 JPY', value: 80_000 }],
        }}
      />,
    );
    const view = screen.getByTestId('insights');
    expect(view.textContent).toContain('50% を受けました');
    expect(view.textContent).toContain('2026-11-23 の週');
    expect(view.textContent).toContain('プラットフォーム外');
    expect(view.textContent).toContain('断った理由（多い順）');
    expect(view.textContent).toContain('報酬が低い');
    expect(view.textContent).toContain('80,000');
  });

  it('asks for reasons when none were recorded', () => {
    renderIn(
      'en',
      <InsightsView
        insights={{
          total: 1,
          acceptRate: 0,
          perWeek: [],
          bySite: [],
          declineReasons: [],
          declineFlags: [],
          earnings: [],
        }}
      />,
    );
    expect(screen.getByTestId('insights').textContent).toContain('No reasons recorded yet');
  });
});
