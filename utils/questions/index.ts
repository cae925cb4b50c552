export { type Bilingual, type FlagState, findQuestion, QUESTIONS, type QuestionEntry, type Trigger } from './bank';
export { buildDraft } from './draft';
export { type OpenItem, openItems } from './open-items';
export { mergeChecklist, textWithReplies } from './reply';
