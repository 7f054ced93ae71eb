import type { SectionProps } from './props';

export function Languages({ items }: SectionProps<'languages'>) {
  return (
    <dl class="pairs">
      {items.map((item, index) => (
        <div key={index}>
          <dt>{item.language}</dt>
          <dd>{item.fluency}</dd>
        </div>
      ))}
    </dl>
  );
}
