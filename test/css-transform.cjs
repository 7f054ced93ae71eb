// Jest transform: a .css import is the file's text, as the build inlines it (unminified here).
module.exports = {
  process(source) {
    return { code: `module.exports = { __esModule: true, default: ${JSON.stringify(source)} };` };
  },
};
