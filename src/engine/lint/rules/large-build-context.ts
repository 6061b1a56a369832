import type { CopyInstruction } from '../../dockerfile/index.ts';
import type { TopLevelUsage } from '../../context/index.ts';
import { cleanPath, containsWildcards, goMatch } from '../../context/index.ts';
import { defineRule } from '../rule.ts';
import type { Report, RuleContext } from '../rule.ts';
import { dropQuotes } from '../path-text.ts';
import { sizeText } from '../simulation-queries.ts';

/** Folders that are never part of the app: version control, installed dependencies, caches, build output. */
const USUAL_SUSPECTS = new Set([
  '.git', '.hg', '.svn', 'node_modules', '.venv', 'venv', '__pycache__', '.pytest_cache', '.mypy_cache', '.tox', '.cache',
  '.next', '.nuxt', '.gradle', '.terraform', 'coverage', 'target', '.idea', 'logs', 'tmp',
]);
/** A usual suspect counts when it is more than half of what is sent (and the context is not tiny) ... */
const SHARE = 0.5;
const MIN_CONTEXT_BYTES = 10_000_000;
/** ... any top-level entry (data, models, dumps) when it alone is this big. */
const BIG_BYTES = 100_000_000;

interface State {
  /** Top-level entries worth a finding, by name, until reported. */
  readonly heavy: Map<string, TopLevelUsage>;
  readonly sentBytes: number;
}

function heavyEntries(context: RuleContext): State {
  const heavy = new Map<string, TopLevelUsage>();
  const report = context.context?.report;
  const sentBytes = report?.sent.bytes ?? 0;
  for (const row of report?.topLevel ?? []) {
    const bytes = row.sent.bytes;
    const suspect = USUAL_SUSPECTS.has(row.path) && sentBytes >= MIN_CONTEXT_BYTES && bytes > SHARE * sentBytes;
    if (suspect || bytes > BIG_BYTES) heavy.set(row.path, row);
  }
  return { heavy, sentBytes };
}

/** The top-level context entries a COPY / ADD source takes (`.` takes all of them). */
function taken(source: string, names: Iterable<string>): string[] {
  // COPY sources are relative to the context root whether written `/data` or `data`.
  const cleaned = cleanPath(dropQuotes(source));
  const path = cleaned.startsWith('/') ? cleaned.slice(1) : cleaned;
  if (path === '.' || path === '') return [...names];
  const first = path.split('/')[0]!;
  if (!containsWildcards(first)) return [...names].filter((n) => n === first);
  return [...names].filter((n) => goMatch(first, n) === true);
}

function excluded(copy: CopyInstruction, name: string): boolean {
  return copy.options.exclude.some((flag) => {
    const pattern = cleanPath(dropQuotes(flag.value ?? '')).split('/')[0] ?? '';
    return pattern !== '' && goMatch(pattern, name) === true;
  });
}

function kindOf(name: string): string {
  if (name === '.git' || name === '.hg' || name === '.svn') return 'the repository history';
  if (name === 'node_modules' || name === '.venv' || name === 'venv') return 'locally installed dependencies';
  if (USUAL_SUSPECTS.has(name)) return 'caches or build output';
  return 'data';
}

/** `COPY . .` with an 800 MB `.git` in the context: every build sends it, and the image ships it. */
export const largeBuildContext = defineRule<State>({
  meta: {
    id: 'large-build-context',
    severity: 'warning',
    sources: [],
    title: 'The build context is dominated by files the image does not need',
    explanation:
      'BuildKit sends the builder the files your COPY and ADD instructions name — with `COPY . .`, the whole context minus what .dockerignore excludes. A `.git` folder, a local `node_modules` or a data set is often most of those bytes: every build waits for the transfer, every change in them busts the COPY\'s cache, and the COPY puts them into the image you ship.',
    suggestion:
      'Add them to .dockerignore (`.git`, `node_modules`, `data/`, …), or copy only what the app needs (`COPY src/ ./src/`). Data the app reads at run time belongs in a volume, not in the image.',
    needs: ['context'],
    examples: {
      bad: [
        {
          dockerfile: 'FROM python:3.12-slim\nWORKDIR /app\nCOPY . .\nCMD ["python", "app.py"]\n',
          context: [
            { path: 'app.py', content: 'print("hello")\n' },
            { path: '.git', kind: 'dir', size: 800_000_000, files: 12_000 },
          ],
        },
      ],
      good: [
        {
          dockerfile: 'FROM python:3.12-slim\nWORKDIR /app\nCOPY . .\nCMD ["python", "app.py"]\n',
          context: [
            { path: 'app.py', content: 'print("hello")\n' },
            { path: '.git', kind: 'dir', size: 800_000_000, files: 12_000 },
          ],
          dockerignore: '.git\n',
        },
        {
          dockerfile: 'FROM python:3.12-slim\nWORKDIR /app\nCOPY app.py .\nCMD ["python", "app.py"]\n',
          context: [
            { path: 'app.py', content: 'print("hello")\n' },
            { path: '.git', kind: 'dir', size: 800_000_000, files: 12_000 },
          ],
          note: 'BuildKit transfers only the paths COPY names, so `.git` is not sent at all.',
        },
      ],
    },
  },
  init: heavyEntries,
  step(state, instruction, context) {
    if ((instruction.kind !== 'copy' && instruction.kind !== 'add') || instruction.options.from || state.heavy.size === 0) return undefined;
    // A stage the target does not need is not built, and BuildKit sends nothing for it.
    const stage = instruction.stageIndex;
    if (context.build && stage !== undefined && context.build.stages[stage]?.built === false) return undefined;
    const reports: Report[] = [];
    for (const source of instruction.sources) {
      for (const name of taken(source.value, state.heavy.keys())) {
        const row = state.heavy.get(name)!;
        if (excluded(instruction, name)) continue;
        state.heavy.delete(name);
        const share = state.sentBytes > 0 ? Math.round((100 * row.sent.bytes) / state.sentBytes) : 0;
        const noIgnore = context.context?.ignoreFile === undefined ? ' There is no .dockerignore.' : '';
        reports.push({
          range: source.range,
          instruction,
          message: `This sends \`${name}\` (${kindOf(name)}, ${sizeText(row.sent.bytes)} — ${share}% of the ${sizeText(state.sentBytes)} context) to the builder and copies it into the image.${noIgnore}`,
        });
      }
    }
    return reports;
  },
});
