import { firstStr } from '../model/read';
import { listSection } from './descriptor';

export interface LanguageView {
  language: string;
  fluency: string;
}

export const languages = listSection({
  key: 'languages',
  // `{ name, level }` is a common way of writing `{ language, fluency }`.
  item: (entry): LanguageView | undefined => {
    if (typeof entry === 'string') return { language: entry, fluency: '' };
    const item = { language: firstStr(entry, ['language', 'name']), fluency: firstStr(entry, ['fluency', 'level']) };
    return item.language || item.fluency ? item : undefined;
  },
  Component: ({ view }) => (
    <dl class="pairs">
      {view.map((item, index) => (
        <div key={index}>
          <dt>{item.language}</dt>
          <dd>{item.fluency}</dd>
        </div>
      ))}
    </dl>
  ),
  schema: {},
});
