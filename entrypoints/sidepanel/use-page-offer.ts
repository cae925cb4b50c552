import { useEffect, useRef } from 'react';
import { browser } from 'wxt/browser';
import { pageCaptureKey, readPageCapture } from '@/utils/page-capture';
import type { OfferCapture } from '@/utils/schema/offer';

/**
 * Calls `show` with the offer of the panel's tab when that page hides the launcher (a hostile page's
 * CSS, a covering element): the toolbar button and the shortcut open the checklist here instead. The
 * tab is the `tab` parameter (the journal opened in a tab, as Firefox does from a message) or the
 * window's active tab.
 */
export function usePageOffer(show: (capture: OfferCapture) => void): void {
  const showRef = useRef(show);
  showRef.current = show;
  useEffect(() => {
    let tabId: number | null = null;
    const offer = (value: unknown) => {
      const capture = readPageCapture(value);
      if (capture) showRef.current(capture);
    };
    const fromParameter = Number(new URLSearchParams(location.search).get('tab') ?? Number.NaN);
    const findTab = Number.isInteger(fromParameter)
      ? Promise.resolve(fromParameter)
      : browser.tabs.query({ active: true, currentWindow: true }).then(([tab]) => tab?.id ?? null);
    void findTab
      .then(async (id) => {
        if (id === null) return;
        tabId = id;
        const key = pageCaptureKey(id);
        offer((await browser.storage.session.get(key))[key]);
      })
      .catch(() => undefined);
    const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (area === 'session' && tabId !== null) offer(changes[pageCaptureKey(tabId)]?.newValue);
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => browser.storage.onChanged.removeListener(onChanged);
  }, []);
}
