import { firstStr, str, strings } from '../model/read';
import { keywords } from '../elements/lists';
import { listSection } from './descriptor';

export interface SkillView {
  name: string;
  level: string;
  keywords: string[];
}

export const skills = listSection({
  key: 'skills',
  item: (entry): SkillView | undefined => {
    if (typeof entry === 'string') return { name: entry, level: '', keywords: [] };
    const item = { name: firstStr(entry, ['name', 'category']), level: str(entry.level), keywords: strings(entry.keywords) };
    return item.name || item.level || item.keywords.length ? item : undefined;
  },
  Component: ({ view }) => (
    <dl class="pairs">
      {view.map((skill, index) => (
        <div key={index}>
          <dt>
            {skill.name}
            {skill.level ? (
              <>
                {' '}
                <span class="level">{skill.level}</span>
              </>
            ) : null}
          </dt>
          <dd>{keywords(skill.keywords)}</dd>
        </div>
      ))}
    </dl>
  ),
  schema: {},
});
