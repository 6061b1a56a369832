import type { CopyInstruction, Instruction, RunInstruction } from '../../dockerfile/index.ts';
import type { SimpleCommand } from '../../shell/index.ts';
import { parseCommandArgs } from '../../shell/index.ts';
import { cleanPath } from '../../context/index.ts';
import type { Fix } from '../finding.ts';
import { defineRule } from '../rule.ts';
import type { Report, RuleContext } from '../rule.ts';
import { dropQuotes } from '../path-text.ts';
import { isPipInstall } from '../pip-commands.ts';
import { commandName, runScript } from '../shell-queries.ts';
import { copyRecordsByLine, lastSegment, listText } from '../simulation-queries.ts';

/** A dependency install that reads only its manifests: `npm ci` reads package.json and package-lock.json. */
interface Install {
  /** As the learner would say it: `npm ci`, `pip install -r requirements.txt`. */
  readonly label: string;
  /** File names it reads; the first must have been copied in for the install to count. */
  readonly manifests: readonly string[];
  readonly command: SimpleCommand;
}

// Files a dependency install reads, by tool (npm, yarn and pnpm docs; pip -r; go.mod/go.sum; Bundler; Composer).
const NPM = ['package.json', 'package-lock.json', 'npm-shrinkwrap.json', '.npmrc'];
const YARN = ['package.json', 'yarn.lock', '.yarnrc', '.yarnrc.yml', '.npmrc'];
const PNPM = ['package.json', 'pnpm-lock.yaml', 'pnpm-workspace.yaml', '.npmrc'];
const MANIFESTS = new Set([
  ...NPM, ...YARN, ...PNPM, 'pyproject.toml', 'poetry.lock', 'uv.lock', 'Pipfile', 'Pipfile.lock', 'go.mod', 'go.sum',
  'Gemfile', 'Gemfile.lock', 'composer.json', 'composer.lock', 'Cargo.toml', 'Cargo.lock', 'pom.xml',
]);

/** Flags of the tools above that take the next word as their value (so it is not read as an operand). */
const WITH_VALUE = [
  '--omit', '--include', '--workspace', '-w', '--prefix', '--registry', '--cache', '--loglevel', '--userconfig', '--only',
  '--cache-folder', '--modules-folder', '--network-timeout', '--mutex', '--filter', '-F', '--store-dir', '--dir', '-C',
  '-r', '--requirement', '-c', '--constraint', '-i', '--index-url', '--extra-index-url', '-t', '--target', '--root',
  '-e', '--editable', '--cache-dir', '--src', '-f', '--find-links', '--trusted-host', '--platform', '--python-version',
  '--timeout', '--retries', '--log', '--jobs', '--path', '--without', '--with', '-m',
];

function installOf(cmd: SimpleCommand): Install | undefined {
  const name = commandName(cmd);
  if (name === undefined) return undefined;
  const parsed = parseCommandArgs(cmd, { withValue: WITH_VALUE });
  const words = parsed.positionals.map((w) => w.value);
  const [sub, ...operands] = words;
  const flag = (...names: string[]) => parsed.flags.some((f) => names.includes(f.name));
  const make = (label: string, manifests: readonly string[]): Install => ({ label, manifests, command: cmd });
  if (isPipInstall(cmd)) {
    const files = parsed.flags
      .filter((f) => ['-r', '--requirement', '-c', '--constraint'].includes(f.name) && f.value !== undefined)
      .map((f) => f.value as string);
    const first = parsed.flags.find((f) => f.name === '-r' || f.name === '--requirement')?.value;
    return first === undefined ? undefined : make(`pip install -r ${first}`, files.map(lastSegment));
  }
  switch (name) {
    case 'npm':
      if (sub === 'ci' || sub === 'clean-install' || sub === 'install-clean') return make(`npm ${sub}`, NPM);
      return (sub === 'install' || sub === 'i') && operands.length === 0 ? make(`npm ${sub}`, NPM) : undefined;
    case 'yarn':
      return sub === undefined || (sub === 'install' && operands.length === 0) ? make(sub === undefined ? 'yarn' : 'yarn install', YARN) : undefined;
    case 'pnpm':
      if (sub === 'fetch') return make('pnpm fetch', ['pnpm-lock.yaml', 'pnpm-workspace.yaml', '.npmrc']);
      return (sub === 'install' || sub === 'i') && operands.length === 0 ? make(`pnpm ${sub}`, PNPM) : undefined;
    case 'uv':
      if (sub === 'pip' && operands[0] === 'install') {
        const first = parsed.flags.find((f) => f.name === '-r' || f.name === '--requirement')?.value;
        return first === undefined ? undefined : make(`uv pip install -r ${first}`, [lastSegment(first)]);
      }
      return sub === 'sync' && flag('--no-install-project', '--no-install-workspace') ? make('uv sync', ['pyproject.toml', 'uv.lock']) : undefined;
    case 'poetry':
      // Without --no-root, poetry also installs the project itself, which needs its sources.
      return sub === 'install' && flag('--no-root') ? make('poetry install --no-root', ['pyproject.toml', 'poetry.lock']) : undefined;
    case 'pipenv':
      return (sub === 'install' || sub === 'sync') && operands.length === 0 ? make(`pipenv ${sub}`, ['Pipfile', 'Pipfile.lock']) : undefined;
    case 'go':
      return sub === 'mod' && operands[0] === 'download' ? make('go mod download', ['go.mod', 'go.sum']) : undefined;
    case 'bundle':
    case 'bundler':
      return sub === undefined || sub === 'install' ? make(`${name} install`, ['Gemfile', 'Gemfile.lock']) : undefined;
    case 'composer':
      return sub === 'install' ? make('composer install', ['composer.json', 'composer.lock']) : undefined;
    case 'cargo':
      return sub === 'fetch' ? make('cargo fetch', ['Cargo.toml', 'Cargo.lock']) : undefined;
    case 'mvn':
    case 'mvnw': {
      const goal = words.find((w) => w === 'dependency:go-offline' || w === 'dependency:resolve');
      return goal === undefined ? undefined : make(`${name} ${goal}`, ['pom.xml']);
    }
    default:
      return undefined;
  }
}

