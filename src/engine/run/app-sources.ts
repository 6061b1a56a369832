/**
 * Reads an app's source files from the image (their `text` is there when they were copied from the
 * build context) and collects the signal handlers they register: the entry file and, transitively,
 * the local modules it imports (`require('./x')`, `from app import y`). Bounded: at most MAX_FILES
 * files and MAX_BYTES of text, so a big app cannot slow the simulation down.
 */
import type { DirNode } from '../build/types.ts';
import { dirname } from '../build/fs-path.ts';
import { fileText } from './fs-query.ts';
import { resolveNodeScript, resolvePythonModule } from './programs.ts';
import { catchesKeyboardInterrupt, findNodeHandlers, findPythonHandlers, usesWerkzeugReloader } from './signal-handlers.ts';
import type { HandlerFinding } from './signal-handlers.ts';

const MAX_FILES = 40;
const MAX_BYTES = 2_000_000;

export interface SourceScan {
  readonly handlers: readonly HandlerFinding[];
  /** Files read, in order. */
  readonly files: readonly string[];
  /** Files that exist but whose text the simulation does not have. */
  readonly unreadable: readonly string[];
  readonly werkzeugReloader: boolean;
  readonly keyboardInterrupt: boolean;
  /** Python: the modules imported from outside the app (site-packages, the standard library), where. */
  readonly externalImports: readonly PythonImport[];
}

export interface PythonImport {
  /** Top-level module name (`psycopg2` for `from psycopg2.extras import …`). */
  readonly module: string;
  readonly file: string;
  /** 1-based line of the import statement. */
  readonly line: number;
  readonly statement: string;
}

/** A relative module specifier in quotes; what precedes it must be `require(`, `from`, `import(` or `import`. */
const JS_SPECIFIER = /(['"])(\.{1,2}\/[^'"\n]+)\1/g;
const JS_IMPORT_BEFORE = /(?:require\s*\(\s*|\bfrom\s+|\bimport\s*\(\s*|\bimport\s+)$/;
const PY_IMPORT = /^[ \t]*(?:from[ \t]+([A-Za-z_][\w.]*)[ \t]+import|import[ \t]+([A-Za-z_][\w.]*))/gm;

function scan(
  fs: DirNode,
  entry: string,
  find: (text: string, file: string) => HandlerFinding[],
  imports: (text: string, file: string) => (string | undefined)[],
): { handlers: HandlerFinding[]; files: string[]; unreadable: string[]; texts: string[] } {
  const queue = [entry];
  const seen = new Set<string>(queue);
  const handlers: HandlerFinding[] = [];
  const files: string[] = [];
  const unreadable: string[] = [];
  const texts: string[] = [];
  let bytes = 0;
  while (queue.length > 0 && files.length < MAX_FILES) {
    const file = queue.shift() as string;
    const text = fileText(fs, file);
    if (text === undefined) {
      unreadable.push(file);
      continue;
    }
    if (bytes + text.length > MAX_BYTES) break;
    bytes += text.length;
    files.push(file);
    texts.push(text);
    handlers.push(...find(text, file));
    for (const next of imports(text, file)) {
      if (next !== undefined && !seen.has(next)) {
        seen.add(next);
        queue.push(next);
      }
    }
  }
  return { handlers, files, unreadable, texts };
}

export function scanNodeApp(fs: DirNode, entry: string): SourceScan {
  const r = scan(fs, entry, findNodeHandlers, (text, file) =>
    [...text.matchAll(JS_SPECIFIER)]
      .filter((m) => JS_IMPORT_BEFORE.test(text.slice(Math.max(0, m.index - 24), m.index)))
      .map((m) => resolveNodeScript(fs, dirname(file), m[2] as string)),
  );
  return { handlers: r.handlers, files: r.files, unreadable: r.unreadable, werkzeugReloader: false, keyboardInterrupt: false, externalImports: [] };
}

const MAX_IMPORTS = 200;

export function scanPythonApp(fs: DirNode, entry: string): SourceScan {
  const root = dirname(entry);
  const external: PythonImport[] = [];
  const seen = new Set<string>();
  const r = scan(fs, entry, findPythonHandlers, (text, file) => {
    // Line numbers counted incrementally: the matches come in order.
    let line = 1;
    let counted = 0;
    return [...text.matchAll(PY_IMPORT)].map((m) => {
      const name = (m[1] ?? m[2]) as string;
      const local = resolvePythonModule(fs, root, name);
      const top = name.split('.')[0] as string;
      if (local === undefined && !seen.has(top) && external.length < MAX_IMPORTS) {
        seen.add(top);
        for (let i = text.indexOf('\n', counted); i !== -1 && i < m.index; i = text.indexOf('\n', i + 1)) line++;
        counted = m.index;
        const end = text.indexOf('\n', m.index);
        external.push({ module: top, file, line, statement: text.slice(m.index, end < 0 ? undefined : end).trim() });
      }
      return local;
    });
  });
  return {
    handlers: r.handlers,
    files: r.files,
    unreadable: r.unreadable,
    werkzeugReloader: r.texts.some(usesWerkzeugReloader),
    keyboardInterrupt: r.texts.some(catchesKeyboardInterrupt),
    externalImports: external,
  };
}

/** Inline code (`node -e`, `python -c`). */
export function scanInline(code: string, language: 'node' | 'python'): SourceScan {
  const handlers = language === 'node' ? findNodeHandlers(code, '<inline>') : findPythonHandlers(code, '<inline>');
  return {
    handlers,
    files: [],
    unreadable: [],
    werkzeugReloader: language === 'python' && usesWerkzeugReloader(code),
    keyboardInterrupt: language === 'python' && catchesKeyboardInterrupt(code),
    externalImports: [],
  };
}
