import type { OpenItem } from '@/utils/questions';
import type { Lang } from '@/utils/schema/analysis';

interface Props {
  items: readonly OpenItem[];
  /** The language of the questions: the message's. */
  lang: Lang;
  /** The language of the reasons: the user's. */
  reasonLang: Lang;
  ticked: readonly string[];
  onTick(id: string, on: boolean): void;
}

/** The open questions, each ticked to go in the message, with the one line on why it matters. */
export function QuestionList({ items, lang, reasonLang, ticked, onTick }: Props) {
  return (
    <ul className="questions" data-testid="questions-list">
      {items.map((item) => (
        <li key={item.id} data-question={item.id}>
          <label>
            <input
              type="checkbox"
              data-testid={`question-${item.id}`}
              checked={ticked.includes(item.id)}
              onChange={(e) => onTick(item.id, e.target.checked)}
            />
            <span className="question-text" lang={lang}>
              {item.entry.question[lang]}
            </span>
          </label>
          <p className="question-reason" lang={reasonLang}>
            {item.entry.reason[reasonLang]}
          </p>
        </li>
      ))}
    </ul>
  );
}
