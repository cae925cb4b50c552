import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Plugin } from 'vite';
import { defineConfig } from 'wxt';
import { adapters, SUPPORTED_HOST_MATCHES, screenerScriptName, siteScripts } from './utils/sites';

/**
 * Content scripts use the browser's own extension API instead of webextension-polyfill: every call they make
 * (runtime.getURL, runtime.sendMessage, storage.local, onMessage answered through sendResponse) behaves the
 * same natively in Chromium MV3 and Firefox, and the polyfill would be a quarter of each site's script.
 * Extension pages and the background keep the polyfill. The module they get is utils/native-browser.ts.
 */
function nativeBrowserInContentScripts(): Plugin {
  const NATIVE_BROWSER = join(import.meta.dirname, 'utils/native-browser.ts');
  const CONTEXT = '\0gig-screener:content-script-context';
  let contentScript = false;
  return {
    name: 'gig-screener:native-browser-in-content-scripts',
    enforce: 'pre',
    options(options) {
      contentScript = JSON.stringify(options.input ?? '').includes('virtual:wxt-content-script-');
    },
    resolveId(source) {
      if (contentScript && source === '@wxt-dev/webextension-polyfill/browser') return NATIVE_BROWSER;
      if (contentScript && source === 'wxt/utils/content-script-context') return CONTEXT;
      return null;
    },
    load(id) {
      // The screener keeps its own lifetime and never uses WXT's context (entrypoints/offer.content/lifetime.ts):
      // of it, only the "script started" event is kept, which retires a copy of this script left by an update
      // (one name, RETIRE_EVENT, for both parts of a site's script and the generic one). The rest (timers,
      // location watcher, logger) is a twelfth of each site's script, parsed on every page load for nothing.
      // The event is sent only where an older copy shows its launcher: on a fresh page there is nothing to
      // retire, and nothing to pay.
      if (id === CONTEXT)
        return [
          "import { LAUNCHER_TAG } from '@/entrypoints/offer.content/launcher';",
          "import { RETIRE_EVENT } from '@/entrypoints/offer.content/lifetime';",
          'export class ContentScriptContext {',
          '  constructor(name) {',
          '    if (!document.getElementsByTagName(LAUNCHER_TAG).length) return;',
          '    const detail = { contentScriptName: name, messageId: Math.random().toString(36).slice(2) };',
          '    document.dispatchEvent(new CustomEvent(RETIRE_EVENT, { detail }));',
          '  }',
          '}',
          '',
        ].join('\n');
      return null;
    },
  };
}

const camel = (id: string) => id.replace(/-(\w)/g, (_, c: string) => c.toUpperCase());

// https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill'],
  manifestVersion: 3,
  // Explicit imports everywhere: clearer, and no name clashes between utils/ modules.
  imports: false,
  zip: {
    artifactTemplate: '{{name}}-{{version}}-{{browser}}-{{manifestVersion}}.zip',
  },
  vite: () => ({ plugins: [nativeBrowserInContentScripts()] }),
  hooks: {
    // Each site gets two scripts, each a two-line module written to .wxt/ and built like the generic `offer`
    // script: its site script (the launcher, in the manifest, with only its own host matches) and its
    // screener (the shared screener with that site's adapters, injected by the background on first need).
    'entrypoints:resolved': (wxt, entrypoints) => {
      const generic = entrypoints.find((e) => e.type === 'content-script' && e.name === 'offer');
      if (generic?.type !== 'content-script') throw new Error('entrypoints/offer.content is missing');
      const dir = join(wxt.config.wxtDir, 'site-scripts');
      // Written afresh each build: a renamed or removed adapter leaves no stale script behind.
      rmSync(dir, { recursive: true, force: true });
      mkdirSync(dir, { recursive: true });
      for (const { name, ids } of siteScripts()) {
        const from = (path: string) => relative(dir, join(wxt.config.root, path)).replace(/\\/g, '/');
        const matches = [...new Set(adapters.filter((a) => ids.includes(a.id)).flatMap((a) => a.matches))];
        // The site's script (the launcher, at every load) and its screener (injected on first need).
        // The site script imports only the adapters' page checks (`upworkPage`), so their readers stay out of it.
        const parts: [string, string, string, string, Record<string, unknown>][] = [
          [
            name,
            'defineSiteScript',
            'site-script',
            'Page',
            { matches, registration: 'manifest', runAt: 'document_idle' },
          ],
          [
            screenerScriptName(name),
            'defineSiteScreener',
            'site-screener',
            '',
            { matches: [], registration: 'runtime' },
          ],
        ];
        for (const [entry, define, file, suffix, options] of parts) {
          const inputPath = join(dir, `${entry}.ts`);
          const names = ids.map((id) => camel(id) + suffix);
          writeFileSync(
            inputPath,
            [
              `import { ${define} } from '${from(`entrypoints/offer.content/${file}`)}';`,
              ...ids.map((id, i) => `import { ${names[i]} } from '${from(`utils/sites/${id}`)}';`),
              `export default ${define}([${names.join(', ')}]);`,
              '',
            ].join('\n'),
          );
          entrypoints.push({
            ...generic,
            name: entry,
            inputPath,
            options: { ...generic.options, ...options } as typeof generic.options,
          });
        }
      }
    },
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
