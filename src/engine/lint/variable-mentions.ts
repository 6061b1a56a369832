/**
 * Whether a Dockerfile value (an ENV value, a USER) mentions a variable: `$NAME`, `${NAME}` or `${NAME:-x}`.
 * A plain reading for hadolint's checks; BuildKit's real expansion (quotes, escapes) lives in the Dockerfile
 * folder's expansion pass.
 */

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export function mentionsVariable(text: string, name: string): boolean {
  const n = escapeRegExp(name);
  return new RegExp(`\\$\\{${n}(?=[}:\\-+?=#%/])|\\$${n}(?![A-Za-z0-9_])`).test(text);
}

/** Names of all `$NAME` / `${NAME…}` in a value. */
export function mentionedVariables(text: string): string[] {
  const names: string[] = [];
  for (const m of text.matchAll(/\$(?:\{([A-Za-z_][A-Za-z0-9_]*)|([A-Za-z_][A-Za-z0-9_]*))/g)) names.push((m[1] ?? m[2])!);
  return names;
}
