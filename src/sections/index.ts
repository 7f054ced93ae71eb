import type { FunctionComponent } from 'preact';
import type { SectionKey } from '../model/types';
import type { SectionProps } from './props';
import { Awards } from './Awards';
import { Certificates } from './Certificates';
import { Education } from './Education';
import { Interests } from './Interests';
import { Languages } from './Languages';
import { Projects } from './Projects';
import { Publications } from './Publications';
import { References } from './References';
import { Skills } from './Skills';
import { Volunteer } from './Volunteer';
import { Work } from './Work';

export { Basics } from './Basics';

export const SECTION_COMPONENTS: { [K in SectionKey]: FunctionComponent<SectionProps<K>> } = {
  education: Education,
  publications: Publications,
  work: Work,
  projects: Projects,
  awards: Awards,
  certificates: Certificates,
  volunteer: Volunteer,
  skills: Skills,
  languages: Languages,
  interests: Interests,
  references: References,
};
