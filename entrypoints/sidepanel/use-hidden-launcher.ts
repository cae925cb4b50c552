import { useEffect, useRef } from 'react';
import { browser } from 'wxt/browser';
import { analyzeOffer } from '@/utils/analysis';
import { getDecisionByKey, getProfile } from '@/utils/db';
import { pageCaptureKey, readPageCapture } from '@/utils/page-capture';
import type { OfferCapture } from '@/utils/schema/offer';
import { type PastedScreen, readPanelCapacity } from './pasted';

/** An offer read on a page, captured and analysed, as the panel screens it. */
export type PageScreen = Omit<PastedScreen, 'pasted'>;

/** The checklist for an offer read on a page. */
export async function screenCapture(capture: OfferCapture): Promise<PageScreen> {
  const profile = await getProfile();
  const existing = (await getDecisionByKey(capture.key)) ?? null;
  const capacity = await readPanelCapacity(profile);
  return { capture, profile, existing, capacity, analysis: analyzeOffer(capture, profile) };
}

/**
 * Calls `show` with the offer of the panel's tab when that page hides the launcher (a hostile page's
 * CSS, a covering dialog): the toolbar button and the shortcut open the checklist here instead. The tab
 * is the `tab` parameter (the journal opened in a tab, as Firefox does from a message) or the window's
 * active tab.
 */
export function useHiddenLauncherOffer(show: (capture: OfferCapture) => void): void {
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
