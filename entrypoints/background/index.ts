import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { analyzeOffer } from '@/utils/analysis';
import { getDecisionByKey, getProfile, readCapacity, saveDecision, saveProfile } from '@/utils/db';
import { failFromError } from '@/utils/db/results';
import { fail, guardHandler, type LauncherState, type Message, type Result, succeed } from '@/utils/messaging';
import { openJournalPanel, screenTab } from './actions';
import { installFollowUps } from './follow-ups';
import { installMenus } from './menus';
import { installWelcome } from './welcome';

export default defineBackground(() => {
  installMenus();
  installFollowUps();
  installWelcome();

  browser.runtime.onMessage.addListener(
    guardHandler<{ id?: string; tab?: { id?: number } }>(browser.runtime.id, (message, sender) =>
      handleMessage(message, sender.tab?.id),
    ),
  );

  browser.action.onClicked.addListener((tab) => {
    // Open the panel first, synchronously inside the click's user gesture, then read the page.
    openJournalPanel(tab.id);
    if (tab.id !== undefined) void screenTab(tab.id, null);
  });

  browser.commands?.onCommand.addListener((command, tab) => {
    if (command === 'screen-page' && tab?.id !== undefined) void screenTab(tab.id, null);
  });
});

/** Answers one message; storage failures become answers the overlay can show, nothing is swallowed. */
async function handleMessage(message: Message, tabId: number | undefined): Promise<Result<unknown>> {
  try {
    switch (message.type) {
      case 'offer:captured': {
        const [profile, decided] = await Promise.all([getProfile(), getDecisionByKey(message.capture.key)]);
        const { capture } = message;
        const analysis = analyzeOffer(capture, profile);
        const state: LauncherState = {
          level: decided?.verdict?.level ?? analysis.verdict.level,
          decided: decided?.status ?? null,
        };
        return succeed(state);
      }
      case 'decision:get-by-key':
        return succeed((await getDecisionByKey(message.key)) ?? null);
      case 'decision:save':
        return succeed(await saveDecision(message.decision));
      case 'profile:get':
        return succeed(await getProfile());
      case 'capacity:get':
        return succeed(await readCapacity());
      case 'profile:mute-flag': {
        const profile = await getProfile();
        const others = profile.mutedFlags.filter((flag) => flag !== message.flag);
        const mutedFlags = message.muted ? [...others, message.flag] : others;
        return succeed(await saveProfile({ ...profile, mutedFlags }));
      }
      case 'sidepanel:open':
        openJournalPanel(tabId);
        return succeed(null);
      default:
        // Messages for content scripts are not the background's to answer.
        return fail('invalid-message');
    }
  } catch (error) {
    return failFromError(error);
  }
}
