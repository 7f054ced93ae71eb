// Serverless / edge hosting: dist/index.mjs bundled for a browser-like platform with all its
// dependencies, then run in a bare V8 context holding only web-standard globals. No require,
// process, Buffer, fs or timers: if the render path touched a Node API, the bundle would fail to
// build (Node built-ins do not resolve on platform "browser") or the render would throw.
import { build } from 'esbuild';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { createContext, runInContext, type Context } from 'node:vm';
import { gzipSync } from 'node:zlib';
import { render } from '../helpers/untypedRender';
import { PAGES } from '../helpers/browser/samples';

const entry = join(__dirname, '../../dist/index.mjs');

/** What Web workers, Cloudflare Workers and Deno share, beyond the ECMAScript built-ins. */
const WEB_GLOBALS = { URL, URLSearchParams, TextEncoder, TextDecoder, atob, btoa };

let bundle: string;
let context: Context;

beforeAll(async () => {
  if (!existsSync(entry)) throw new Error('dist/index.mjs is missing: run `npm run build` first');
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    platform: 'browser',
    format: 'iife',
    globalName: 'ScholarTheme',
    target: 'es2020',
    minify: true,
    write: false,
    logLevel: 'silent',
  });
  bundle = result.outputFiles[0]!.text;
  context = createContext({ ...WEB_GLOBALS });
  runInContext(bundle, context, { filename: 'scholar-edge-bundle.js' });

  console.log(`Edge bundle (theme + preact + markdown-it, minified): ${bundle.length} bytes, ${gzipSync(bundle).length} gzipped`);
});

/** Renders inside the bare context; the resume is parsed there, so no object crosses realms. */
function renderAtTheEdge(resume: unknown, call = 'ScholarTheme.render'): unknown {
  context.resumeJson = JSON.stringify(resume);
  return runInContext(`${call}(JSON.parse(resumeJson))`, context);
}

describe('the theme at the edge (bundled for the browser platform, run in a bare V8 context)', () => {
  it('has no Node globals in the context it runs in', () => {
    expect(
      runInContext('[typeof require, typeof process, typeof Buffer, typeof setTimeout, typeof global, typeof module]', context),
    ).toEqual(Array(6).fill('undefined'));
  });

  it.each(PAGES)('renders the $name synchronously to the same HTML as under Node', ({ resume }) => {
    const html = renderAtTheEdge(resume);
    expect(typeof html).toBe('string');
    expect(html).toBe(render(resume));
  });

  it('serves the default export the registry calls (mod.default.render)', () => {
    const [sample] = PAGES;
    expect(renderAtTheEdge(sample.resume, 'ScholarTheme.default.render')).toBe(render(sample.resume));
  });

  it('exposes pdfRenderOptions for PDF hosts', () => {
    expect(runInContext('ScholarTheme.pdfRenderOptions.mediaType', context)).toBe('print');
  });
});
