import { describe, expect, test } from 'vitest';
import { portAllocator } from './port-allocator.ts';

type Req = readonly [ip: string | undefined, start: number | undefined, end: number | undefined, protocol: string];

describe('moby portallocator', () => {
  test.each<[string, Req[], (number | string)[]]>([
    ['same port twice on all interfaces', [[undefined, 80, 80, 'tcp'], [undefined, 80, 80, 'tcp']], [80, 'Bind for 0.0.0.0:80 failed: port is already allocated']],
    ['loopback after all interfaces', [['0.0.0.0', 80, 80, 'tcp'], ['127.0.0.1', 80, 80, 'tcp']], [80, 'Bind for 0.0.0.0:80 failed: port is already allocated']],
    ['all interfaces after loopback', [['127.0.0.1', 80, 80, 'tcp'], [undefined, 80, 80, 'tcp']], [80, 'Bind for 127.0.0.1:80 failed: port is already allocated']],
    ['two addresses', [['127.0.0.1', 80, 80, 'tcp'], ['10.0.0.5', 80, 80, 'tcp']], [80, 80]],
    ['IPv4 and IPv6 loopback', [['127.0.0.1', 80, 80, 'tcp'], ['::1', 80, 80, 'tcp']], [80, 80]],
    ['tcp and udp', [[undefined, 53, 53, 'tcp'], [undefined, 53, 53, 'udp']], [53, 53]],
    ['a range takes the first free port', [[undefined, 8000, 8000, 'tcp'], [undefined, 8000, 8002, 'tcp']], [8000, 8001]],
    ['ephemeral ports count up from 32768', [[undefined, undefined, undefined, 'tcp'], [undefined, undefined, undefined, 'tcp']], [32768, 32769]],
  ])('%s', (_name, requests, expected) => {
    const allocator = portAllocator([]);
    const results = requests.map(([ip, start, end, protocol], i) => {
      const r = allocator.request(ip, start === undefined ? undefined : { start, end: end! }, protocol, `c${i}`);
      return r.ok ? r.port : r.message;
    });
    expect(results).toEqual(expected);
  });
});
