import { keywords } from '../components/Lists';
import type { SectionProps } from './props';

export function Interests({ items }: SectionProps<'interests'>) {
  return (
    <dl class="pairs">
      {items.map((item, index) => (
        <div key={index}>
          <dt>{item.name}</dt>
          <dd>{keywords(item.keywords)}</dd>
        </div>
      ))}
    </dl>
  );
}