/** A COPY / ADD from the build context in the stage, with what the build copied. */
interface CopySeen {
  readonly instruction: CopyInstruction;
  /** Context-relative paths the build copied; `undefined` when it copied more than the cache keeps. */
  readonly files: readonly string[] | undefined;
  reported: boolean;
}

interface State {
  readonly records: ReturnType<typeof copyRecordsByLine>;
  readonly copies: Map<number, CopySeen[]>;
}

function shown(copy: CopyInstruction): string {
  return [copy.keyword, ...copy.args.map((a) => a.value)].join(' ');
}

/** The files besides dependency manifests a COPY brought in. */
function otherFiles(copy: CopySeen, install: Install): readonly string[] | undefined {
  if (copy.files === undefined) return undefined;
  return copy.files.filter((f) => !MANIFESTS.has(lastSegment(f)) && !install.manifests.includes(lastSegment(f)));
}

/**
 * The COPY brought in a file named `name`. When it copied more files than the build's record keeps, a copy of
 * the whole context counts if the context has the file at its root (or, without the context, is assumed to).
 */
function brings(copy: CopySeen, name: string, context: RuleContext): boolean {
  if (copy.files !== undefined) return copy.files.some((f) => lastSegment(f) === name);
  const sources = copy.instruction.sources.map((s) => cleanPath(dropQuotes(s.value)));
  if (!sources.some((s) => s === '.' || s === '/')) return false;
  return context.context === undefined || context.context.isSent(name);
}

/**
 * Moves the install above the COPY and copies its manifests first — when the install is the instruction right
 * after the COPY (nothing in between could depend on the order) and the COPY copies one directory.
 */
function reorderFix(copy: CopySeen, run: RunInstruction, install: Install, earlier: readonly CopySeen[]): Fix | undefined {
  const c = copy.instruction;
  if (run.index !== c.index + 1 || run.startLine !== c.endLine + 1 || c.json || c.heredocs.length > 0) return undefined;
  if (c.sources.length !== 1 || c.dest === undefined || copy.files === undefined) return undefined;
  const source = cleanPath(dropQuotes(c.sources[0]!.value));
  if (source.includes('*') || source.includes('?') || source.includes('[') || source.startsWith('..')) return undefined;
  const prefix = source === '.' || source === '/' ? '' : `${source.startsWith('/') ? source.slice(1) : source}/`;
  if (install.label.startsWith('yarn') && copy.files.some((f) => f.startsWith(`${prefix}.yarn/`))) return undefined;
  const already = new Set(earlier.flatMap((e) => e.files ?? []));
  const manifests = copy.files.filter((f) => f === `${prefix}${lastSegment(f)}` && install.manifests.includes(lastSegment(f)));
  if (!manifests.some((f) => lastSegment(f) === install.manifests[0])) return undefined;
  const order = (f: string) => install.manifests.indexOf(lastSegment(f));
  const needed = manifests.filter((f) => !already.has(f)).sort((a, b) => order(a) - order(b));
  const dest = dropQuotes(c.dest.value);
  const destDir = dest.endsWith('/') ? dest : dest === '.' ? './' : `${dest}/`;
  const flags = c.flags.filter((f) => ['chown', 'chmod', 'link'].includes(f.name.toLowerCase())).map((f) => `${f.raw} `).join('');
  const copyLine = needed.length > 0 ? `${c.keyword} ${flags}${needed.join(' ')} ${destDir}\n` : '';
  return {
    title: needed.length > 0 ? `Copy ${listText(needed.map(lastSegment))} first, install, then copy the rest` : 'Install before copying the rest',
    edits: [
      { range: { start: c.range.start, end: c.range.start }, text: `${copyLine}${run.raw}\n` },
      { range: { start: c.range.end, end: run.range.end }, text: '' },
    ],
  };
}

