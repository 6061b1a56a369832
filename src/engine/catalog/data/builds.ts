// Typical outputs of `go build` and `cargo build --release` (linux/amd64). Estimates from common experience with
// Go 1.2x and Rust 1.8x, in the right order of magnitude; label them as such wherever they are shown.
import type { BuildOutputSpec, GoBinarySizes } from '../package-types.ts';

export const BUILD_OUTPUTS: readonly BuildOutputSpec[] = [
  {
    toolchain: 'go', project: 'hello', binaryBytes: 2_129_000, linkage: 'static', downloadCacheBytes: 0, buildCacheBytes: 30_000_000,
    coldBuildSeconds: 4, warmBuildSeconds: 0.5,
    note: 'fmt-only program; -ldflags="-s -w" strips it to ≈1.4 MB (GO_BINARY_SIZES below)',
    source: 'Go 1.23 hello world 2.129 MB: donatstudios.com/Golang-Binary-Sizes-Part-2 (2024-10); build cache an estimate', confidence: 'estimate',
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

/**
 * `go build` output sizes, linux/amd64.
 *
 * Measured on this project's build machine (Debian bookworm, `golang-1.19-go` 1.19.8, November 2026), with the
 * course's `pong` server (content/lessons/02-multi-stage/examples/contexts/go: net/http, log, os/signal), a
 * `fmt.Println` hello world and a `net.Listen` loop; `ls -l` bytes:
 *   hello 1,819,300 (-s -w: 1,216,512) · net 2,613,954 (1,757,184) · net/http 6,503,709 (4,497,408);
 *   net/http with -w only 4,831,165; with CGO_ENABLED=1 (dynamic, `ldd`: libc.so.6) 6,562,015 (-s -w 4,538,368).
 * The hello figure agrees with donatstudios.com/Golang-Binary-Sizes-Part-2 (default builds in the official
 * golang images, updated 2024-10): hello 1.814 MB on Go 1.19. The same table gives the growth since 1.19:
 * hello 1.852 (1.20), 1.806 (1.21), 1.894 (1.22), 2.129 MB (1.23). Applying it to the server: Go 1.23 builds
 * ≈7.6 MB, ≈5.3 MB stripped. Releases after 1.23 are not measured: taken as 1.23 (estimate).
 */
export const GO_BINARY_SIZES: GoBinarySizes = {
  measuredWith: '1.19',
  programs: {
    hello: { bytes: 1_819_300, strippedBytes: 1_216_512 },
    net: { bytes: 2_613_954, strippedBytes: 1_757_184 },
    http: { bytes: 6_503_709, strippedBytes: 4_497_408 },
  },
  dwarfOnlyRatio: 4_831_165 / 6_503_709,
  cgoRatio: 6_562_015 / 6_503_709,
  moduleBytes: 300_000,
  releaseGrowth: { '1.19': 1, '1.20': 1.852 / 1.814, '1.21': 1.806 / 1.814, '1.22': 1.894 / 1.814, '1.23': 2.129 / 1.814 },
  newestGrowth: 2.129 / 1.814,
  source: 'measured: go 1.19.8 linux/amd64 on Debian bookworm (2026-11); growth per release from donatstudios.com/Golang-Binary-Sizes-Part-2 (2024-10); per-module bytes an estimate',
  confidence: 'measured',
};
