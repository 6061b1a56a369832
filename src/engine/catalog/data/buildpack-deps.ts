// The buildpack-deps:bookworm layers that python:3.x, node:22, rust:1.x (full variants) and golang share.
// Compressed bytes: repo-info python/remote/3.12-bookworm.md and node/remote/22-bookworm.md (identical layers), 2026-09.
// On-disk bytes: dpkg Installed-Size sum of exactly the packages each layer adds (measured with
// scripts/catalog/apt-closures.py against bookworm indexes, 2026-11) × 1.06 for what dpkg does not count
// (/var/lib/dpkg/info ≈31 KB per package, debconf cache, ld.so.cache) — an estimate built on a measurement.
import type { LayerSpec } from '../types.ts';

export const BUILDPACK_CURL_LAYER: LayerSpec = {
  createdBy: 'RUN /bin/sh -c set -eux; apt-get update; apt-get install -y --no-install-recommends ca-certificates curl gnupg netbase sq wget ; rm -rf /var/lib/apt/lists/* # buildkit',
  emptyLayer: false,
  bytes: 50_273_239, // 47,427,584 × 1.06 (39 packages)
  compressedBytes: 24_056_077,
};

export const BUILDPACK_SCM_LAYER: LayerSpec = {
  createdBy: 'RUN /bin/sh -c set -eux; apt-get update; apt-get install -y --no-install-recommends git mercurial openssh-client subversion procps ; rm -rf /var/lib/apt/lists/* # buildkit',
  emptyLayer: false,
  bytes: 165_622_948, // 156,248,064 × 1.06 (38 packages)
  compressedBytes: 64_424_271,
};

export const BUILDPACK_FULL_LAYER: LayerSpec = {
  createdBy: 'RUN /bin/sh -c set -ex; apt-get update; apt-get install -y --no-install-recommends autoconf automake bzip2 default-libmysqlclient-dev dpkg-dev file g++ gcc imagemagick libbz2-dev libc6-dev libcurl4-openssl-dev libdb-dev libevent-dev libffi-dev libgdbm-dev libglib2.0-dev libgmp-dev libjpeg-dev libkrb5-dev liblzma-dev libmagickcore-dev libmagickwand-dev libmaxminddb-dev libncurses5-dev libncursesw5-dev libpng-dev libpq-dev libreadline-dev libsqlite3-dev libssl-dev libtool libwebp-dev libxml2-dev libxslt-dev libyaml-dev make patch unzip xz-utils zlib1g-dev ; rm -rf /var/lib/apt/lists/* # buildkit',
  emptyLayer: false,
  bytes: 625_780_040, // 590,358,528 × 1.06 (247 packages)
  compressedBytes: 211_707_818,
};

export const BUILDPACK_SOURCE =
  'compressed: docker-library/repo-info python/remote/3.12-bookworm.md, 2026-09; on-disk: dpkg Installed-Size of each layer\'s packages (measured, apt-closures.py 2026-11) × 1.06 (estimate)';
