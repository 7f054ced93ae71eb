import { str, strings } from '../model/read';
import { keywords } from '../elements/lists';
import { listSection } from './descriptor';
import { mapped } from '../arrays';

export interface InterestView {
  name: string;
  keywords: string[];
}

export const interests = listSection({
  key: 'interests',
  item: (entry): InterestView | undefined => {
    if (typeof entry === 'string') return { name: entry, keywords: [] };
    const item = { name: str(entry.name), keywords: strings(entry.keywords) };
    return item.name || item.keywords.length ? item : undefined;
  },
  Component: ({ view }) => (
    <dl class="pairs">
      {mapped(view, (item, index) => (
        <div key={index}>
          <dt>{item.name}</dt>
          <dd>{keywords(item.keywords)}</dd>
        </div>
      ))}
    </dl>
  ),
  schema: {},
});
