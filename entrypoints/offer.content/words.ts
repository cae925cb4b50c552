import type { LauncherState } from '@/utils/content-messages';
import { type LauncherText, pickLauncherText } from '@/utils/i18n/launcher';

let words: LauncherText | null = null;

/** The launcher's few words, in the browser's language (picked once, without an extension API call). */
export function launcherWords(): LauncherText {
  if (words) return words;
  // navigator.language is the first of navigator.languages. The list is an array made on its first read
  // (about 0.15 ms of every page load in the script's fresh world), so it is read only when the first
  // language is one we do not have.
  const first = navigator.language ?? '';
  const base = first.slice(0, 2).toLowerCase();
  words =
    base === 'ja' || base === 'en'
      ? pickLauncherText([first])
      : pickLauncherText(navigator.languages?.length ? navigator.languages : [first]);
  return words;
}

/** The recorded status shown on the launcher; null when the offer has no decision. */
export function statusLabel(state: LauncherState): string | null {
  if (!state.existingStatus) return null;
  return launcherWords()[state.existingStatus];
}
