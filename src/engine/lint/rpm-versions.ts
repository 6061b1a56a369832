/** Reading `name-version` package arguments of yum and dnf (hadolint DL3033 / DL3041's notion of a version). */

const versionChar = /^[0-9A-Za-z.~^_:+]*$/;

/**
 * True when the text looks like `name-version[-release]`: something after the first `-` made only of
 * version characters with a part starting with a digit (`openssl-1:1.1.1k`, `gcc-c++-1.1.1`), or an .rpm file.
 */
export function hasRpmVersion(text: string): boolean {
  const parts = text.split('-');
  if (parts.length <= 1) return false;
  if (text.endsWith('.rpm')) return true;
  const rest = parts.slice(1);
  return rest.every((p) => versionChar.test(p)) && rest.some((p) => /^[0-9]/.test(p));
}

/**
 * A package argument of yum/dnf install is pinned when it has a version, or when its version comes from a
 * variable the Dockerfile declared (`git-core-${VERSION}`); an argument without any `-` never is.
 */
export function rpmPinned(text: string, variables: readonly string[], declared: (name: string) => boolean): boolean {
  if (!text.includes('-')) return false;
  if (text.endsWith('.rpm')) return true;
  if (variables.length > 0) return variables.some(declared);
  return hasRpmVersion(text);
}
