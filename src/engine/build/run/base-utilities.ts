/**
 * The everyday commands a base image has without anyone installing them, by OS family. The catalog's
 * file seed lists the notable paths (shell, loader, language runtimes, well-known tools); these lists
 * cover the rest, so `ls` or `sed` is found while `curl`, `gcc` or `git` are not unless the image or an
 * earlier step put them there.
 *
 * Debian/Ubuntu: the `Priority: required` set that debuerreotype's minbase images hold (coreutils,
 * findutils, grep, sed, tar, gzip, util-linux, passwd, dpkg, apt, debianutils, …; simulation-model.md
 * §4.1 — "88 binary packages"). Alpine / busybox: BusyBox's applets as Alpine enables them, plus
 * apk-tools on Alpine. Distroless and scratch: nothing.
 */
import type { ImageOs } from '../types.ts';

const COREUTILS = [
  'arch', 'base64', 'basename', 'cat', 'chgrp', 'chmod', 'chown', 'chroot', 'cksum', 'comm', 'cp', 'cut', 'date', 'dd',
  'df', 'dirname', 'du', 'echo', 'env', 'expand', 'expr', 'false', 'fold', 'groups', 'head', 'hostname', 'id', 'install',
  'join', 'link', 'ln', 'logname', 'ls', 'md5sum', 'mkdir', 'mkfifo', 'mknod', 'mktemp', 'mv', 'nice', 'nl', 'nohup',
  'nproc', 'od', 'paste', 'printenv', 'printf', 'pwd', 'readlink', 'realpath', 'rm', 'rmdir', 'seq', 'sha1sum',
  'sha256sum', 'sha512sum', 'shred', 'sleep', 'sort', 'split', 'stat', 'stty', 'sync', 'tac', 'tail', 'tee', 'test',
  'timeout', 'touch', 'tr', 'true', 'truncate', 'tsort', 'tty', 'uname', 'unexpand', 'uniq', 'unlink', 'wc', 'whoami',
  'yes', '[',
];

const DEBIAN = new Set([
  ...COREUTILS,
  'sh', 'dash', 'bash', 'find', 'xargs', 'grep', 'egrep', 'fgrep', 'sed', 'tar', 'gzip', 'gunzip', 'zcat', 'which',
  'run-parts', 'tempfile', 'mount', 'umount', 'more', 'kill', 'su', 'login', 'passwd', 'useradd', 'userdel', 'usermod',
  'groupadd', 'groupdel', 'groupmod', 'chpasswd', 'chsh', 'newgrp', 'getent', 'ldd', 'ldconfig', 'locale', 'iconv',
  'dpkg', 'dpkg-query', 'dpkg-deb', 'dpkg-divert', 'apt', 'apt-get', 'apt-cache', 'apt-mark', 'apt-config', 'apt-key',
  'update-alternatives', 'diff', 'cmp', 'hostname', 'mawk', 'awk', 'zgrep', 'getopt', 'script', 'setsid', 'flock',
  'adduser', 'addgroup', 'deluser', 'delgroup', 'debconf-set-selections', 'xz', 'unxz',
]);

const BUSYBOX = new Set([
  ...COREUTILS,
  'sh', 'ash', 'busybox', 'find', 'xargs', 'grep', 'egrep', 'fgrep', 'sed', 'awk', 'tar', 'gzip', 'gunzip', 'zcat',
  'bzip2', 'bunzip2', 'unzip', 'xz', 'unxz', 'which', 'wget', 'adduser', 'addgroup', 'deluser', 'delgroup', 'passwd',
  'su', 'login', 'getent', 'kill', 'killall', 'ps', 'top', 'free', 'mount', 'umount', 'vi', 'less', 'more', 'diff',
  'cmp', 'hexdump', 'xxd', 'nc', 'ping', 'ifconfig', 'ip', 'netstat', 'traceroute', 'nslookup', 'hostname', 'ldd',
  'ldconfig', 'setsid', 'flock', 'getopt', 'install', 'patch', 'crond', 'crontab', 'mkpasswd', 'chpasswd', 'ssl_client',
]);

const ALPINE = new Set([...BUSYBOX, 'apk', 'scanelf']);

export function baseUtilityPresent(os: ImageOs, name: string): boolean {
  switch (os.family) {
    case 'debian':
    case 'ubuntu':
      return DEBIAN.has(name);
    case 'alpine':
      return ALPINE.has(name);
    case 'busybox':
      return BUSYBOX.has(name);
    default:
      return false;
  }
}
