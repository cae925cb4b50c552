import { afterEach, describe, expect, it, vi } from 'vitest';

/** The launcher's words as a fresh page load picks them, with the browser's languages given. */
async function wordsFor(language: string, languages: readonly string[]) {
  vi.resetModules();
  vi.stubGlobal('navigator', { language, languages });
  const { launcherWords } = await import('../../../entrypoints/offer.content/words');
  return launcherWords();
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('the launcher speaks the browser language', () => {
  it('is Japanese in a Japanese browser', async () => {
    expect((await wordsFor('ja-JP', ['ja-JP', 'en-US'])).label).toBe('Gig Screener のチェックリストを開く');
  });

  it('is English in an English browser, whatever follows in the list', async () => {
    expect((await wordsFor('en-GB', ['en-GB', 'ja'])).label).toBe('Open Gig Screener checklist');
  });

  it('takes the first language it has when the first one is another', async () => {
    expect((await wordsFor('fr-FR', ['fr-FR', 'ja', 'en'])).hold).toBe('保留');
    expect((await wordsFor('de', ['de', 'en-US', 'ja'])).hold).toBe('On hold');
  });

  it('falls back to English when it has none of them', async () => {
    expect((await wordsFor('ko-KR', ['ko-KR', 'zh-CN'])).label).toBe('Open Gig Screener checklist');
    expect((await wordsFor('ko-KR', [])).label).toBe('Open Gig Screener checklist');
  });
});
