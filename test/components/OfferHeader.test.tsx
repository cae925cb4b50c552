// @vitest-environment happy-dom
import { cleanup, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { OfferHeader } from '../../components/OfferHeader';
import type { OfferCapture } from '../../utils/schema/offer';
import { renderIn } from './render';

afterEach(cleanup);

const capture: Pick<OfferCapture, 'title' | 'client' | 'budgetText' | 'source' | 'site' | 'missing'> = {
  title: 'ECサイトの商品ページ制作',
  client: {},
  source: 'adapter',
  site: 'lancers',
  missing: ['client', 'budget', 'posted'],
};

describe('OfferHeader', () => {
  it('names what the page did not let the adapter read', () => {
    renderIn('en', <OfferHeader capture={capture} budget={null} />);
    expect(screen.getByTestId('overlay-budget').textContent).toBe('budget not found on the page');
    expect(screen.getByTestId('overlay-client').textContent).toBe('client not found on the page');
    const items = Array.from(screen.getByTestId('overlay-missing').querySelectorAll('li')).map((li) => li.textContent);
    expect(items).toEqual([
      'client not found on the page',
      'budget not found on the page',
      'posting date not found on the page',
    ]);
  });

  it('says so in Japanese', () => {
    renderIn('ja', <OfferHeader capture={capture} budget={null} />);
    expect(screen.getByTestId('overlay-budget').textContent).toBe('予算がページに見つかりません');
    expect(screen.getByTestId('overlay-missing').textContent).toContain('掲載日がページに見つかりません');
  });

  it('does not call the budget missing when the analysis found one in the text', () => {
    renderIn(
      'en',
      <OfferHeader
        capture={{ ...capture, missing: ['budget'] }}
        budget={{ min: 50_000, max: 80_000, currency: 'JPY', unit: 'fixed' }}
      />,
    );
    expect(screen.getByTestId('overlay-budget').textContent).not.toContain('not found');
    expect(screen.queryByTestId('overlay-missing')).toBeNull();
  });

  it('shows no missing list when the page showed everything', () => {
    renderIn(
      'en',
      <OfferHeader capture={{ ...capture, client: { name: 'さくら' }, missing: undefined }} budget={null} />,
    );
    expect(screen.getByTestId('overlay-client').textContent).toBe('さくら');
    expect(screen.getByTestId('overlay-budget').textContent).toBe('Not stated');
    expect(screen.queryByTestId('overlay-missing')).toBeNull();
  });
});
