import { defineContentScript } from 'wxt/utils/define-content-script';
import type { SitePage } from '@/utils/sites/lib/types';
import { startLauncherStub } from './stub';

/**
 * The script every page of one site loads: the launcher over that site's adapters only (stub.ts), so adding
 * a site never grows another site's script. wxt.config.ts builds one per site from the adapters' host
 * patterns and registers it in the manifest.
 */
export function defineSiteScript(sitePages: readonly SitePage[]) {
  return defineContentScript({
    matches: [...new Set(sitePages.flatMap((page) => page.matches))],
    runAt: 'document_idle',
    // The page must not learn that the extension is here from a postMessage.
    noScriptStartedPostMessage: true,
    main() {
      startLauncherStub(document, sitePages);
    },
  });
}
