import type { CopyInstruction } from '../../dockerfile/index.ts';
import { defineRule } from '../rule.ts';
import type { Report } from '../rule.ts';
import { baseName, dropQuotes, isArchiveName } from '../path-text.ts';
import { argTexts, commandName, commandsOf, operands, runScript, wordText } from '../shell-queries.ts';
import type { SimpleCommand } from '../../shell/index.ts';

const unpackers = new Set(['unzip', 'gunzip', 'bunzip2', 'unlzma', 'unxz', 'zgz', 'uncompress', 'zcat', 'gzcat']);

function extracts(cmd: SimpleCommand): boolean {
  const name = commandName(cmd);
  if (name === 'tar') return argTexts(cmd).some((a) => a === '--extract' || a === '--get' || (a.startsWith('-') && !a.startsWith('--') && a.includes('x')));
  return unpackers.has(name ?? '');
}

interface Copied {
  readonly copy: CopyInstruction;
  readonly file: string;
  reported: boolean;
}

/** `COPY app.tar /tmp/` followed by `RUN tar -xf /tmp/app.tar`: two layers where ADD needs one. */
export const archiveCopiedThenExtracted = defineRule<{ archives: Copied[] }>({
  meta: {
    id: 'archive-copied-then-extracted',
    severity: 'info',
    sources: [{ tool: 'hadolint', code: 'DL3010' }],
    title: 'Archive copied in, then extracted by RUN',
    explanation:
      'COPY puts the archive itself into a layer; the RUN that unpacks it adds the extracted files in another layer. Deleting the archive afterwards does not give the space back. ADD unpacks a local tar archive while copying, so only the extracted files are stored.',
    suggestion: 'Replace the COPY and the `tar -x` with one `ADD app.tar.gz /dest/` (ADD unpacks local tar archives).',
    examples: {
      bad: [{ dockerfile: 'FROM debian:bookworm-slim\nCOPY app.tar.gz /opt/\nRUN tar -xzf /opt/app.tar.gz -C /opt\n' }],
      good: [{ dockerfile: 'FROM debian:bookworm-slim\nADD app.tar.gz /opt/\n' }],
    },
  },
  init: () => ({ archives: [] }),
  step(state, instruction) {
    if (instruction.kind === 'from') {
      state.archives = [];
      return undefined;
    }
    if (instruction.kind === 'copy' && !instruction.options.from && instruction.dest) {
      const dest = dropQuotes(instruction.dest.value);
      const files = isArchiveName(dest) ? [baseName(dest)] : instruction.sources.map((s) => baseName(s.value)).filter(isArchiveName);
      for (const file of files) state.archives.push({ copy: instruction, file, reported: false });
      return undefined;
    }
    const script = runScript(instruction);
    if (!script || state.archives.length === 0) return undefined;
    const reports: Report[] = [];
    for (const cmd of commandsOf(script).filter(extracts)) {
      const names = new Set(operands(cmd).map((w) => baseName(wordText(w))));
      for (const archive of state.archives) {
        if (archive.reported || !names.has(archive.file)) continue;
        archive.reported = true;
        reports.push({
          range: archive.copy.range,
          instruction: archive.copy,
          message: `\`${archive.file}\` is copied here and unpacked on line ${instruction.startLine}; ADD would store only the unpacked files.`,
        });
      }
    }
    return reports;
  },
});
