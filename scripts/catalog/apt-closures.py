#!/usr/bin/env python3
"""Measure apt dependency closures for the catalog (src/engine/catalog/data/apt-<release>.ts).

Method (simulation only, nothing is installed): a private apt state (sources, lists, status) under WORK;
`apt-get update` reads bookworm (or trixie) + -updates + -security from the Debian mirror named by $DEBIAN_MIRROR (e.g. your apt sources' host); a dpkg status file is
made of the image's base set (all Priority: required / Essential packages + apt [+ usr-is-merged on bookworm],
closed over Depends by `apt-get -s install`); then `apt-get -s -o APT::Install-Recommends=0|1 install <req>`
lists the packages apt would add. Sizes are the index's Installed-Size (KiB, dpkg's estimate) and Size (.deb).

Usage: python3 apt-closures.py bookworm|trixie > ../data/apt-<release>.ts   (needs Debian's apt; ~1 min)
"""
import json, os, re, subprocess, sys, datetime

REL = sys.argv[1]
WORK = f'/tmp/aptm/{REL}'
REQUESTS = ('curl wget ca-certificates git build-essential gcc g++ make python3 python3-pip python3-dev python3-venv '
            'libpq-dev libpq5 libssl-dev tini dumb-init procps vim nano unzip jq openssh-client netcat netcat-openbsd '
            'netcat-traditional iputils-ping gnupg locales tzdata postgresql-client nodejs npm openjdk-17-jre-headless '
            'openjdk-21-jre-headless default-jre-headless ffmpeg imagemagick libffi-dev zlib1g-dev pkg-config cmake sudo '
            'less xz-utils gosu supervisor nginx libjpeg-dev openssl libc6-dev file net-tools htop rsync sqlite3 '
            'libsqlite3-dev bzip2 strace dnsutils apt-transport-https lsb-release musl-tools').split()
SETS = {
    'buildpack-deps-curl': 'ca-certificates curl gnupg netbase sq wget',
    'buildpack-deps-scm': 'ca-certificates curl gnupg netbase sq wget git mercurial openssh-client subversion procps',
    'buildpack-deps': 'ca-certificates curl gnupg netbase sq wget git mercurial openssh-client subversion procps '
                      'autoconf automake bzip2 default-libmysqlclient-dev dpkg-dev file g++ gcc imagemagick libbz2-dev '
                      'libc6-dev libcurl4-openssl-dev libdb-dev libevent-dev libffi-dev libgdbm-dev libglib2.0-dev '
                      'libgmp-dev libjpeg-dev libkrb5-dev liblzma-dev libmagickcore-dev libmagickwand-dev '
                      'libmaxminddb-dev libncursesw5-dev libpng-dev libpq-dev libreadline-dev libsqlite3-dev '
                      'libssl-dev libtool libwebp-dev libxml2-dev libxslt-dev libyaml-dev make patch unzip xz-utils zlib1g-dev',
    'golang': 'ca-certificates curl gnupg netbase sq wget git mercurial openssh-client subversion procps g++ gcc libc6-dev make pkg-config',
    'rust-slim': 'ca-certificates gcc libc6-dev',
    'python-slim': 'ca-certificates netbase tzdata libsqlite3-0 libreadline8 libncursesw6 libgdbm6 libexpat1 libssl3 libbz2-1.0 liblzma5 libffi8 libuuid1',
}
if REL == 'trixie':
    SETS['python-slim'] = SETS['python-slim'].replace('libssl3', 'libssl3t64').replace('libreadline8', 'libreadline8t64').replace('libgdbm6', 'libgdbm6t64')
env = dict(os.environ, APT_CONFIG=f'{WORK}/apt.conf')

def setup():
    """A private apt state so the host's own apt is untouched (the system apt.conf.d still applies, as in the images)."""
    for d in ('state/lists/partial', 'cache/archives/partial', 'etc'):
        os.makedirs(f'{WORK}/{d}', exist_ok=True)
    key = 'signed-by=/usr/share/keyrings/debian-archive-keyring.gpg'
    with open(f'{WORK}/etc/sources.list', 'w') as f:
        mirror = os.environ['DEBIAN_MIRROR']  # e.g. http://<your Debian mirror>
        f.write(f'deb [{key}] {mirror}/debian {REL} main\n'
                f'deb [{key}] {mirror}/debian {REL}-updates main\n'
                f'deb [{key}] {mirror}/debian-security {REL}-security main\n')
    open(f'{WORK}/state/status', 'a').close()
    with open(f'{WORK}/apt.conf', 'w') as f:
        f.write(f'Dir::State "{WORK}/state";\nDir::State::status "{WORK}/state/status";\nDir::Cache "{WORK}/cache";\n'
                f'Dir::Etc::SourceList "{WORK}/etc/sources.list";\nDir::Etc::SourceParts "/nonexistent";\n'
                'APT::Architecture "amd64";\nAcquire::Languages "none";\nAcquire::GzipIndexes "true";\n')
    subprocess.run(['apt-get', 'update'], env=env, check=True, capture_output=True)

