import { describe, expect, it } from 'vitest';
import { buildDraft, findQuestion } from '../../../utils/questions';

const JAPANESE = /[\u3040-\u30ff\u4e00-\u9fff]/;

describe('buildDraft', () => {
  it('writes Japanese in the polite business register, with the ticked questions numbered', () => {
    const draft = buildDraft(['budget', 'damagesCap'], 'ja', '株式会社サンプル');
    expect(draft.startsWith('株式会社サンプル様\n')).toBe(true);
    for (const marker of [
      '誠にありがとうございます',
      'ご教示いただけますでしょうか',
      'お手数ですが',
      'よろしくお願いいたします',
    ])
      expect(draft).toContain(marker);
    expect(draft).toContain(`1. ${findQuestion('budget')?.question.ja}`);
    expect(draft).toContain(`2. ${findQuestion('damagesCap')?.question.ja}`);
    expect(draft).not.toMatch(/[A-Za-z]{3,}/);
  });

  it('greets the person in charge when no usable name is known, and never doubles the honorific', () => {
    expect(buildDraft(['budget'], 'ja').split('\n')[0]).toBe('ご担当者様');
    expect(buildDraft(['budget'], 'ja', '@yuki_kfs').split('\n')[0]).toBe('ご担当者様');
    expect(buildDraft(['budget'], 'ja', '田中様').split('\n')[0]).toBe('田中様');
  });

  it('writes English plain and professional: thanks, before I confirm, could you tell me', () => {
    const draft = buildDraft(['budget', 'hours'], 'en', 'Mika Tanaka');
    expect(draft.split('\n')[0]).toBe('Hello Mika Tanaka,');
    expect(draft).toContain('Thank you for your offer. Before I confirm, could you tell me the following?');
    expect(draft).toContain(`1. ${findQuestion('budget')?.question.en}`);
    expect(draft).toContain(`2. ${findQuestion('hours')?.question.en}`);
    expect(draft).not.toMatch(JAPANESE);
    expect(draft).not.toMatch(/Dear Sir|kindly|esteemed|!/i);
    expect(buildDraft(['budget'], 'en', 'someone@example.org').split('\n')[0]).toBe('Hello,');
  });

  it('follows the order ticked and leaves out ids it does not know', () => {
    const draft = buildDraft(['hours', 'gone-question', 'budget'], 'en');
    expect(draft.indexOf('hours a week')).toBeLessThan(draft.indexOf('budget or rate'));
    expect(draft).not.toContain('3.');
  });

  it('is empty when nothing is ticked', () => {
    expect(buildDraft([], 'en')).toBe('');
    expect(buildDraft([], 'ja')).toBe('');
  });
});
