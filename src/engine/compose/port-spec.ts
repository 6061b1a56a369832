/**
 * The short port syntax `[IP:][HOST:]CONTAINER[/PROTO]`, as Compose reads it through docker/go-connections
 * `nat.ParsePortSpec` (Apache-2.0): ranges of equal width (`8000-8001:80-81`), a host range for one
 * container port (`8000-8010:80`, "the first free port in the range"), IPv6 in brackets, default protocol tcp.
 * One spec can stand for several ports.
 */

export interface PortMapping {
  /** `undefined`: all interfaces (0.0.0.0 and ::). */
  readonly hostIp: string | undefined;
  /** `undefined`: not published on a fixed port (a random one is picked); `8000-8010`: the first free one. */
  readonly published: { readonly start: number; readonly end: number } | undefined;
  readonly target: number;
  readonly protocol: 'tcp' | 'udp' | 'sctp';
}

export type PortSpecResult = { readonly ok: true; readonly ports: readonly PortMapping[] } | { readonly ok: false; readonly message: string };

function parseRange(s: string): { start: number; end: number } | undefined {
  const m = /^(\d+)(?:-(\d+))?$/.exec(s);
  if (!m) return undefined;
  const start = Number(m[1]);
  const end = m[2] === undefined ? start : Number(m[2]);
  if (start > 65535 || end > 65535 || end < start) return undefined;
  return { start, end };
}

/** net.ParseIP: an IPv4 dotted quad or an IPv6 address (a loose check for the latter). */
export function isIpAddress(ip: string): boolean {
  const v4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(ip);
  if (v4) return v4.slice(1).every((p) => Number(p) <= 255 && !(p.length > 1 && p.startsWith('0')));
  return ip.includes(':') && /^[0-9a-fA-F:.]+$/.test(ip) && (ip.match(/::/g)?.length ?? 0) <= 1;
}

export function parsePortSpec(raw: string): PortSpecResult {
  const parts = raw.split(':');
  let ip = '';
  let host = '';
  let container: string;
  if (parts.length === 1) container = parts[0]!;
  else if (parts.length === 2) [host, container] = [parts[0]!, parts[1]!];
  else {
    const n = parts.length;
    ip = parts.slice(0, n - 2).join(':');
    host = parts[n - 2]!;
    container = parts[n - 1]!;
  }
  const slash = container.indexOf('/');
  let proto = slash < 0 ? 'tcp' : container.slice(slash + 1) || 'tcp';
  container = slash < 0 ? container : container.slice(0, slash);
  if (container === '') return { ok: false, message: `no port specified: ${raw}<empty>` };
  proto = proto.toLowerCase();
  if (proto !== 'tcp' && proto !== 'udp' && proto !== 'sctp') return { ok: false, message: `invalid proto: ${proto}` };
  if (ip.startsWith('[')) {
    if (!ip.endsWith(']')) return { ok: false, message: `invalid IP address ${ip}: missing ']' in address` };
    ip = ip.slice(1, -1);
  }
  if (ip !== '' && !isIpAddress(ip)) return { ok: false, message: `invalid IP address: ${ip}` };
  const c = parseRange(container);
  if (!c) return { ok: false, message: `invalid containerPort: ${container}` };
  let h: { start: number; end: number } | undefined;
  if (host !== '') {
    h = parseRange(host);
    if (!h) return { ok: false, message: `invalid hostPort: ${host}` };
    if (c.end - c.start !== h.end - h.start && c.end !== c.start) {
      return { ok: false, message: `invalid ranges specified for container and host Ports: ${container} and ${host}` };
    }
  }
  const count = c.end - c.start + 1;
  const ports: PortMapping[] = [];
  for (let i = 0; i < count; i++) {
    let published: PortMapping['published'];
    if (h) published = count === 1 && h.start !== h.end ? { start: h.start, end: h.end } : { start: h.start + i, end: h.start + i };
    ports.push({ hostIp: ip === '' ? undefined : ip, published, target: c.start + i, protocol: proto as PortMapping['protocol'] });
  }
  return { ok: true, ports };
}
