// Monaco's ESM imports its CSS files from JavaScript. Astro hoists every CSS file it sees in a page's module graph
// into the page <head> (withastro/astro#9495), which would put ~14 KB of editor CSS on every lesson's first load even
// though the editor itself is loaded lazily. This plugin turns each of Monaco's CSS imports into a module that injects
// a <style> when (and only when) the editor chunk runs. The virtual id must not end in `.css`, or Vite treats it as CSS.
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

const PREFIX = '\0monaco-inline-css:';

export function monacoInlineCss() {
  return {
    name: 'shipshape:monaco-inline-css',
    enforce: 'pre',
    resolveId(source, importer) {
      if (!importer || !source.endsWith('.css')) return null;
      if (!importer.includes('/node_modules/monaco-editor/')) return null;
      return PREFIX + resolve(dirname(importer), source) + '.js';
    },
    load(id) {
      if (!id.startsWith(PREFIX)) return null;
      const file = id.slice(PREFIX.length, -'.js'.length);
      const css = readFileSync(file, 'utf8');
      // Relative url(...) references (codicon.ttf) become asset imports so the bundler emits and fingerprints them.
      const imports = [];
      const parts = [];
      let last = 0;
      for (const match of css.matchAll(/url\((['"]?)(\.{1,2}\/[^'")]+)\1\)/g)) {
        const name = `asset${imports.length}`;
        imports.push(`import ${name} from ${JSON.stringify(resolve(dirname(file), match[2]) + '?url')};`);
        parts.push(JSON.stringify(css.slice(last, match.index)), `"url(" + ${name} + ")"`);
        last = match.index + match[0].length;
      }
      parts.push(JSON.stringify(css.slice(last)));
      return `${imports.join('\n')}
const css = ${parts.join(' + ')};
if (typeof document !== 'undefined') {
  const style = document.createElement('style');
  style.dataset.monaco = ${JSON.stringify(file.split('/node_modules/monaco-editor/')[1] ?? file)};
  style.textContent = css;
  document.head.appendChild(style);
}
export default css;
`;
    },
  };
}
