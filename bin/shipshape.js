#!/usr/bin/env node
// `shipshape` as installed by npm (`bin`). The CLI is TypeScript run by Node's own type stripping (Node >= 22.18).
const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 18)) {
  process.stderr.write(`shipshape needs Node 22.18 or newer (this is ${process.version}). From a checkout, use: npm run --silent shipshape -- <verb>\n`);
  process.exit(2);
}
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
