// Present only so the harness can find the extension id from a service worker.
self.addEventListener('install', () => undefined);