function onRun(state: State, run: RunInstruction, context: RuleContext): Report[] | undefined {
  const script = runScript(run);
  const copies = state.copies.get(run.stageIndex ?? -1);
  if (!script || !copies || copies.length === 0) return undefined;
  const reports: Report[] = [];
  for (const cmd of script.commands) {
    const install = installOf(cmd);
    if (!install) continue;
    const primary = install.manifests[0];
    if (primary === undefined || !copies.some((c) => brings(c, primary, context))) continue;
    copies.forEach((copy, i) => {
      if (copy.reported) return;
      const others = otherFiles(copy, install);
      if (others !== undefined && others.length === 0) return;
      copy.reported = true;
      const what = others === undefined ? 'more than 2,000 files' : `${others.length} file${others.length === 1 ? '' : 's'} besides the dependency manifests (${listText(others.map(lastSegment))})`;
      const fix = reorderFix(copy, run, install, copies.slice(0, i));
      reports.push({
        range: copy.instruction.range,
        instruction: copy.instruction,
        message: `\`${shown(copy.instruction)}\` brings in ${what}, so changing any of them re-runs \`${install.label}\` on line ${run.startLine} from scratch.`,
        ...(fix && { fix }),
      });
    });
  }
  return reports;
}

/** `COPY . .` before `npm ci`: every source edit invalidates the install's cache. */
export const copyBustsInstallCache = defineRule<State>({
  meta: {
    id: 'copy-busts-install-cache',
    severity: 'warning',
    sources: [],
    title: 'Source files copied before the dependency install',
    explanation:
      'BuildKit reuses a step only when the step and every step before it are unchanged, and a COPY changes whenever the content of any file it copies changes. When `COPY . .` comes before `npm ci` (or `pip install -r`, `go mod download`, `bundle install` …), editing one line of your code changes that COPY, so the install runs again from scratch — minutes of downloads on every build — although the dependency list did not change.',
    suggestion:
      'Copy only the dependency manifests first (`COPY package.json package-lock.json ./`), run the install, and copy the rest of the sources after it. Keep `node_modules` (and other local install folders) in .dockerignore so the later `COPY . .` does not overwrite what the install made.',
    needs: ['build'],
    examples: {
      bad: [
        {
          dockerfile: 'FROM node:22-slim\nWORKDIR /app\nCOPY . .\nRUN npm ci\nCMD ["node", "server.js"]\n',
          context: [
            { path: 'package.json', content: '{"name":"app","dependencies":{"express":"^4.21.0"}}\n' },
            { path: 'package-lock.json', content: '{"lockfileVersion":3}\n' },
            { path: 'server.js', content: 'require("express")().listen(3000);\n' },
          ],
        },
      ],
      good: [
        {
          dockerfile: 'FROM node:22-slim\nWORKDIR /app\nCOPY package.json package-lock.json ./\nRUN npm ci\nCOPY . .\nCMD ["node", "server.js"]\n',
          context: [
            { path: 'package.json', content: '{"name":"app","dependencies":{"express":"^4.21.0"}}\n' },
            { path: 'package-lock.json', content: '{"lockfileVersion":3}\n' },
            { path: 'server.js', content: 'require("express")().listen(3000);\n' },
            { path: '.dockerignore', content: 'node_modules\n' },
          ],
          note: 'Editing server.js now changes only the last COPY; `npm ci` comes from the cache.',
        },
      ],
    },
  },
  init: (context) => ({ records: context.build ? copyRecordsByLine(context.build) : new Map(), copies: new Map() }),
  step(state, instruction: Instruction, context) {
    if (instruction.kind === 'copy' || instruction.kind === 'add') {
      if (instruction.options.from || instruction.stageIndex === undefined) return undefined;
      const found = state.records.get(instruction.startLine);
      if (found === undefined) return undefined; // not built (skipped stage, failed before it)
      const files = found.record.files === undefined ? undefined : Object.keys(found.record.files).filter((f) => !f.startsWith('<<') && !f.includes('://'));
      const list = state.copies.get(instruction.stageIndex) ?? [];
      list.push({ instruction, files, reported: false });
      state.copies.set(instruction.stageIndex, list);
      return undefined;
    }
    if (instruction.kind === 'run') return onRun(state, instruction, context);
    return undefined;
  },
});
