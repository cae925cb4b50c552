import { defineContentScript } from 'wxt/utils/define-content-script';
import { createSiteReader } from '@/utils/sites/capture';
import { claimPage } from './handoff';
import { makeKit } from './kit';
import { extensionAlive } from './lifetime';
import { startScreener } from './screener';

/**
 * The generic screener, injected through activeTab when the user asks to screen a page of any other site
 * (toolbar button, shortcut, context menu): no site adapter, only the JSON-LD and main-text readers.
 * Supported sites get their own script (see defineSiteScript), registered in the manifest.
 */
export default defineContentScript({
  // Injected by the background with scripting.executeScript; never listed in the manifest.
  registration: 'runtime',
  // Runtime registration would add these to host_permissions: none, activeTab grants the page.
  matches: [],
  noScriptStartedPostMessage: true,
  main() {
    if (!claimPage(extensionAlive)) return;
    startScreener(document, createSiteReader([]), makeKit());
  },
});
