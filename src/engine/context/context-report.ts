/**
 * How big the build context is and where the bytes are: what is sent to the builder (Docker prints it as
 * "transferring context: 1.9GB"), what .dockerignore keeps back, and the same per top-level entry so a lesson
 * can say "your .git is 800 MB of the 1.9 GB you send". Bytes are file contents (what the transfer carries);
 * directories and symlinks count as 0 bytes, summarised directories as their declared size.
 */
import { compareNames } from './go-path.ts';
import type { BuildContext, EntryKind, SizeCount, TreeEntry } from './types.ts';

export interface TopLevelUsage {
  /** The entry's name at the context root (`.git`, `node_modules`, `Dockerfile`). */
  readonly path: string;
  readonly kind: EntryKind;
  readonly total: SizeCount;
  readonly sent: SizeCount;
  readonly excluded: SizeCount;
}

export interface ContextReport {
  readonly total: SizeCount;
  readonly sent: SizeCount;
  readonly excluded: SizeCount;
  /** Every entry at the root, largest first (by total bytes, then name). */
  readonly topLevel: readonly TopLevelUsage[];
}

export function summariseContext(context: BuildContext, isSent: (index: number) => boolean): ContextReport {
  const entries = context.entries;
  const rootChildren = context.childIndexes(0);
  // Per top-level entry: [totalBytes, totalFiles, sentBytes, sentFiles]
  const acc = rootChildren.map(() => [0, 0, 0, 0]);
  const top = new Int32Array(entries.length).fill(-1);
  rootChildren.forEach((c, k) => (top[c] = k));
  for (let i = 1; i < entries.length; i++) {
    for (const c of context.childIndexes(i)) top[c] = top[i] as number;
    const entry = entries[i] as TreeEntry;
    const [bytes, files] = weight(entry);
    if (bytes === 0 && files === 0) continue;
    const row = acc[top[i] as number] as number[];
    row[0] = (row[0] as number) + bytes;
    row[1] = (row[1] as number) + files;
    if (isSent(i)) {
      row[2] = (row[2] as number) + bytes;
      row[3] = (row[3] as number) + files;
    }
  }
  let sentBytes = 0;
  let sentFiles = 0;
  const topLevel: TopLevelUsage[] = rootChildren.map((c, k) => {
    const [tb = 0, tf = 0, sb = 0, sf = 0] = acc[k] as number[];
    sentBytes += sb;
    sentFiles += sf;
    const entry = entries[c] as TreeEntry;
    return {
      path: entry.name,
      kind: entry.kind,
      total: { bytes: tb, files: tf },
      sent: { bytes: sb, files: sf },
      excluded: { bytes: tb - sb, files: tf - sf },
    };
  });
  topLevel.sort((a, b) => b.total.bytes - a.total.bytes || compareNames(a.path, b.path));
  const total = context.total;
  return {
    total,
    sent: { bytes: sentBytes, files: sentFiles },
    excluded: { bytes: total.bytes - sentBytes, files: total.files - sentFiles },
    topLevel,
  };
}

/** The top-level entries that send (or hold back) the most bytes, largest first, zero rows left out. */
export function largestTopLevel(report: ContextReport, which: 'sent' | 'excluded', limit = 5): readonly TopLevelUsage[] {
  return report.topLevel
    .filter((row) => row[which].bytes > 0 || row[which].files > 0)
    .sort((a, b) => b[which].bytes - a[which].bytes || compareNames(a.path, b.path))
    .slice(0, limit);
}

function weight(entry: TreeEntry): readonly [number, number] {
  if (entry.kind === 'file') return [entry.size, 1];
  if (entry.summary !== undefined) return [entry.summary.bytes, entry.summary.files];
  return [0, 0];
}
