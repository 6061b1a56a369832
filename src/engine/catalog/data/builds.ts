// Typical outputs of `go build` and `cargo build --release` (linux/amd64). Estimates from common experience with
// Go 1.2x and Rust 1.8x, in the right order of magnitude; label them as such wherever they are shown.
import type { BuildOutputSpec } from '../package-types.ts';

export const BUILD_OUTPUTS: readonly BuildOutputSpec[] = [
  {
    toolchain: 'go', project: 'hello', binaryBytes: 2_200_000, linkage: 'static', downloadCacheBytes: 0, buildCacheBytes: 30_000_000,
    coldBuildSeconds: 4, warmBuildSeconds: 0.5,
    note: 'fmt-only program; -ldflags="-s -w" strips it to ≈1.5 MB',
    source: 'estimate: Go 1.22–1.25 hello world ≈2 MB', confidence: 'estimate',
  },
  {
    toolchain: 'go', project: 'web-service', binaryBytes: 15_000_000, linkage: 'static', downloadCacheBytes: 120_000_000, buildCacheBytes: 250_000_000,
    coldBuildSeconds: 60, warmBuildSeconds: 3,
    note: 'net/http + a router, a DB driver and a logger; CGO_ENABLED=0 gives a static binary that runs on scratch/distroless static (with cgo on a glibc builder the net package links libc dynamically)',
    source: 'estimate: typical Go service, module cache /go/pkg/mod and build cache /root/.cache/go-build on 2 cores', confidence: 'estimate',
  },
  {
    toolchain: 'cargo', project: 'hello', binaryBytes: 450_000, linkage: 'dynamic-glibc', downloadCacheBytes: 0, buildCacheBytes: 20_000_000,
    coldBuildSeconds: 2, warmBuildSeconds: 0.5,
    note: 'links glibc dynamically by default (needs distroless/cc or debian-slim); --target x86_64-unknown-linux-musl makes it static',
    source: 'estimate: Rust 1.8x release hello world ≈0.4 MB', confidence: 'estimate',
  },
  {
    toolchain: 'cargo', project: 'web-service', binaryBytes: 9_000_000, linkage: 'dynamic-glibc', downloadCacheBytes: 250_000_000, buildCacheBytes: 1_200_000_000,
    coldBuildSeconds: 300, warmBuildSeconds: 20,
    note: 'tokio + axum + serde + sqlx-style stack; cache dependencies in their own layer (cargo-chef or a dummy main.rs) or with RUN --mount=type=cache on /usr/local/cargo/registry and target/',
    source: 'estimate: typical Rust service, ~/.cargo/registry and target/ on 2 cores', confidence: 'estimate',
  },
];
