/**
 * Which simulation handles a command, by the name it was invoked with (or the name of the file it
 * resolved to: `/usr/bin/pip3.12` is pip).
 */
import type { CommandHandler } from '../command-types.ts';
import { aptGet } from './apt.ts';
import { aptMark } from './apt-marks.ts';
import { apk } from './apk.ts';
import { pip } from './pip.ts';
import { python } from './python.ts';
import { npm, pnpm, yarn } from './node-pm.ts';
import { go } from './go.ts';
import { cargo } from './cargo.ts';
import { cc, configureTool, make } from './compile.ts';
import { curl, wget } from './download.ts';
import { cat, chmod, chown, cp, install, ln, mkdir, mv, rm, sed, tee, touch } from './files.ts';
import { gzip, tar, unzip } from './archive.ts';
import { addgroup, adduser, groupadd, useradd, usermod } from './users.ts';
import { shellCommand } from './shell.ts';
import { jsBuild } from './js-build.ts';
import { tsc } from './tsc.ts';
import { ldd } from './ldd.ts';
import { find, grep } from './find-grep.ts';
import { harmless, unknownCommand } from './unknown.ts';
import { estimate, putFile, spend } from '../run-state.ts';

const updateCaCertificates: CommandHandler = (_inv, run) => {
  putFile(run, '/etc/ssl/certs/ca-certificates.crt', { bytes: 219_000, content: 'text', identity: 'ca-certificates.crt', uid: 0, gid: 0 });
  spend(run, 0.5);
  return { status: 0 };
};

const localeGen: CommandHandler = (_inv, run) => {
  putFile(run, '/usr/lib/locale/locale-archive', { bytes: 3e6, content: 'binary', estimate: true, identity: 'locale-archive', uid: 0, gid: 0 });
  estimate(run, 'locale-gen output estimated at 3 MB');
  spend(run, 2);
  return { status: 0 };
};

const HANDLERS: Readonly<Record<string, CommandHandler>> = {
  'apt-get': aptGet,
  apt: aptGet,
  'apt-mark': aptMark,
  apk,
  pip,
  pip3: pip,
  python,
  python3: python,
  npm,
  yarn,
  pnpm,
  go,
  cargo,
  gcc: cc,
  cc: cc,
  'g++': cc,
  'c++': cc,
  clang: cc,
  'clang++': cc,
  make,
  cmake: configureTool,
  './configure': configureTool,
  configure: configureTool,
  curl,
  wget,
  rm,
  mkdir,
  chmod,
  chown,
  chgrp: chown,
  touch,
  cp,
  mv,
  install,
  ln,
  sed,
  cat,
  tee,
  tar,
  unzip,
  gzip,
  gunzip: gzip,
  useradd,
  groupadd,
  usermod,
  adduser,
  addgroup,
  sh: shellCommand,
  bash: shellCommand,
  ash: shellCommand,
  dash: shellCommand,
  tsc,
  vite: jsBuild,
  webpack: jsBuild,
  next: jsBuild,
  'react-scripts': jsBuild,
  esbuild: jsBuild,
  rollup: jsBuild,
  parcel: jsBuild,
  nest: jsBuild,
  'update-ca-certificates': updateCaCertificates,
  'locale-gen': localeGen,
  ldconfig: harmless,
  ldd,
  ls: harmless,
  env: harmless,
  printenv: harmless,
  id: harmless,
  whoami: harmless,
  uname: harmless,
  sleep: harmless,
  grep,
  find,
  which: harmless,
  stat: harmless,
  du: harmless,
  df: harmless,
  node: unknownCommand,
  java: unknownCommand,
};

export function handlerFor(invoked: string, resolved: string): CommandHandler {
  const byName = HANDLERS[invoked] ?? HANDLERS[resolved];
  if (byName !== undefined) return byName;
  if (/^pip3(\.\d+)?$/.test(invoked)) return pip;
  if (/^python3(\.\d+)?$/.test(invoked)) return python;
  return unknownCommand;
}
