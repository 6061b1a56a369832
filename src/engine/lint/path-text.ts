/** Small readings of paths and words as written in a Dockerfile (quotes kept by BuildKit's parser). */

/** Removes surrounding quotes, as hadolint's `dropQuotes` does. */
export function dropQuotes(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && (text[start] === '"' || text[start] === "'")) start++;
  while (end > start && (text[end - 1] === '"' || text[end - 1] === "'")) end--;
  return text.slice(start, end);
}

/** `C:\…`, `c:/…`: a Windows drive path, absolute on a Windows image. */
export function isWindowsAbsolute(path: string): boolean {
  return /^[A-Za-z]:/.test(path);
}

/** Absolute on Linux or Windows images. */
export function isAbsolutePath(path: string): boolean {
  return path.startsWith('/') || isWindowsAbsolute(path);
}

/** Last path segment; `/` and `\` both separate. */
export function baseName(path: string): string {
  const p = dropQuotes(path);
  const cut = Math.max(p.lastIndexOf('/'), p.lastIndexOf('\\'));
  return p.slice(cut + 1);
}

/** File name endings of archives that ADD unpacks (hadolint's list, src/Hadolint/Rule.hs). */
export const archiveExtensions = ['.tar', '.Z', '.bz2', '.gz', '.lz', '.lzma', '.tZ', '.tb2', '.tbz', '.tbz2', '.tgz', '.tlz', '.tpz', '.txz', '.xz'];

export function isArchiveName(path: string): boolean {
  const p = dropQuotes(path);
  return archiveExtensions.some((ext) => p.endsWith(ext));
}
