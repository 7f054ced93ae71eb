import type { RichText } from '../model/types';
import { rich } from '../model/fields';
import { firstStr, str, strings } from '../model/read';
import { prose } from '../elements/richText';
import { keywords } from '../elements/lists';
import { listSection } from './descriptor';
import { mapped } from '../arrays';

export interface SkillView {
  name: string;
  level: string;
  /** A sentence on the skill (jsoncv's `summary`). */
  summary: RichText;
  keywords: string[];
}

export const skills = listSection({
  key: 'skills',
  item: (entry): SkillView | undefined => {
    if (typeof entry === 'string') return { name: entry, level: '', summary: [], keywords: [] };
    const item = {
      name: firstStr(entry, ['name', 'category', 'title']),
      level: str(entry.level),
      summary: rich(entry.summary),
      // `{ "title": "Languages", "skills": [ … ] }` (hazrmard-….json) names its keywords so.
      keywords: strings(entry.keywords ?? entry.skills),
    };
    return item.name || item.level || item.summary.length || item.keywords.length ? item : undefined;
  },
  Component: ({ view }) => (
    <dl class="pairs">
      {mapped(view, (skill, index) => (
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
          <dd>
            {prose(skill.summary, 'pair-note')}
            {keywords(skill.keywords)}
          </dd>
        </div>
      ))}
    </dl>
  ),
  schema: {},
});