if not os.path.exists(f'{WORK}/state/lists/lock'):
    setup()

def parse_avail():
    out = subprocess.run(['apt-cache', 'dumpavail'], env=env, capture_output=True, text=True).stdout
    pk = {}
    for block in out.split('\n\n'):
        fields = {}
        for line in block.splitlines():
            if line[:1] in (' ', '\t') or ':' not in line: continue
            k, _, v = line.partition(':'); fields[k] = v.strip()
        if 'Package' in fields: pk.setdefault(fields['Package'], []).append(fields)
    return pk

avail = parse_avail()
def stanza(n, v):
    return next((s for s in avail[n] if s.get('Version') == v), avail[n][0])

def sim(pkgs, recommends, status):
    r = subprocess.run(['apt-get', '-s', '-o', f'Dir::State::status={status}', '-o',
                        f'APT::Install-Recommends={"1" if recommends else "0"}', 'install'] + pkgs,
                       env=env, capture_output=True, text=True)
    if r.returncode != 0:
        err = [l[3:] for l in (r.stdout + r.stderr).splitlines() if l.startswith('E: ')]
        return None, (err[0] if err else 'apt-get failed')
    return {m.group(1): m.group(2) for m in re.finditer(r'^Inst (\S+) \((\S+) ', r.stdout, re.M)}, None

empty = f'{WORK}/empty-status'; open(empty, 'w').close()
required = sorted({n for n, ss in avail.items() if any(s.get('Priority') == 'required' or s.get('Essential') == 'yes' for s in ss)})
base, err = sim(required + ['apt'] + (['usr-is-merged'] if REL == 'bookworm' else []), False, empty)
assert base, err
status = f'{WORK}/status-base'
with open(status, 'w') as f:
    for n, v in sorted(base.items()):
        s = stanza(n, v)
        f.write(f'Package: {n}\nStatus: install ok installed\n')
        for k, val in s.items():
            if k not in ('Package', 'Filename', 'Size', 'SHA256', 'MD5sum', 'Description-md5'): f.write(f'{k}: {val}\n')
        f.write('\n')
sizes = {}
def note(pk):
    for n, v in pk.items():
        s = stanza(n, v); sizes[n] = (v, int(s.get('Installed-Size', '0')), int(s.get('Size', '0')))
note(base)
closures, missing = {}, {}
for req in REQUESTS:
    entry = {}
    for rec in (False, True):
        pk, err = sim([req], rec, status)
        if err: missing[req] = err; break
        note(pk); entry['withRecommends' if rec else 'noRecommends'] = sorted(pk)
    if req not in missing: closures[req] = entry
sets = {'debian': sorted(base)}
for name, pkgs in SETS.items():
    pk, err = sim(pkgs.split(), False, status)
    assert pk is not None, (name, err)
    note(pk); sets[name] = sorted(pk)
lists = sum(os.path.getsize(os.path.join(WORK, 'state/lists', f)) for f in os.listdir(f'{WORK}/state/lists') if os.path.isfile(os.path.join(WORK, 'state/lists', f)))

def arr(names, indent):
    out, line = [], ''
    for n in names:
        item = f"'{n}', "
        if len(line) + len(item) > 112 - indent: out.append(line.rstrip()); line = ''
        line += item
    if line: out.append(line.rstrip())
    pad = ' ' * indent
    return '[\n' + '\n'.join(pad + l for l in out) + '\n' + ' ' * (indent - 2) + ']' if out else '[]'

today = datetime.date.today().isoformat()
name = 'APT_' + REL.upper()
print(f'''// GENERATED by scripts/catalog/apt-closures.py ({REL}, {today}); do not edit by hand.
// Installed-Size (KiB) and .deb Size from the {REL}, {REL}-updates and {REL}-security amd64 indexes; closures are
// what `apt-get -s install` adds on top of the `debian` base set ({len(base)} packages), without/with Recommends.
import type {{ AptReleaseData }} from '../package-types.ts';

export const {name}: AptReleaseData = {{
  manager: 'apt',
  distro: 'debian',
  release: '{REL}',
  source: 'measured: apt-get -s against the Debian {REL} indexes (scripts/catalog/apt-closures.py), {today[:7]}',
  confidence: 'measured',
  listsBytes: {lists},
  packages: {{''')
for n in sorted(sizes):
    v, kib, dl = sizes[n]
    print(f"    '{n}': ['{v}', {kib}, {dl}],")
print('  },\n  closures: {')
for req in REQUESTS:
    if req in closures:
        c = closures[req]
        print(f"    '{req}': {{\n      noRecommends: {arr(c['noRecommends'], 8)},\n      withRecommends: {arr(c['withRecommends'], 8)},\n    }},")
print('  },\n  missing: {')
for req, err in missing.items():
    print(f"    '{req}': {json.dumps(err)},")
print('  },\n  sets: {')
for k, v in sets.items():
    print(f"    '{k}': {arr(v, 6)},")
print('  },\n};')
