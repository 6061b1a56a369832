/**
 * Reading image references the way Docker does (github.com/distribution/reference, normalize.go and
 * regexp.go): which registry an image comes from, and whether a string is a valid reference at all.
 */

/** The registry host of a reference, `undefined` for Docker Hub's implicit one (`node`, `library/node`). */
export function registryOf(reference: string): string | undefined {
  const slash = reference.indexOf('/');
  if (slash < 0) return undefined;
  const first = reference.slice(0, slash);
  // splitDockerDomain: the first component is a host when it has a dot or a port, or is localhost.
  if (first.includes('.') || first.includes(':') || first === 'localhost' || first !== first.toLowerCase()) return first;
  return undefined;
}

// reference/regexp.go, written out.
const alnum = '[a-z0-9]+';
const separator = '(?:[._]|__|[-]+)';
const pathComponent = `${alnum}(?:${separator}${alnum})*`;
const domainComponent = '(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])';
const domainName = `${domainComponent}(?:\\.${domainComponent})*`;
const ipv6 = '\\[(?:[a-fA-F0-9:]+)\\]';
const host = `(?:${domainName}|${ipv6})`;
const domain = `${host}(?::[0-9]+)?`;
const tag = '[\\w][\\w.-]{0,127}';
const digest = '[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*[:][0-9a-fA-F]{32,}';
const name = `(?:${domain}/)?${pathComponent}(?:/${pathComponent})*`;
const referencePattern = new RegExp(`^(${name})(?::(${tag}))?(?:@(${digest}))?$`);

/** reference.ParseNormalizedNamed succeeds: non-empty, lower-case repository, well-formed tag and digest. */
export function isValidReference(text: string): boolean {
  const match = referencePattern.exec(text);
  if (!match) return false;
  return match[1]!.length <= 255;
}

// containerd/platforms: the operating systems and architectures Go knows (GOOS / GOARCH), plus the aliases
// platforms.Parse normalises (x86_64, aarch64, armhf …).
const knownOS = new Set([
  'aix', 'android', 'darwin', 'dragonfly', 'freebsd', 'hurd', 'illumos', 'ios', 'js', 'linux', 'nacl', 'netbsd',
  'openbsd', 'plan9', 'solaris', 'wasip1', 'windows', 'zos',
]);
const knownArch = new Set([
  '386', 'amd64', 'amd64p32', 'arm', 'armbe', 'arm64', 'arm64be', 'ppc64', 'ppc64le', 'loong64', 'mips', 'mipsle',
  'mips64', 'mips64le', 'mips64p32', 'mips64p32le', 'ppc', 'riscv', 'riscv64', 's390', 's390x', 'sparc', 'sparc64', 'wasm',
]);
const archAliases: Readonly<Record<string, string>> = {
  i386: '386', x86_64: 'amd64', 'x86-64': 'amd64', aarch64: 'arm64', armhf: 'arm', armel: 'arm',
};

export interface Platform {
  readonly os: string;
  readonly architecture: string;
}

/** platforms.Parse: `linux`, `linux/amd64`, `linux/arm/v7`, `amd64`; `undefined` where it returns an error. */
export function parsePlatform(text: string): Platform | undefined {
  const parts = text.toLowerCase().split('/');
  const arch = (a: string) => archAliases[a] ?? a;
  if (parts.length === 1) {
    const only = parts[0]!;
    if (knownOS.has(only)) return { os: only, architecture: 'amd64' };
    if (knownArch.has(arch(only))) return { os: 'linux', architecture: arch(only) };
    return undefined;
  }
  if (parts.length > 3 || !knownOS.has(parts[0] === 'macos' ? 'darwin' : parts[0]!)) return undefined;
  if (!knownArch.has(arch(parts[1]!))) return undefined;
  return { os: parts[0]!, architecture: arch(parts[1]!) };
}
