// The JSON a team writes to add its own base images to the catalog, as a zod schema. One canonical shape:
//
// { "version": 1,
//   "images": [ { "ref": "registry.example.com/platform/python:3.12",
//                 "from": "python:3.12-slim",                      ← inherit libc, shell, users, tools, layers
//                 "layers": [ { "createdBy": "RUN pip install …", "bytes": 52000000 } ],
//                 "config": { "user": "10001", "cmd": ["python3"] },
//                 "source": "docker images on CI, 2026-11", "confidence": "measured" } ] }
//
// An image without `from` must say what it is made of in `os` (libc, shell, package manager).
import { z } from 'zod';
import { TOOL_NAMES } from './types.ts';

const bytes = z.number().int().nonnegative();

export const TeamLayerSchema = z.strictObject({
  createdBy: z.string().min(1),
  bytes,
  compressedBytes: bytes.optional(),
  emptyLayer: z.boolean().optional(),
});

export const TeamConfigSchema = z.strictObject({
  entrypoint: z.array(z.string()).nullable().optional(),
  cmd: z.array(z.string()).nullable().optional(),
  env: z.record(z.string(), z.string()).optional(),
  workdir: z.string().optional(),
  user: z.string().optional(),
  stopSignal: z.string().regex(/^(SIG[A-Z0-9+-]+|\d+)$/).optional(),
  exposedPorts: z.array(z.string().regex(/^\d{1,5}(\/(tcp|udp|sctp))?$/)).optional(),
  shell: z.array(z.string()).min(1).optional(),
  labels: z.record(z.string(), z.string()).optional(),
});

export const TeamOsSchema = z.strictObject({
  family: z.enum(['debian', 'ubuntu', 'alpine', 'distroless', 'scratch', 'busybox']).optional(),
  release: z.string().optional(),
  libc: z.enum(['glibc', 'musl', 'none']),
  shell: z.enum(['dash', 'bash', 'busybox-ash', 'none']),
  packageManager: z.enum(['apt', 'apk', 'none']),
});

export const TeamUserSchema = z.strictObject({
  name: z.string().min(1),
  uid: z.number().int().nonnegative(),
  gid: z.number().int().nonnegative().optional(),
  home: z.string().optional(),
});

const toolEnum = z.enum(TOOL_NAMES as unknown as [string, ...string[]]);

export const TeamImageSchema = z
  .strictObject({
    ref: z.string().min(1),
    aliases: z.array(z.string().min(1)).optional(),
    from: z.string().min(1).optional(),
    title: z.string().optional(),
    source: z.string().min(1).optional(),
    confidence: z.enum(['measured', 'registry', 'estimate']).optional(),
    onDiskBytes: bytes.optional(),
    compressedBytes: bytes.optional(),
    layers: z.array(TeamLayerSchema).optional(),
    config: TeamConfigSchema.optional(),
    os: TeamOsSchema.optional(),
    users: z.array(TeamUserSchema).optional(),
    tools: z.partialRecord(toolEnum, z.string().startsWith('/').nullable()).optional(),
    paths: z.array(z.string().startsWith('/')).optional(),
    platforms: z.array(z.string()).optional(),
    notes: z.array(z.string()).optional(),
  })
  .refine((img) => img.from !== undefined || img.os !== undefined, {
    message: 'give `from` (the base image it is built on) or `os` (libc, shell, package manager)',
    path: ['from'],
  });

export const CatalogExtensionSchema = z.strictObject({
  version: z.literal(1),
  name: z.string().optional(),
  images: z.array(TeamImageSchema).min(1),
});

export type TeamImageInput = z.infer<typeof TeamImageSchema>;
export type CatalogExtensionInput = z.infer<typeof CatalogExtensionSchema>;
