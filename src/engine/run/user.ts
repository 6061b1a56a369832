/**
 * The user the container's process runs as: `docker run --user`, else the image's USER, resolved
 * against the image's /etc/passwd and /etc/group as moby does at start (moby `daemon/oci_linux.go`
 * `getUser` -> moby/sys/user `GetExecUser`): a uid needs no passwd entry (its gid is then 0), a name
 * must have one (`unable to find user app: no matching entries in passwd file`), a group name must be
 * in /etc/group, a numeric gid need not. HOME comes from the passwd entry, else `/` (runc
 * `libcontainer/env.go` `getUserHome`).
 */
import type { GroupAccount, UserAccount } from '../build/types.ts';

export type UserResult =
  | {
      readonly ok: true;
      readonly uid: number;
      readonly gid: number;
      readonly name: string | undefined;
      readonly home: string;
      readonly exists: boolean;
    }
  | { readonly ok: false; readonly message: string };

const MAX_ID = 2147483647; // moby/sys/user: ids must be in range 0-2147483647

function numeric(text: string): number | 'range' | undefined {
  if (!/^\d+$/.test(text)) return undefined;
  const n = Number(text);
  return n > MAX_ID ? 'range' : n;
}

export function resolveRunUser(spec: string, users: readonly UserAccount[], groups: readonly GroupAccount[]): UserResult {
  const colon = spec.indexOf(':');
  const userArg = colon < 0 ? spec : spec.slice(0, colon);
  const groupArg = colon < 0 ? '' : spec.slice(colon + 1);
  const uidArg = numeric(userArg);
  const gidArg = numeric(groupArg);
  if (uidArg === 'range' || gidArg === 'range') return { ok: false, message: `uids and gids must be in range 0-${MAX_ID}` };

  let uid = 0;
  let gid = 0;
  let name: string | undefined;
  let home: string | undefined;
  const entry =
    userArg === '' ? users.find((u) => u.uid === 0) : uidArg !== undefined ? users.find((u) => u.uid === uidArg) : users.find((u) => u.name === userArg);
  if (entry !== undefined) {
    uid = entry.uid;
    gid = entry.gid;
    name = entry.name;
    home = entry.home;
  } else if (userArg !== '') {
    if (uidArg === undefined) return { ok: false, message: `unable to find user ${userArg}: no matching entries in passwd file` };
    uid = uidArg;
  }

  if (groupArg !== '') {
    const group = gidArg !== undefined ? groups.find((g) => g.gid === gidArg) : groups.find((g) => g.name === groupArg);
    if (group !== undefined) gid = group.gid;
    else if (gidArg !== undefined) gid = gidArg;
    else return { ok: false, message: `unable to find group ${groupArg}: no matching entries in group file` };
  }
  return { ok: true, uid, gid, name, home: home !== undefined && home !== '' ? home : '/', exists: entry !== undefined };
}
