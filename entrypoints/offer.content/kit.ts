import { mountLauncher } from './launcher';
import { createLifetime, extensionAlive } from './lifetime';
import { listenForMessages, listenForTold } from './messages';
import { launcherWords, statusLabel } from './words';

/**
 * The page-side parts the site script and the screener share: the launcher, the lifetime, the message
 * listener and the launcher's words. The site script bundles them and lends them to the screener it loads
 * (handoff.ts), so the screener, injected on first need, does not carry a second copy.
 */
export interface ScreenerKit {
  mountLauncher: typeof mountLauncher;
  createLifetime: typeof createLifetime;
  extensionAlive: typeof extensionAlive;
  listenForMessages: typeof listenForMessages;
  listenForTold: typeof listenForTold;
  launcherWords: typeof launcherWords;
  statusLabel: typeof statusLabel;
}

export function makeKit(): ScreenerKit {
  return {
    mountLauncher,
    createLifetime,
    extensionAlive,
    listenForMessages,
    listenForTold,
    launcherWords,
    statusLabel,
  };
}
