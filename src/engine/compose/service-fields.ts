/**
 * A service's list-like settings in their canonical shape (compose-go `transform/` and `types/`): environment
 * from both syntaxes, ports and expose expanded from the short syntax, depends_on with its defaults,
 * healthcheck with Docker's default timings, volumes from both syntaxes, networks with their aliases.
 */
import type { Loc, MapNode, YamlNode } from './located.ts';
import { asMap, asSeq, entryOf, scalarText } from './located.ts';
import type { Reader } from './model-read.ts';
import { bool, error, num, stringList, text } from './model-read.ts';
import type { Dependency, DependencyCondition, EnvVar, Healthcheck, Mount, PortSpec, ServiceNetwork, Sourced } from './model-types.ts';
import { parsePortSpec } from './port-spec.ts';
import { parseDurationMs } from './units.ts';
import { parseVolumeSpec } from './volume-spec.ts';
import type { MountType } from './volume-spec.ts';

function spanOf(keyLoc: Loc, value: YamlNode): Loc {
  if (keyLoc.file !== value.loc.file || value.loc.range.end.offset < keyLoc.range.end.offset) return keyLoc;
  return { file: keyLoc.file, range: { start: keyLoc.range.start, end: value.loc.range.end } };
}

/** `environment` as a list of variables; `KEY` with no value takes the shell's value, if any. */
export function readEnvironment(reader: Reader, node: YamlNode | undefined): EnvVar[] {
  const out: EnvVar[] = [];
  if (node?.kind === 'map') {
    for (const entry of node.entries) {
      const v = entry.value;
      const value = v.kind === 'scalar' && v.value !== null ? String(v.value) : undefined;
      out.push({ name: entry.key, value: value ?? reader.env[entry.key], loc: spanOf(entry.keyLoc, v), from: 'environment', interpolated: v.kind === 'scalar' && v.interpolated === true });
    }
  } else if (node?.kind === 'seq') {
    for (const item of node.items) {
      const s = scalarText(item);
      if (s === undefined) continue;
      const eq = s.indexOf('=');
      const name = eq < 0 ? s : s.slice(0, eq);
      out.push({ name, value: eq < 0 ? reader.env[name] : s.slice(eq + 1), loc: item.loc, from: 'environment', interpolated: item.kind === 'scalar' && item.interpolated === true });
    }
  }
  // Later entries win (the list may repeat a key after merging).
  const last = new Map(out.map((e, i) => [e.name, i]));
  return out.filter((e, i) => last.get(e.name) === i);
}

export function readEnvFiles(node: YamlNode | undefined): Sourced<{ path: string; required: boolean }>[] {
  if (!node) return [];
  const items = node.kind === 'seq' ? node.items : [node];
  const out: Sourced<{ path: string; required: boolean }>[] = [];
  for (const item of items) {
    if (item.kind === 'scalar' && item.value !== null) out.push({ value: { path: String(item.value), required: true }, loc: item.loc });
    else if (item.kind === 'map') {
      const path = text(item, 'path');
      if (path !== undefined) out.push({ value: { path, required: bool(item, 'required') ?? true }, loc: item.loc });
    }
  }
  return out;
}

export function readPorts(reader: Reader, node: YamlNode | undefined, path: string): PortSpec[] {
  const out: PortSpec[] = [];
  asSeq(node)?.items.forEach((item, i) => {
    if (item.kind === 'scalar' && item.value !== null) {
      const raw = String(item.value);
      const parsed = parsePortSpec(raw);
      if (!parsed.ok) {
        error(reader, parsed.message, item.loc, `${path}[${i}]`);
        return;
      }
      // A fix can only edit text that is the value itself: plain or quoted, not built from variables.
      const start = item.loc.range.start;
      const textStart = item.interpolated ? undefined : item.quoted ? { line: start.line, column: start.column + 1, offset: start.offset + 1 } : start;
      for (const p of parsed.ports) out.push({ ...p, mode: 'ingress', raw, textStart: typeof item.value === 'string' ? textStart : undefined, loc: item.loc });
    } else if (item.kind === 'map') {
      const target = num(item, 'target');
      if (target === undefined) {
        error(reader, `service ports ${path}[${i}] is missing a target port`, item.loc, `${path}[${i}]`);
        return;
      }
      const publishedText = text(item, 'published');
      let published: PortSpec['published'];
      if (publishedText !== undefined && publishedText !== '') {
        const m = /^(\d+)(?:-(\d+))?$/.exec(publishedText);
        if (!m) {
          error(reader, `invalid hostPort: ${publishedText}`, entryOf(item, 'published')!.value.loc, `${path}[${i}].published`);
          return;
        }
        published = { start: Number(m[1]), end: Number(m[2] ?? m[1]) };
      }
      const protocol = (text(item, 'protocol') ?? 'tcp').toLowerCase();
      out.push({
        hostIp: text(item, 'host_ip') || undefined,
        published,
        target,
        protocol: protocol === 'udp' || protocol === 'sctp' ? protocol : 'tcp',
        mode: text(item, 'mode') ?? 'ingress',
        raw: undefined,
        textStart: undefined,
        loc: item.loc,
      });
    }
  });
  return out;
}

export function readExpose(node: YamlNode | undefined): Sourced<{ port: number; protocol: string }>[] {
  const out: Sourced<{ port: number; protocol: string }>[] = [];
  for (const item of asSeq(node)?.items ?? []) {
    const s = scalarText(item);
    const m = s === undefined ? null : /^(\d+)(?:-(\d+))?(?:\/(\w+))?$/.exec(s);
    if (!m) continue;
    const start = Number(m[1]);
    const end = Math.min(Number(m[2] ?? m[1]), start + 1000);
    for (let p = start; p <= end; p++) out.push({ value: { port: p, protocol: (m[3] ?? 'tcp').toLowerCase() }, loc: item.loc });
  }
  return out;
}

