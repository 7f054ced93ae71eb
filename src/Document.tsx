import type { SectionKey } from './i18n';
import type { SectionDescriptor } from './sections/descriptor';
import type { KnownSection, ShownSection, ThemeView } from './view';
import { pageLinkedData } from './view';
import { SECTION_BY_KEY } from './sections/registry';
import { basicsHeader } from './sections/shared/Basics';
import { genericEntries } from './sections/generic';
import { section as sectionElement } from './sections/shared/Section';
import { stylesheet } from './styles/stylesheet';
import { mapped } from './arrays';

function knownSection(section: KnownSection, view: ThemeView) {
  // The view was built by this descriptor: the key pairs them, which TypeScript cannot follow through the union.
  const { Component } = SECTION_BY_KEY[section.key] as SectionDescriptor<SectionKey, unknown>;
  return Component({ view: section.view, labels: view.labels });
}

// The page's parts are called as functions, not written as components (<Component />): they keep no
// state, and preact-render-to-string spends about 0.3 µs on each component it renders (a tenth of
// the official sample's page).
function sectionBlock(section: ShownSection, view: ThemeView) {
  const content = section.kind === 'known' ? knownSection(section, view) : genericEntries(section.view, view.labels.present);
  return sectionElement(section.id, section.title, content);
}

/**
 * The page's one script element, which holds data, not code: browsers never run application/ld+json.
 * Its text is raw, not entity-escaped, so it is safe only because scriptJson() has written every "<",
 * ">" and "&" of the JSON as a \u escape: no user text can end the element or open a comment in it.
 */
function linkedDataScript(view: ThemeView) {
  const text = pageLinkedData(view);
  return text ? <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: text }} /> : null;
}

/** The page's content: rendered before the head, whose JSON-LD holds the papers it has written. */
export function Body({ view }: { view: ThemeView }) {
  return (
    <main class="cv">
      {basicsHeader(view.basics, view.labels)}
      {mapped(view.sections, (section) => sectionBlock(section, view))}
    </main>
  );
}

/** The page around its body, which is the HTML of Body rendered by preact-render-to-string. */
export function Document({ view, body }: { view: ThemeView; body: string }) {
  return (
    <html lang={view.lang} dir={view.dir} data-style={view.options.style}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="color-scheme" content="light dark" />
        <meta name="generator" content="jsonresume-theme-scholar" />
        <title>{view.title}</title>
        {view.description ? <meta name="description" content={view.description} /> : null}
        <meta property="og:title" content={view.title} />
        {view.description ? <meta property="og:description" content={view.description} /> : null}
        {/* The theme's own CSS, never user text: it must not be entity-escaped. */}
        <style dangerouslySetInnerHTML={{ __html: stylesheet(view.options) }} />
        {linkedDataScript(view)}
      </head>
      <body dangerouslySetInnerHTML={{ __html: body }} />
    </html>
  );
}
