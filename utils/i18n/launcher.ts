/**
 * The few words the content script shows on a page: the launcher's label and the decided status on it.
 * They live apart from the full string tables so the page-side bundle carries only these, and are picked
 * by the browser's language without an extension API call (`i18n.getMessage` can block a page's main
 * thread for several milliseconds on its first call). en.ts and ja.ts take their values from here.
 */
export const launcherText = {
  en: {
    label: 'Open Gig Screener checklist',
    accepted: 'Accepted',
    declined: 'Declined',
    hold: 'On hold',
    updated: 'Gig Screener was updated — reload this page to screen it',
  },
  ja: {
    label: 'Gig Screener のチェックリストを開く',
    accepted: '受ける',
    declined: '断る',
    hold: '保留',
    updated: 'Gig Screener が更新されました。このページを再読み込みしてください',
  },
} as const;

export type LauncherText = (typeof launcherText)[keyof typeof launcherText];

/** The launcher's words in the first of the browser's languages that we have. */
export function pickLauncherText(languages: readonly string[]): LauncherText {
  for (const language of languages) {
    const base = language.toLowerCase().split('-')[0];
    if (base === 'ja') return launcherText.ja;
    if (base === 'en') return launcherText.en;
  }
  return launcherText.en;
}
