import { defineContentScript } from 'wxt/utils/define-content-script';
import { createSiteReader } from '@/utils/sites/capture';
import type { SiteAdapter } from '@/utils/sites/lib/types';
import { borrowKit, claimPage, takeHandoff } from './handoff';
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
      // The site script (injected just before it where the page had none) lends the launcher and the rest.
      const kit = borrowKit();
      if (!kit) return;
      const handoff = takeHandoff();
      // One screener per page: the first part and the toolbar button may both have asked for it.
      if (!claimPage(kit.extensionAlive)) return;
      startScreener(document, createSiteReader(siteAdapters), kit, handoff);
    },
  });
}
