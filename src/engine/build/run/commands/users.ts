/**
 * Accounts: useradd / groupadd / usermod (shadow-utils, Debian and Ubuntu), adduser / addgroup (Debian's
 * perl adduser, or BusyBox's on Alpine). They edit /etc/passwd, /etc/group and /etc/shadow — each edit
 * a new copy of the file in the layer — so a later USER can be resolved and the runtime can ask whether
 * the user exists. Defaults follow /etc/login.defs (UID_MIN 1000, SYS_UID_MAX 999, USERGROUPS_ENAB yes)
 * and BusyBox's adduser (first free id from 1000; `-S` system ids from 100).
 */
import type { CommandHandler, Outcome } from '../command-types.ts';
import type { RunState } from '../run-state.ts';
import { isRoot, makeDir, putFile, spend } from '../run-state.ts';
import { parseArgv } from '../argv.ts';
import { lookup } from '../../fs-tree.ts';
import { readGroups, readUsers } from '../../filesystem-query.ts';

function fileText(run: RunState, path: string): string {
  const n = lookup(run.fs.root, path);
  return n?.kind === 'file' ? (n.text ?? '') : '';
}

function append(run: RunState, path: string, line: string): void {
  const before = fileText(run, path);
  const text = before === '' || before.endsWith('\n') ? `${before}${line}\n` : `${before}\n${line}\n`;
  putFile(run, path, { bytes: text.length, content: 'text', text, mode: path.endsWith('shadow') ? 0o640 : 0o644, uid: 0, gid: 0 });
}

function replaceLine(run: RunState, path: string, name: string, edit: (fields: string[]) => string[]): void {
  const lines = fileText(run, path).split('\n');
  const out = lines.map((l) => {
    const f = l.split(':');
    return f[0] === name ? edit(f).join(':') : l;
  });
  const text = out.join('\n');
  putFile(run, path, { bytes: text.length, content: 'text', text, uid: 0, gid: 0 });
}

function freeId(taken: ReadonlySet<number>, from: number, down = false): number {
  let id = from;
  while (taken.has(id)) id += down ? -1 : 1;
  return id;
}

function denied(tool: string, file: string): Outcome {
  return { status: 1, messages: [`${tool}: Permission denied.`, `${tool}: cannot lock ${file}; try again later.`] };
}

export function addUser(
  run: RunState,
  spec: { name: string; uid?: number | undefined; gid?: number | undefined; home: string; shell: string; createHome: boolean; system: boolean; ownGroup: boolean },
): void {
  const users = readUsers(run.fs.root);
  const groups = readGroups(run.fs.root);
  const uid = spec.uid ?? (spec.system ? freeId(new Set(users.map((u) => u.uid)), 999, true) : freeId(new Set(users.map((u) => u.uid)), 1000));
  let gid = spec.gid;
  if (gid === undefined && spec.ownGroup) {
    const taken = new Set(groups.map((g) => g.gid));
    gid = taken.has(uid) ? freeId(taken, spec.system ? 999 : 1000, spec.system) : uid;
    append(run, '/etc/group', `${spec.name}:x:${gid}:`);
    if (lookup(run.fs.root, '/etc/gshadow') !== undefined) append(run, '/etc/gshadow', `${spec.name}:!::`);
  }
  append(run, '/etc/passwd', `${spec.name}:x:${uid}:${gid ?? 100}::${spec.home}:${spec.shell}`);
  append(run, '/etc/shadow', `${spec.name}:!:19700:0:99999:7:::`);
  if (spec.createHome && lookup(run.fs.root, spec.home) === undefined) {
    const owner = { uid, gid: gid ?? 100 };
    makeDir(run, spec.home);
    if (run.os.family === 'debian' || run.os.family === 'ubuntu') {
      // Debian's /etc/skel (bash 5.2): .bashrc, .profile, .bash_logout.
      putFile(run, `${spec.home}/.bashrc`, { bytes: 3526, content: 'text', ...owner, identity: 'skel:.bashrc' });
      putFile(run, `${spec.home}/.profile`, { bytes: 807, content: 'text', ...owner, identity: 'skel:.profile' });
      putFile(run, `${spec.home}/.bash_logout`, { bytes: 220, content: 'text', ...owner, identity: 'skel:.bash_logout' });
    }
  }
}