const CONDITIONS = new Set<string>(['service_started', 'service_healthy', 'service_completed_successfully']);

export function readDependsOn(node: YamlNode | undefined): Dependency[] {
  const out: Dependency[] = [];
  if (node?.kind === 'seq') {
    for (const item of node.items) {
      const name = scalarText(item);
      if (name !== undefined) out.push({ service: name, condition: 'service_started', required: true, restart: false, form: 'short', loc: item.loc });
    }
  } else if (node?.kind === 'map') {
    for (const entry of node.entries) {
      const m = asMap(entry.value);
      const condition = text(m, 'condition') ?? 'service_started';
      out.push({
        service: entry.key,
        condition: (CONDITIONS.has(condition) ? condition : 'service_started') as DependencyCondition,
        required: bool(m, 'required') ?? true,
        restart: bool(m, 'restart') ?? false,
        form: 'long',
        loc: spanOf(entry.keyLoc, entry.value),
      });
    }
  }
  return out;
}

/** Docker's defaults for a healthcheck timing left out (Dockerfile reference, HEALTHCHECK). */
export const HEALTHCHECK_DEFAULTS = { intervalMs: 30_000, timeoutMs: 30_000, retries: 3, startPeriodMs: 0, startIntervalMs: 5_000 } as const;

export function readHealthcheck(reader: Reader, node: YamlNode | undefined, path: string): Healthcheck | undefined {
  const m = asMap(node);
  if (!m) return undefined;
  const testNode = entryOf(m, 'test')?.value;
  let test: string[] | undefined;
  if (testNode?.kind === 'scalar' && testNode.value !== null) test = ['CMD-SHELL', String(testNode.value)];
  else if (testNode?.kind === 'seq') test = stringList(testNode);
  const disabled = bool(m, 'disable') === true || test?.[0] === 'NONE';
  if (test && test.length > 0 && !['CMD', 'CMD-SHELL', 'NONE'].includes(test[0]!)) {
    error(reader, 'healthcheck.test must start either by "CMD", "CMD-SHELL" or "NONE"', testNode!.loc, `${path}.test`);
  }
  const duration = (key: string, fallback: number): number => {
    const raw = text(m, key);
    if (raw === undefined) return fallback;
    const ms = parseDurationMs(raw);
    if (ms === undefined) {
      error(reader, `invalid duration for ${path}.${key}: time: invalid duration "${raw}"`, entryOf(m, key)!.value.loc, `${path}.${key}`);
      return fallback;
    }
    return ms;
  };
  return {
    test,
    disabled,
    intervalMs: duration('interval', HEALTHCHECK_DEFAULTS.intervalMs),
    timeoutMs: duration('timeout', HEALTHCHECK_DEFAULTS.timeoutMs),
    retries: num(m, 'retries') ?? HEALTHCHECK_DEFAULTS.retries,
    startPeriodMs: duration('start_period', HEALTHCHECK_DEFAULTS.startPeriodMs),
    startIntervalMs: duration('start_interval', HEALTHCHECK_DEFAULTS.startIntervalMs),
    loc: m.loc,
  };
}

const MOUNT_TYPES = new Set<string>(['volume', 'bind', 'tmpfs', 'image', 'npipe', 'cluster']);

export function readVolumes(reader: Reader, node: YamlNode | undefined, path: string): Mount[] {
  const out: Mount[] = [];
  asSeq(node)?.items.forEach((item, i) => {
    if (item.kind === 'scalar' && item.value !== null) {
      const parsed = parseVolumeSpec(String(item.value));
      if (!parsed.ok) {
        error(reader, parsed.message, item.loc, `${path}[${i}]`);
        return;
      }
      out.push({ ...parsed.spec, loc: item.loc });
    } else if (item.kind === 'map') {
      const type = text(item, 'type') ?? 'volume';
      const target = text(item, 'target');
      if (target === undefined) {
        error(reader, `service volume ${path}[${i}] is missing a mount target`, item.loc, `${path}[${i}]`);
        return;
      }
      out.push({
        type: (MOUNT_TYPES.has(type) ? type : 'volume') as MountType,
        source: text(item, 'source') || undefined,
        target,
        readOnly: bool(item, 'read_only') ?? false,
        createHostPath: bool(asMap(entryOf(item, 'bind')?.value), 'create_host_path') ?? false,
        loc: item.loc,
      });
    }
  });
  return out;
}

/** Networks the service joins, in the order written; `undefined` when it names none. */
export function readServiceNetworks(node: YamlNode | undefined): ServiceNetwork[] | undefined {
  if (node?.kind === 'seq') {
    return node.items.flatMap((item) => {
      const name = scalarText(item);
      return name === undefined ? [] : [{ name, aliases: [], loc: item.loc }];
    });
  }
  if (node?.kind === 'map') {
    return node.entries.map((entry) => ({ name: entry.key, aliases: stringList(entryOf(asMap(entry.value), 'aliases')?.value), loc: entry.keyLoc }));
  }
  return undefined;
}

export function readCommand(node: YamlNode | undefined): Sourced<string | readonly string[]> | undefined {
  if (!node || (node.kind === 'scalar' && node.value === null)) return undefined;
  if (node.kind === 'scalar') return { value: String(node.value), loc: node.loc };
  if (node.kind === 'seq') return { value: stringList(node), loc: node.loc };
  return undefined;
}

export function mapOf(node: YamlNode | undefined): MapNode | undefined {
  return asMap(node);
}
