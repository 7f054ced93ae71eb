// What the preview server sends: the rendered page plus a reload script, or an error page.

export const EVENTS_PATH = '/__scholar/events';

/** Reloads the tab when the server says the resume changed. Exists only in preview responses. */
const RELOAD_SCRIPT = `<script>new EventSource(${JSON.stringify(EVENTS_PATH)}).addEventListener('reload',()=>location.reload())</script>`;

export function withReloadScript(html: string): string {
  const end = html.lastIndexOf('</body>');
  return end === -1 ? html + RELOAD_SCRIPT : html.slice(0, end) + RELOAD_SCRIPT + html.slice(end);
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

/** Shown instead of the resume while it does not parse; it reloads itself once the file is fixed. */
export function errorPage(message: string): string {
  return withReloadScript(
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Resume error</title>' +
      '<style>body{font:16px/1.5 system-ui,sans-serif;margin:3rem auto;max-width:46rem;padding:0 1rem}' +
      'pre{white-space:pre-wrap;background:#fdecea;color:#611a15;padding:1rem;border-radius:6px}</style></head>' +
      '<body><h1>The resume could not be rendered</h1>' +
      `<pre class="scholar-error">${escapeHtml(message)}</pre>` +
      '<p>Fix the file and save it: this page reloads by itself.</p></body></html>',
  );
}
