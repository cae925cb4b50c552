// @vitest-environment happy-dom
import { cleanup, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { CapacityNote } from '../../components/CapacityNote';
import { renderIn } from './render';

afterEach(cleanup);

describe('CapacityNote', () => {
  it('warns before an acceptance would overcommit the week', () => {
    renderIn('en', <CapacityNote capacity={{ available: 15, committed: 10, unknown: 0 }} hours="10 hours a week" />);
    expect(screen.getByTestId('capacity').textContent).toContain('5 h left');
    expect(screen.getByRole('alert').textContent).toContain('overcommit you by 5 h');
  });

  it('says how much is left, in Japanese, when the offer fits', () => {
    renderIn('ja', <CapacityNote capacity={{ available: 15, committed: 0, unknown: 0 }} hours="週5時間" />);
    expect(screen.getByTestId('capacity').textContent).toContain('残りは 15 時間');
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('stays silent until the profile says how many hours there are', () => {
    renderIn('en', <CapacityNote capacity={{ available: null, committed: 10, unknown: 0 }} hours="10 hours a week" />);
    expect(screen.queryByTestId('capacity')).toBeNull();
  });
});
