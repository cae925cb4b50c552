// @vitest-environment happy-dom
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { App } from '../../../entrypoints/overlay/App';
import { analyzeOffer } from '../../../utils/analysis';
import { createDefaultProfile } from '../../../utils/schema/profile';

const capture = {
  url: 'https://www.lancers.jp/work/detail/5551234',
  key: 'lancers:5551234',
  site: 'lancers',
  kind: 'job-post',
  source: 'adapter',
  title: 'Landing page in React',
  text: 'Build a landing page in React. Fully remote. Budget 50,000円.',
  client: {},
  trust: {},
  capturedAt: new Date('2026-11-30T00:00:00Z').toISOString(),
};

afterEach(() => {
  fakeBrowser.reset();
});

describe('overlay when the extension does not answer', () => {
  it('says so, and its retry asks again and shows the checklist once the extension answers', async () => {
    let reachable = false;
    const sent: string[] = [];
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(async (message: unknown) => {
      const { type } = message as { type: string };
      sent.push(type);
      if (!reachable) throw new Error('Could not establish connection. Receiving end does not exist.');
      if (type === 'overlay:get-capture') return { ok: true, data: capture };
      if (type === 'profile:get') return { ok: true, data: createDefaultProfile() };
      if (type === 'decision:get-by-key') return { ok: true, data: null };
      // The background reads the offer; the frame shows what it read.
      if (type === 'offer:analyze') return { ok: true, data: analyzeOffer(capture as never, createDefaultProfile()) };
      if (type === 'capacity:get') return { ok: true, data: { weeklyHours: null, committedHours: 0, items: [] } };
      return { ok: true, data: null };
    });
    location.hash = '#n=abcdef0123456789';
    render(<App />);
    await screen.findByTestId('overlay-error');
    expect(screen.queryByTestId('overlay-title')).toBeNull();

    // ✕ still sends its close request (the background relays it to the page, which removes the frame).
    fireEvent.click(screen.getByTestId('close-overlay'));
    expect(sent).toContain('overlay:close');

    reachable = true;
    const asked = sent.filter((t) => t === 'overlay:get-capture').length;
    fireEvent.click(screen.getByTestId('overlay-retry'));
    expect(await screen.findByTestId('overlay-title')).toHaveProperty('textContent', 'Landing page in React');
    expect(sent.filter((t) => t === 'overlay:get-capture').length).toBe(asked + 1);
    expect(sent).toContain('offer:analyze');
    await waitFor(() => expect(screen.queryByTestId('overlay-error')).toBeNull());
  });
});
