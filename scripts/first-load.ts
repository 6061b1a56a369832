/**
 * Measures the JavaScript a built page ships on first load, before the editor is needed: every module script the
 * HTML references (and inline scripts), plus the chunks those import statically. Dynamic `import()` targets — the
 * editor, Monaco, the engine worker — are excluded on purpose: they load only when a workbench is opened.
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { dirname, join, resolve } from 'node:path';

export interface FirstLoad {
  readonly files: readonly { readonly file: string; readonly bytes: number; readonly gzipBytes: number }[];
  readonly bytes: number;
  readonly gzipBytes: number;
}

const staticImport = /(?:^|[;}\s])(?:import|export)\s*(?:[\w*{}\s,$]+?\s*from\s*)?["']([^"']+\.js)["']/g;

export function measureFirstLoad(distDir: string, page: string): FirstLoad {
  const html = readFileSync(join(distDir, page), 'utf8');
  const queue: string[] = [];
  const inline: string[] = [];
  for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
    const attributes = match[1] ?? '';
    if (/type=["']?application\/(ld\+)?json/.test(attributes)) continue;
    const src = /\bsrc=["']?([^"'\s>]+)/.exec(attributes)?.[1];
    if (src) queue.push(join(distDir, src));
    else if (match[2]?.trim()) inline.push(match[2]);
  }
  for (const match of html.matchAll(/<link\b[^>]*rel=["']?modulepreload[^>]*>/g)) {
    const href = /\bhref=["']?([^"'\s>]+)/.exec(match[0])?.[1];
    if (href) queue.push(join(distDir, href));
  }
  const seen = new Set<string>();
  const files: { file: string; bytes: number; gzipBytes: number }[] = [];
  while (queue.length > 0) {
    const file = resolve(queue.shift()!);
    if (seen.has(file)) continue;
    seen.add(file);
    const code = readFileSync(file);
    files.push({ file: file.slice(resolve(distDir).length + 1), bytes: code.length, gzipBytes: gzipSync(code, { level: 9 }).length });
    for (const m of code.toString('utf8').matchAll(staticImport)) {
      const target = m[1]!;
      queue.push(target.startsWith('/') ? join(distDir, target) : join(dirname(file), target));
    }
  }
  inline.forEach((code, i) => {
    const buffer = Buffer.from(code);
    files.push({ file: `(inline script ${i + 1})`, bytes: buffer.length, gzipBytes: gzipSync(buffer, { level: 9 }).length });
  });
  return {
    files,
    bytes: files.reduce((sum, f) => sum + f.bytes, 0),
    gzipBytes: files.reduce((sum, f) => sum + f.gzipBytes, 0),
  };
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop()!)) {
  const page = process.argv[2] ?? 'lessons/01-image-bloat/index.html';
  const result = measureFirstLoad('dist', page);
  for (const f of result.files) console.log(`${(f.gzipBytes / 1024).toFixed(1).padStart(8)} KB gzip  ${f.file}`);
  console.log(`${(result.gzipBytes / 1024).toFixed(1).padStart(8)} KB gzip  first load of ${page} (${(result.bytes / 1024).toFixed(1)} KB raw)`);
}
