import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Plugin } from 'vite';
import { defineConfig } from 'wxt';
import { adapters, SUPPORTED_HOST_MATCHES, siteScripts } from './utils/sites';

/**
 * Content scripts use the browser's own extension API instead of webextension-polyfill: every call they make
 * (runtime.getURL, runtime.sendMessage, storage.local, onMessage answered through sendResponse) behaves the
 * same natively in Chromium MV3 and Firefox, and the polyfill would be a quarter of each site's script.
 * Extension pages and the background keep the polyfill.
 */
function nativeBrowserInContentScripts(): Plugin {
  const NATIVE = '\0gig-screener:native-browser';
  const CONTEXT = '\0gig-screener:content-script-context';
  let contentScript = false;
  return {
    name: 'gig-screener:native-browser-in-content-scripts',
    enforce: 'pre',
    options(options) {
      contentScript = JSON.stringify(options.input ?? '').includes('virtual:wxt-content-script-');
    },
    resolveId(source) {
      if (contentScript && source === '@wxt-dev/webextension-polyfill/browser') return NATIVE;
      if (contentScript && source === 'wxt/utils/content-script-context') return CONTEXT;
      return null;
    },
    load(id) {
      // A page can put elements named `browser` on the window (DOM clobbering), but no element is a function.
      if (id === NATIVE)
        return "const g = globalThis;\nexport const browser = typeof g.browser?.runtime?.getURL === 'function' ? g.browser : g.chrome;\n";
      // The screener keeps its own lifetime and never uses WXT's context (entrypoints/offer.content/lifetime.ts):
      // of it, only the "script started" event is kept, which retires a copy of this script left by an update
      // (the same event name as WXT's getUniqueEventName). The rest (timers, location watcher, logger) is a
      // twelfth of each site's script, parsed on every page load for nothing.
      if (id === CONTEXT)
        return [
          "import { browser } from 'wxt/browser';",
          'export class ContentScriptContext {',
          '  constructor(name) {',
          "    const type = browser?.runtime?.id + ':' + import.meta.env.ENTRYPOINT + ':wxt:content-script-started';",
          '    const detail = { contentScriptName: name, messageId: Math.random().toString(36).slice(2) };',
          '    document.dispatchEvent(new CustomEvent(type, { detail }));',
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
    // Each site's script is the shared screener with that site's adapters: a two-line module written to
    // .wxt/ and built like the generic `offer` script, with its options and only its own host matches.
    'entrypoints:resolved': (wxt, entrypoints) => {
      const generic = entrypoints.find((e) => e.type === 'content-script' && e.name === 'offer');
      if (generic?.type !== 'content-script') throw new Error('entrypoints/offer.content is missing');
      const dir = join(wxt.config.wxtDir, 'site-scripts');
      // Written afresh each build: a renamed or removed adapter leaves no stale script behind.
      rmSync(dir, { recursive: true, force: true });
      mkdirSync(dir, { recursive: true });
      for (const { name, ids } of siteScripts()) {
        const inputPath = join(dir, `${name}.ts`);
        const from = (path: string) => relative(dir, join(wxt.config.root, path)).replace(/\\/g, '/');
        writeFileSync(
          inputPath,
          [
            `import { defineSiteScript } from '${from('entrypoints/offer.content/site-script')}';`,
            ...ids.map((id) => `import { ${camel(id)} } from '${from(`utils/sites/${id}`)}';`),
            `export default defineSiteScript([${ids.map(camel).join(', ')}]);`,
            '',
          ].join('\n'),
        );
        const matches = [...new Set(adapters.filter((a) => ids.includes(a.id)).flatMap((a) => a.matches))];
        entrypoints.push({
          ...generic,
          name,
          inputPath,
          options: { ...generic.options, matches, registration: 'manifest', runAt: 'document_idle' },
        });
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
