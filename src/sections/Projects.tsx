import { DatedEntries } from '../components/DatedEntry';
import type { SectionProps } from './props';

export function Projects({ items, labels }: SectionProps<'projects'>) {
  return <DatedEntries entries={items} present={labels.present} />;
}