export const useradd: CommandHandler = (inv, run) => {
  const a = parseArgv(inv.argv.slice(1), ['-u', '--uid', '-g', '--gid', '-G', '--groups', '-d', '--home-dir', '-s', '--shell', '-c', '--comment', '-K', '-p', '-e', '-f', '-k']);
  const name = a.positionals[0];
  if (name === undefined) return { status: 2, messages: ['Usage: useradd [options] LOGIN'] };
  if (!isRoot(run)) return denied('useradd', '/etc/passwd');
  if (readUsers(run.fs.root).some((u) => u.name === name)) return { status: 9, messages: [`useradd: user '${name}' already exists`] };
  const uidText = a.options.get('-u') ?? a.options.get('--uid');
  if (uidText !== undefined && readUsers(run.fs.root).some((u) => u.uid === Number(uidText)) && !a.options.has('-o')) {
    return { status: 4, messages: [`useradd: UID ${uidText} is not unique`] };
  }
  const groupText = a.options.get('-g') ?? a.options.get('--gid');
  let gid: number | undefined;
  if (groupText !== undefined) {
    const g = readGroups(run.fs.root).find((x) => x.name === groupText || String(x.gid) === groupText);
    if (g === undefined && !/^\d+$/.test(groupText)) return { status: 6, messages: [`useradd: group '${groupText}' does not exist`] };
    gid = g?.gid ?? Number(groupText);
  }
  const system = a.options.has('-r') || a.options.has('--system');
  addUser(run, {
    name,
    uid: uidText === undefined ? undefined : Number(uidText),
    gid,
    home: a.options.get('-d') ?? a.options.get('--home-dir') ?? `/home/${name}`,
    shell: a.options.get('-s') ?? a.options.get('--shell') ?? (run.os.family === 'ubuntu' ? '/bin/sh' : '/bin/sh'),
    createHome: a.options.has('-m') || a.options.has('--create-home'),
    system,
    ownGroup: gid === undefined && !a.options.has('-N'),
  });
  spend(run, 0.1);
  return { status: 0 };
};

export const groupadd: CommandHandler = (inv, run) => {
  const a = parseArgv(inv.argv.slice(1), ['-g', '--gid', '-K', '-p']);
  const name = a.positionals[0];
  if (name === undefined) return { status: 2, messages: ['Usage: groupadd [options] GROUP'] };
  if (!isRoot(run)) return denied('groupadd', '/etc/group');
  const groups = readGroups(run.fs.root);
  if (groups.some((g) => g.name === name)) {
    return a.options.has('-f') ? { status: 0 } : { status: 9, messages: [`groupadd: group '${name}' already exists`] };
  }
  const gidText = a.options.get('-g') ?? a.options.get('--gid');
  if (gidText !== undefined && groups.some((g) => g.gid === Number(gidText)) && !a.options.has('-o')) {
    return { status: 4, messages: [`groupadd: GID '${gidText}' already exists`] };
  }
  const system = a.options.has('-r') || a.options.has('--system');
  const gid = gidText !== undefined ? Number(gidText) : freeId(new Set(groups.map((g) => g.gid)), system ? 999 : 1000, system);
  append(run, '/etc/group', `${name}:x:${gid}:`);
  if (lookup(run.fs.root, '/etc/gshadow') !== undefined) append(run, '/etc/gshadow', `${name}:!::`);
  spend(run, 0.1);
  return { status: 0 };
};

export const usermod: CommandHandler = (inv, run) => {
  const a = parseArgv(inv.argv.slice(1), ['-G', '-g', '-u', '-d', '-s', '-l']);
  const name = a.positionals[0];
  if (!isRoot(run)) return denied('usermod', '/etc/passwd');
  if (name === undefined || !readUsers(run.fs.root).some((u) => u.name === name)) return { status: 6, messages: [`usermod: user '${name ?? ''}' does not exist`] };
  const extra = a.options.get('-G');
  if (extra !== undefined) {
    for (const g of extra.split(',')) replaceLine(run, '/etc/group', g, (f) => [f[0] ?? '', f[1] ?? 'x', f[2] ?? '', [...(f[3] ?? '').split(',').filter((x) => x !== ''), name].join(',')]);
  }
  const uid = a.options.get('-u');
  const shell = a.options.get('-s');
  if (uid !== undefined || shell !== undefined) {
    replaceLine(run, '/etc/passwd', name, (f) => { if (uid !== undefined) f[2] = uid; if (shell !== undefined) f[6] = shell; return f; });
  }
  return { status: 0 };
};

