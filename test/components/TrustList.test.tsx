// @vitest-environment happy-dom
import { cleanup, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { TrustList } from '../../components/TrustList';
import { renderIn } from './render';

afterEach(cleanup);

const upworkClient = {
  paymentVerified: true,
  phoneVerified: true,
  rating: 4.3,
  reviews: 7,
  pastOrders: 28,
  hireRate: 68,
  totalSpent: '$11K',
  hires: 19,
  avgRatePaid: '$5.00/hr',
  memberSince: 'Jul 7, 2014',
};

describe('TrustList', () => {
  it('lists every signal an Upwork client box shows', () => {
    renderIn('en', <TrustList trust={upworkClient} />);
    const text = screen.getByTestId('trust-signals').textContent ?? '';
    for (const part of [
      'Payment verified',
      'Phone number verified',
      'Rating 4.3 (7 reviews)',
      '28 past orders',
      'Hire rate 68%',
      'Spent $11K',
      '19 hires',
      'Pays $5.00/hr on average',
      'Member since Jul 7, 2014',
    ])
      expect(text).toContain(part);
  });

  it('shows the applicants a job board counts, in Japanese', () => {
    renderIn('ja', <TrustList trust={{ rating: 4, reviews: 2, applicants: 196 }} />);
    const text = screen.getByTestId('trust-signals').textContent ?? '';
    expect(text).toContain('応募 196件');
    expect(text).toContain('評価 4（2件）');
  });

  it('says nothing the page did not show', () => {
    renderIn('en', <TrustList trust={{}} />);
    expect(screen.queryByTestId('trust-signals')).toBeNull();
  });
});
