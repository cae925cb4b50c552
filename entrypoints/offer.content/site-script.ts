import { defineContentScript } from 'wxt/utils/define-content-script';
import { createSiteReader } from '@/utils/sites/capture';
import type { SiteAdapter } from '@/utils/sites/lib/types';
import { startScreener } from './screener';

/**
 * The content script of one site: the shared screener over that site's adapters only, so adding a site
 * never grows another site's script. wxt.config.ts builds one per site from the adapters' host patterns.
 */
export function defineSiteScript(siteAdapters: readonly SiteAdapter[]) {
  return defineContentScript({
    matches: [...new Set(siteAdapters.flatMap((adapter) => adapter.matches))],
    runAt: 'document_idle',
    // The page must not learn that the extension is here from a postMessage.
    noScriptStartedPostMessage: true,
    main() {
      startScreener(document, createSiteReader(siteAdapters));
    },
  });
}