/** BusyBox adduser (Alpine) or Debian's adduser, by the image's family. */
export const adduser: CommandHandler = (inv, run) => {
  if (!isRoot(run)) return { status: 1, messages: ['adduser: Only root may add a user or group to the system.'] };
  if (run.os.family === 'alpine' || run.os.family === 'busybox') {
    const a = parseArgv(inv.argv.slice(1), ['-h', '-g', '-s', '-G', '-u', '-k']);
    const [name, groupArg] = a.positionals;
    if (name === undefined) return { status: 1, messages: ['BusyBox adduser: missing user name'] };
    if (readUsers(run.fs.root).some((u) => u.name === name)) return { status: 1, messages: [`adduser: user '${name}' in use`] };
    if (groupArg !== undefined) return usermod({ ...inv, argv: ['usermod', '-G', groupArg, name] }, run);
    const groupName = a.options.get('-G');
    let gid: number | undefined;
    if (groupName !== undefined) {
      const g = readGroups(run.fs.root).find((x) => x.name === groupName);
      if (g === undefined) return { status: 1, messages: [`adduser: unknown group ${groupName}`] };
      gid = g.gid;
    }
    const system = a.options.has('-S');
    const uidText = a.options.get('-u');
    addUser(run, {
      name,
      uid: uidText === undefined ? (system ? freeId(new Set(readUsers(run.fs.root).map((u) => u.uid)), 100) : undefined) : Number(uidText),
      gid,
      home: a.options.get('-h') ?? `/home/${name}`,
      shell: a.options.get('-s') ?? (system ? '/sbin/nologin' : '/bin/sh'),
      createHome: !a.options.has('-H'),
      system,
      ownGroup: gid === undefined && !system,
    });
    return { status: 0 };
  }
  const a = parseArgv(inv.argv.slice(1), ['--uid', '--gid', '--home', '--shell', '--gecos', '--ingroup', '--firstuid', '--lastuid', '--comment']);
  const [name, groupArg] = a.positionals;
  if (name === undefined) return { status: 1, messages: ['adduser: Only one or two names allowed.'] };
  if (readUsers(run.fs.root).some((u) => u.name === name)) return { status: 1, messages: [`adduser: The user \`${name}' already exists.`] };
  if (groupArg !== undefined) return usermod({ ...inv, argv: ['usermod', '-G', groupArg, name] }, run);
  const ingroup = a.options.get('--ingroup');
  const gidText = a.options.get('--gid');
  let gid: number | undefined = gidText === undefined ? undefined : Number(gidText);
  if (ingroup !== undefined) gid = readGroups(run.fs.root).find((g) => g.name === ingroup)?.gid;
  const uidText = a.options.get('--uid');
  addUser(run, {
    name,
    uid: uidText === undefined ? undefined : Number(uidText),
    gid,
    home: a.options.get('--home') ?? `/home/${name}`,
    shell: a.options.get('--shell') ?? (a.options.has('--system') ? '/usr/sbin/nologin' : '/bin/bash'),
    createHome: !a.options.has('--no-create-home'),
    system: a.options.has('--system'),
    ownGroup: gid === undefined,
  });
  return { status: 0 };
};

export const addgroup: CommandHandler = (inv, run) => {
  if (run.os.family === 'alpine' || run.os.family === 'busybox') {
    const a = parseArgv(inv.argv.slice(1), ['-g']);
    const [name, member] = a.positionals;
    if (name === undefined) return { status: 1 };
    if (member !== undefined) return usermod({ ...inv, argv: ['usermod', '-G', member, name] }, run);
    const args = ['groupadd', ...(a.options.has('-g') ? ['-g', a.options.get('-g') as string] : []), ...(a.options.has('-S') ? ['-r'] : []), name];
    const r = groupadd({ ...inv, argv: args }, run);
    return r.status === 9 ? { status: 1, messages: [`addgroup: group '${name}' in use`] } : r;
  }
  const a = parseArgv(inv.argv.slice(1), ['--gid']);
  const name = a.positionals[0] ?? '';
  return groupadd({ ...inv, argv: ['groupadd', ...(a.options.has('--gid') ? ['-g', a.options.get('--gid') as string] : []), ...(a.options.has('--system') ? ['-r'] : []), name] }, run);
};
