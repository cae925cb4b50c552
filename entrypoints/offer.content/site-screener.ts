import { defineContentScript } from 'wxt/utils/define-content-script';
import { createSiteReader } from '@/utils/sites/capture';
import type { SiteAdapter } from '@/utils/sites/lib/types';
import { claimPage, takeHandoff } from './handoff';
import { extensionAlive } from './lifetime';
import { startScreener } from './screener';

/**
 * The screener of one site: the shared screener over that site's adapters, injected by the background when
 * the site script first needs it (or when the user asks to screen a page of the site). Never in the manifest.
 */
export function defineSiteScreener(siteAdapters: readonly SiteAdapter[]) {
  return defineContentScript({
    registration: 'runtime',
    // Runtime registration would add these to host_permissions: the site scripts' matches already hold them.
    matches: [],
    noScriptStartedPostMessage: true,
    main() {
      const handoff = takeHandoff();
      // One screener per page: the first part and the toolbar button may both have asked for it.
      if (!claimPage(extensionAlive)) return;
      startScreener(document, createSiteReader(siteAdapters), handoff);
    },
  });
}
