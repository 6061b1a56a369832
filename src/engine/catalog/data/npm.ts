// npm packages: what `npm install <name>` puts in node_modules (the package and all its dependencies).
// Measured: an empty package.json per package, `npm install --no-audit --no-fund --cache <fresh dir> <name>`,
// npm 11.19.1 on Node 20.20.2, linux-x64-gnu, registry.npmjs.org, 2026-11-23; apparent bytes = du -sb
// --apparent-size node_modules, disk = du -sk, cache = apparent bytes of the fresh _cacache afterwards.
import type { NpmPackageSpec } from '../package-types.ts';

const M = 'measured: npm install into an empty project, npm 11.19.1 / node 20.20.2 / linux-x64-gnu, 2026-11';

export const NPM_PACKAGES: Readonly<Record<string, NpmPackageSpec>> = {
  express: { bins: [], version: '5.3.0', packageCount: 68, installedBytes: 2_890_155, diskBytes: 4_665_344, cacheBytes: 5_252_157, installSeconds: 2.7, typical: 'prod', source: M, confidence: 'measured' },
  react: { bins: [], version: '19.3.1', packageCount: 1, installedBytes: 191_313, diskBytes: 282_624, cacheBytes: 4_152_281, installSeconds: 0.7, typical: 'prod', source: M, confidence: 'measured', note: 'the registry metadata (packument) dominates the cache' },
  'react-dom': { bins: [], version: '19.3.1', packageCount: 3, installedBytes: 8_358_550, diskBytes: 8_601_600, cacheBytes: 13_885_172, installSeconds: 0.9, typical: 'prod', source: M, confidence: 'measured', note: 'includes react (peer dependency, installed automatically) and scheduler' },
  next: { bins: ['next'], version: '16.4.6', packageCount: 50, installedBytes: 329_087_931, diskBytes: 358_375_424, cacheBytes: 139_040_308, installSeconds: 13.5, typical: 'prod', source: M, confidence: 'measured', native: '@next/swc-linux-x64-gnu (≈97 MB; -musl on Alpine) and @img/sharp-* binaries', note: 'use output: "standalone" and copy .next/standalone to ship a fraction of this' },
  typescript: { bins: ['tsc', 'tsserver'], version: '7.0.2', packageCount: 21, installedBytes: 30_547_866, diskBytes: 32_030_720, cacheBytes: 21_333_388, installSeconds: 1.6, typical: 'dev', source: M, confidence: 'measured', native: 'typescript 7 ships a native (Go) compiler per platform' },
  vite: { bins: ['vite'], version: '8.3.8', packageCount: 47, installedBytes: 35_844_783, diskBytes: 36_515_840, cacheBytes: 35_382_631, installSeconds: 3.3, typical: 'dev', source: M, confidence: 'measured', native: 'rolldown/esbuild platform binaries (linux-x64-gnu vs -musl)' },
  webpack: { bins: ['webpack'], version: '5.112.2', packageCount: 63, installedBytes: 29_464_804, diskBytes: 38_928_384, cacheBytes: 30_901_095, installSeconds: 5.2, typical: 'dev', source: M, confidence: 'measured' },
  jest: { bins: ['jest'], version: '30.5.2', packageCount: 292, installedBytes: 40_434_393, diskBytes: 57_139_200, cacheBytes: 63_544_910, installSeconds: 11.8, typical: 'dev', source: M, confidence: 'measured' },
  eslint: { bins: ['eslint'], version: '10.15.0', packageCount: 78, installedBytes: 12_928_372, diskBytes: 15_888_384, cacheBytes: 10_530_674, installSeconds: 3.6, typical: 'dev', source: M, confidence: 'measured' },
  lodash: { bins: [], version: '4.18.1', packageCount: 1, installedBytes: 1_455_009, diskBytes: 5_136_384, cacheBytes: 501_528, installSeconds: 0.8, typical: 'prod', source: M, confidence: 'measured', note: '≈1,050 small files: disk use is 3.5× the bytes' },
  axios: { bins: [], version: '1.21.1', packageCount: 30, installedBytes: 3_415_364, diskBytes: 4_816_896, cacheBytes: 3_271_449, installSeconds: 1.6, typical: 'prod', source: M, confidence: 'measured' },
  '@nestjs/core': { bins: [], version: '12.5.1', packageCount: 22, installedBytes: 7_841_979, diskBytes: 18_366_464, cacheBytes: 8_765_899, installSeconds: 3.9, typical: 'prod', source: M, confidence: 'measured', note: 'a real Nest app also needs @nestjs/common, @nestjs/platform-express, reflect-metadata and rxjs' },
  prisma: { bins: ['prisma'], version: '7.10.1', packageCount: 136, installedBytes: 214_083_473, diskBytes: 244_621_312, cacheBytes: 118_146_285, installSeconds: 14.2, typical: 'dev', source: M, confidence: 'measured', native: 'query/schema engines per platform and OpenSSL version (debian-openssl-3.0.x vs linux-musl-openssl-3.0.x)', note: 'the CLI is a devDependency; the runtime needs @prisma/client and the generated client' },
  nodemon: { bins: ['nodemon'], version: '3.1.14', packageCount: 29, installedBytes: 1_787_511, diskBytes: 2_699_264, cacheBytes: 3_013_961, installSeconds: 1.9, typical: 'dev', source: M, confidence: 'measured', note: 'a development watcher: never the production CMD' },
  pm2: { bins: ['pm2', 'pm2-runtime', 'pm2-dev', 'pm2-docker'], version: '7.0.4', packageCount: 78, installedBytes: 16_404_758, diskBytes: 25_382_912, cacheBytes: 10_865_937, installSeconds: 4.4, typical: 'prod', source: M, confidence: 'measured', note: 'in containers prefer one process per container and pm2-runtime if used at all' },
};
