import { defineConfig } from 'wxt';
import { SUPPORTED_HOST_MATCHES } from './utils/sites/hosts';

// https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill'],
  manifestVersion: 3,
  // Explicit imports everywhere: clearer, and no name clashes between utils/ modules.
  imports: false,
  zip: {
    artifactTemplate: '{{name}}-{{version}}-{{browser}}-{{manifestVersion}}.zip',
  },
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    action: { default_title: '__MSG_actionTitle__' },
    permissions: [
      'storage',
      'activeTab',
      'scripting',
      'contextMenus',
      'alarms',
      'notifications',
      ...(browser === 'firefox' ? [] : ['sidePanel']),
    ],
    host_permissions: SUPPORTED_HOST_MATCHES,
    web_accessible_resources: [
      {
        resources: ['overlay.html'],
        // Not an access grant: the overlay may be framed wherever the user screens a page (activeTab).
        // A fresh URL per session keeps a page from probing for, or framing, its own copy of the overlay.
        matches: ['https://*/*', 'http://*/*'],
        ...(browser === 'firefox' ? {} : { use_dynamic_url: true }),
      },
    ],
    content_security_policy: {
      // No network: extension pages may load only their own files and connect nowhere.
      extension_pages:
        "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'none'; frame-src 'self'; frame-ancestors *; form-action 'none'; base-uri 'none'",
    },
    commands: {
      'screen-page': {
        suggested_key: { default: 'Alt+Shift+G' },
        description: '__MSG_commandScreenPage__',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'gig-screener@gig-screener.app',
              strict_min_version: '142.0',
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
