import { keywords } from '../components/Lists';
import type { SectionProps } from './props';

export function Skills({ items }: SectionProps<'skills'>) {
  return (
    <dl class="pairs">
      {items.map((skill, index) => (
        <div key={index}>
          <dt>
            {skill.name}
            {skill.level ? <> <span class="level">{skill.level}</span></> : null}
          </dt>
          <dd>{keywords(skill.keywords)}</dd>
        </div>
      ))}
    </dl>
  );
}
