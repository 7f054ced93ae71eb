// Run by determinism.test.ts in a child process with a given TZ, LANG and LC_ALL: renders each
// resume of the JSON file named in argv with the built theme, and prints a SHA-256 per page.
const { createHash } = require('node:crypto');
const { readFileSync } = require('node:fs');
const { pathToFileURL } = require('node:url');

async function main() {
  const [, , casesFile, entry] = process.argv;
  const theme = entry.endsWith('.mjs') ? await import(pathToFileURL(entry).href) : require(entry);
  const cases = JSON.parse(readFileSync(casesFile, 'utf8'));
  const hashes = cases.map(({ resume, options }) => createHash('sha256').update(theme.render(resume, options)).digest('hex'));
  process.stdout.write(JSON.stringify(hashes));
}

main().catch((error) => {
  process.stderr.write(String(error && error.stack));
  process.exit(1);
});
