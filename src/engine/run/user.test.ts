// USER / --user resolution as moby/sys/user GetExecUser does it (moby daemon/oci_linux.go getUser);
// HOME from runc libcontainer/env.go getUserHome.
import { describe, expect, test } from 'vitest';
import type { GroupAccount, UserAccount } from '../build/types.ts';
import { resolveRunUser } from './user.ts';

const users: UserAccount[] = [
  { name: 'root', uid: 0, gid: 0, home: '/root', shell: '/bin/sh' },
  { name: 'appuser', uid: 10000, gid: 10001, home: '/home/appuser', shell: '/bin/bash' },
  { name: 'node', uid: 1000, gid: 1000, home: '/home/node', shell: '/bin/sh' },
];
const groups: GroupAccount[] = [
  { name: 'root', gid: 0, members: [] },
  { name: 'appgroup', gid: 10001, members: [] },
  { name: 'staff', gid: 50, members: [] },
];

const cases = [
  { spec: '', want: { ok: true, uid: 0, gid: 0, name: 'root', home: '/root', exists: true } },
  { spec: 'appuser', want: { ok: true, uid: 10000, gid: 10001, name: 'appuser', home: '/home/appuser', exists: true } },
  { spec: '10000', want: { ok: true, uid: 10000, gid: 10001, name: 'appuser', exists: true } },
  // a uid needs no passwd entry: gid 0, HOME /
  { spec: '12345', want: { ok: true, uid: 12345, gid: 0, name: undefined, home: '/', exists: false } },
  { spec: '12345:12345', want: { ok: true, uid: 12345, gid: 12345 } },
  { spec: 'node:staff', want: { ok: true, uid: 1000, gid: 50 } },
  { spec: 'app', want: { ok: false, message: 'unable to find user app: no matching entries in passwd file' } },
  { spec: 'node:wheel', want: { ok: false, message: 'unable to find group wheel: no matching entries in group file' } },
  { spec: '99999999999', want: { ok: false, message: 'uids and gids must be in range 0-2147483647' } },
] as const;

describe('resolveRunUser', () => {
  test.each(cases)('USER $spec', ({ spec, want }) => {
    expect(resolveRunUser(spec, users, groups)).toMatchObject(want);
  });

  test('an image without /etc/passwd (scratch) still runs numeric users, not names', () => {
    expect(resolveRunUser('65532', [], [])).toMatchObject({ ok: true, uid: 65532, gid: 0, home: '/' });
    expect(resolveRunUser('nonroot', [], [])).toMatchObject({ ok: false });
    expect(resolveRunUser('', [], [])).toMatchObject({ ok: true, uid: 0, home: '/' });
  });
});
