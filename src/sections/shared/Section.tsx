import type { ComponentChildren } from 'preact';

export function section(id: string, title: string, children: ComponentChildren) {
  return (
    <section class="cv-section" id={id} aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{title}</h2>
      {children}
    </section>
  );
}
