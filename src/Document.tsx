import type { FunctionComponent } from 'preact';
import type { SectionKey, ThemeView } from './model/types';
import type { Style } from './model/options';
import { Section } from './components/Section';
import { Basics, SECTION_COMPONENTS } from './sections';
import type { SectionProps } from './sections/props';

function SectionByKey<K extends SectionKey>({ view, sectionKey }: { view: ThemeView; sectionKey: K }) {
  // TypeScript cannot follow a mapped type through an index; the registry's type guarantees the pairing.
  const Component = SECTION_COMPONENTS[sectionKey] as FunctionComponent<SectionProps<K>>;
  return (
    <Section id={sectionKey} title={view.labels.sections[sectionKey]}>
      <Component items={view.sections[sectionKey]} labels={view.labels} />
    </Section>
  );
}

export function Document({ view, style }: { view: ThemeView; style: Style }) {
  return (
    <html lang={view.lang} dir={view.dir} data-style={style}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="color-scheme" content="light dark" />
        <meta name="generator" content="jsonresume-theme-scholar" />
        <title>{view.title}</title>
        {/* The theme's own CSS, never user text: it must not be entity-escaped. */}
        <style dangerouslySetInnerHTML={{ __html: view.css }} />
      </head>
      <body>
        <main class="cv">
          <Basics basics={view.basics} fallbackTitle={view.labels.curriculumVitae} />
          {view.order.map((key) => <SectionByKey key={key} view={view} sectionKey={key} />)}
        </main>
      </body>
    </html>
  );
}
