/**
 * Host port publishing, after moby's `daemon/libnetwork/portallocator/portallocator.go` @16db27c8: a port
 * bound on one address conflicts with the same port on that address and on the unspecified address of its
 * family; a port on 0.0.0.0 conflicts with that port on every IPv4 address. A conflict is
 * `Bind for <addr>:<port> failed: port is already allocated`. Ports without a fixed number come from the
 * kernel's ephemeral range (32768–60999 by default), the first free one after the last given out.
 */

export interface Allocation {
  readonly ip: string;
  readonly port: number;
  readonly protocol: string;
  readonly container: string;
}

export interface HostPortInUse {
  readonly port: number;
  readonly protocol?: string;
  /** Address the other program listens on; all interfaces when omitted. */
  readonly ip?: string;
  /** Who holds it, for the message: "a postgres installed on the host". */
  readonly holder?: string;
}

export type AllocationResult =
  | { readonly ok: true; readonly port: number; readonly ip: string }
  | { readonly ok: false; readonly message: string; readonly heldBy: string | undefined };

const EPHEMERAL_START = 32768;
const EPHEMERAL_END = 60999;

const family = (ip: string) => (ip.includes(':') ? 6 : 4);
const unspecified = (ip: string) => ip === '0.0.0.0' || ip === '::';

export interface PortAllocator {
  readonly allocations: Allocation[];
  readonly request: (
    ip: string | undefined,
    range: { readonly start: number; readonly end: number } | undefined,
    protocol: string,
    container: string,
  ) => AllocationResult;
}

export function portAllocator(inUse: readonly HostPortInUse[]): PortAllocator {
  const allocations: Allocation[] = [];
  let lastEphemeral = EPHEMERAL_END;

  const conflict = (ip: string, port: number, protocol: string): Allocation | HostPortInUse | undefined => {
    const clashes = (otherIp: string) =>
      family(otherIp) === family(ip) && (otherIp === ip || unspecified(otherIp) || unspecified(ip));
    // The requested address itself first, then the others, so the message names the address that is taken.
    const held = allocations.filter((a) => a.port === port && a.protocol === protocol && clashes(a.ip));
    const exact = held.find((a) => a.ip === ip) ?? held[0];
    if (exact) return exact;
    return inUse.find((u) => u.port === port && (u.protocol ?? 'tcp') === protocol && clashes(u.ip ?? '0.0.0.0'));
  };

  const request: PortAllocator['request'] = (hostIp, range, protocol, container) => {
    const ip = hostIp ?? '0.0.0.0';
    if (range && range.start === range.end) {
      const c = conflict(ip, range.start, protocol);
      if (c) {
        if ('container' in c) {
          return { ok: false, message: `Bind for ${c.ip}:${range.start} failed: port is already allocated`, heldBy: c.container };
        }
        // A program outside Docker holds the port: docker-proxy cannot listen (wording from user reports).
        return {
          ok: false,
          message: `Error starting userland proxy: listen ${protocol}${family(ip)} ${ip}:${range.start}: bind: address already in use`,
          heldBy: c.holder,
        };
      }
      allocations.push({ ip, port: range.start, protocol, container });
      return { ok: true, port: range.start, ip };
    }
    const start = range?.start ?? EPHEMERAL_START;
    const end = range?.end ?? EPHEMERAL_END;
    let port = range ? end : lastEphemeral;
    for (let i = start; i <= end; i++) {
      port++;
      if (port > end) port = start;
      if (!conflict(ip, port, protocol)) {
        allocations.push({ ip, port, protocol, container });
        if (!range) lastEphemeral = port;
        return { ok: true, port, ip };
      }
    }
    return { ok: false, message: 'all ports are allocated', heldBy: undefined };
  };

  return { allocations, request };
}
