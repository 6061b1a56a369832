/**
 * What the container's user could reach: as root, every file of the image, the package manager, and
 * Docker's default capability set (moby `daemon/pkg/oci/caps/defaults.go`); a mounted Docker socket
 * gives control of the host's Docker daemon whoever the user is, if it can open the socket. A non-root
 * user is checked against the image's file modes (and often cannot write its own working directory
 * when COPY left it owned by root).
 */
import type { DirNode } from '../build/types.ts';
import { canWrite, lookPath, lookupPath } from './fs-query.ts';
import type { BaseTools, Credentials } from './fs-query.ts';
import type { RootReport } from './types.ts';

export const DEFAULT_CAPABILITIES = [
  'CAP_CHOWN', 'CAP_DAC_OVERRIDE', 'CAP_FSETID', 'CAP_FOWNER', 'CAP_MKNOD', 'CAP_NET_RAW', 'CAP_SETGID', 'CAP_SETUID',
  'CAP_SETFCAP', 'CAP_SETPCAP', 'CAP_NET_BIND_SERVICE', 'CAP_SYS_CHROOT', 'CAP_KILL', 'CAP_AUDIT_WRITE',
] as const;

const SYSTEM_PATHS = ['/etc', '/bin', '/sbin', '/usr/bin', '/usr/sbin', '/usr/local/bin', '/lib', '/usr/lib', '/var', '/root'];

export function mountsDockerSocket(volumes: readonly string[]): boolean {
  return volumes.some((v) => {
    const [source = '', target = source] = v.split(':');
    return /(^|\/)docker\.sock$/.test(source) || /(^|\/)docker\.sock$/.test(target);
  });
}

export function rootReport(fs: DirNode, cred: Credentials, workdir: string, pathEnv: string, volumes: readonly string[], base?: BaseTools): RootReport {
  const root = cred.uid === 0;
  const writable = SYSTEM_PATHS.filter((p) => {
    const node = lookupPath(fs, p);
    return node !== undefined && canWrite(node, cred);
  });
  const admin = { uid: 0, gid: 0 };
  const packageManager = ['apt-get', 'apk', 'dnf', 'microdnf', 'yum'].find((name) => lookPath(fs, name, pathEnv, '/', admin, base).ok);
  const dockerSocket = mountsDockerSocket(volumes);
  const wd = lookupPath(fs, workdir);
  const workdirWritable = wd !== undefined && canWrite(wd, cred);
  const reach: string[] = [];
  if (root) {
    reach.push(`It can change any file of the image: ${writable.slice(0, 4).join(', ')}${writable.length > 4 ? ' …' : ''} (replace binaries, edit /etc/passwd).`);
    if (packageManager !== undefined) reach.push(`It can install tools at run time with ${packageManager}: an intruder's toolkit is a package away.`);
    reach.push(`It holds Docker's default capabilities (${DEFAULT_CAPABILITIES.length}: CAP_CHOWN, CAP_DAC_OVERRIDE, CAP_NET_RAW, CAP_SETUID …).`);
    reach.push('It is uid 0 on the host as well unless user namespaces are enabled: a container escape (a kernel or runtime bug, a careless mount) lands as root on the host.');
  } else {
    if (writable.length > 0) reach.push(`It can still write ${writable.join(', ')}.`);
    if (!workdirWritable) reach.push(`It cannot write its working directory ${workdir} (owned by another user): an app that writes there fails with EACCES — use COPY --chown or a writable directory.`);
  }
  if (dockerSocket) {
    reach.push(`The mounted Docker socket gives ${root ? 'it' : 'whoever can open it'} full control of the host's Docker: it can start a privileged container that mounts the host's / — root on the host.`);
  }
  const explanation = root
    ? 'The process runs as root (uid 0). Nothing in the image stops it from changing the image\'s files or installing software, and an escape from the container starts as root. Add a user (`RUN useradd -u 10001 app`) and `USER 10001`.'
    : `The process runs as uid ${cred.uid}: it cannot change the image's system files or install packages.`;
  return {
    runningAsRoot: root,
    uid: cred.uid,
    reach,
    writableSystemPaths: writable,
    packageManager: root ? packageManager : undefined,
    dockerSocket,
    capabilities: root ? [...DEFAULT_CAPABILITIES] : [],
    workdirWritable,
    explanation,
  };
}
