import type { LauncherState } from '@/utils/content-messages';
import { type LauncherText, pickLauncherText } from '@/utils/i18n/launcher';

let words: LauncherText | null = null;

/** The launcher's few words, in the browser's language (picked once, without an extension API call). */
export function launcherWords(): LauncherText {
  words ??= pickLauncherText(navigator.languages?.length ? navigator.languages : [navigator.language]);
  return words;
}

/** The recorded status shown on the launcher; null when the offer has no decision. */
export function statusLabel(state: LauncherState): string | null {
  if (!state.existingStatus) return null;
  return launcherWords()[state.existingStatus];
}
