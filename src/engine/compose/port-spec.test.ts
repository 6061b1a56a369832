import { describe, expect, test } from 'vitest';
import { parsePortSpec } from './port-spec.ts';

const p = (hostIp: string | undefined, start: number | undefined, end: number | undefined, target: number, protocol = 'tcp') => ({
  hostIp,
  published: start === undefined ? undefined : { start, end: end ?? start },
  target,
  protocol,
});

describe('parsePortSpec (go-connections nat.ParsePortSpec)', () => {
  test.each([
    ['80', [p(undefined, undefined, undefined, 80)]],
    ['8080:80', [p(undefined, 8080, 8080, 80)]],
    ['127.0.0.1:5432:5432', [p('127.0.0.1', 5432, 5432, 5432)]],
    ['127.0.0.1::5432', [p('127.0.0.1', undefined, undefined, 5432)]],
    ['53:53/udp', [p(undefined, 53, 53, 53, 'udp')]],
    ['53:53/UDP', [p(undefined, 53, 53, 53, 'udp')]],
    ['8000-8001:80-81', [p(undefined, 8000, 8000, 80), p(undefined, 8001, 8001, 81)]],
    ['8000-8010:80', [p(undefined, 8000, 8010, 80)]],
    ['[::1]:8080:80', [p('::1', 8080, 8080, 80)]],
    ['3000-3001', [p(undefined, undefined, undefined, 3000), p(undefined, undefined, undefined, 3001)]],
  ])('%s', (raw, ports) => {
    expect(parsePortSpec(raw)).toEqual({ ok: true, ports });
  });

  test.each([
    ['', 'no port specified: <empty>'],
    ['8080:', 'no port specified: 8080:<empty>'],
    ['8080:80/icmp', 'invalid proto: icmp'],
    ['70000:80', 'invalid hostPort: 70000'],
    ['8080:http', 'invalid containerPort: http'],
    ['8000-8002:80-81', 'invalid ranges specified for container and host Ports: 80-81 and 8000-8002'],
    ['300.1.1.1:80:80', 'invalid IP address: 300.1.1.1'],
  ])('%j is refused: %s', (raw, message) => {
    expect(parsePortSpec(raw)).toEqual({ ok: false, message });
  });
});
