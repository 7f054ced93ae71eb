// Jest transform: a .css import is the minified stylesheet, exactly as scripts/build.mjs inlines it.
const { transformSync } = require('esbuild');

module.exports = {
  process(source) {
    const css = transformSync(source, { loader: 'css', minify: true }).code.trim();
    return { code: `module.exports = { __esModule: true, default: ${JSON.stringify(css)} };` };
  },
};
