/**
 * `shipshape <verb> …` — a thin adapter: it reads real files, calls the engine and prints what the engine returns.
 * Every verb returns an exit code; nothing here throws to the user (an unexpected error becomes one line on stderr).
 */
import { fileURLToPath } from 'node:url';

type Verb = (argv: readonly string[]) => Promise<number>;

const verbs: Record<string, { summary: string; load: () => Promise<Verb> }> = {
  lint: {
    summary: 'lint Dockerfiles (hadolint-compatible codes and output)',
    load: async () => (await import('./commands/lint.ts')).lintCommand,
  },
  build: {
    summary: 'simulate docker build on a directory (layers, sizes, cache, time)',
    load: async () => (await import('./commands/build.ts')).buildCommand,
  },
  run: {
    summary: 'build, then simulate docker run / docker stop (PID 1, signals, exit codes)',
    load: async () => (await import('./commands/run.ts')).runCommand,
  },
  compose: {
    summary: 'lint a Compose file and simulate docker compose up',
    load: async () => (await import('./commands/compose.ts')).composeCommand,
  },
  serve: {
    summary: 'serve a built site (dist/) with the headers it needs, for workshops and offline use',
    load: async () => (await import('./commands/serve.ts')).serveCommand,
  },
  parse: {
    summary: 'print a Dockerfile\'s syntax tree (JSON) or BuildKit\'s parser dump',
    load: async () => (await import('./commands/parse.ts')).parseCommand,
  },
};

export const usage = `Usage: shipshape <command> [options]

Commands:
${Object.entries(verbs)
  .map(([name, verb]) => `  ${name.padEnd(10)}${verb.summary}`)
  .join('\n')}

Run 'shipshape <command> --help' for a command's options.
`;

export async function main(argv: readonly string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(usage);
    return name === undefined ? 2 : 0;
  }
  if (name === '--version' || name === '-v') {
    process.stdout.write('shipshape 0.1.0\n');
    return 0;
  }
  const verb = verbs[name];
  if (!verb) {
    process.stderr.write(`shipshape: '${name}' is not a shipshape command. See 'shipshape --help'.\n`);
    return 2;
  }
  try {
    return await (await verb.load())(rest);
  } catch (error) {
    process.stderr.write(`shipshape ${name}: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
    return 70;
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  process.exitCode = await main(process.argv.slice(2));
}
