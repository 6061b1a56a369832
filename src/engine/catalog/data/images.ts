// Every official image record, in the order completions list them.
import type { ImageRecord } from '../types.ts';
import { BASE_IMAGES } from './images-base.ts';
import { DEBIAN_IMAGES } from './images-debian.ts';
import { DISTROLESS_IMAGES } from './images-distroless.ts';
import { GO_RUST_IMAGES } from './images-go-rust.ts';
import { NODE_IMAGES } from './images-node.ts';
import { PYTHON_IMAGES } from './images-python.ts';
import { TEMURIN_NGINX_IMAGES } from './images-temurin-nginx.ts';

export const OFFICIAL_IMAGES: readonly ImageRecord[] = [
  ...BASE_IMAGES, ...DEBIAN_IMAGES, ...PYTHON_IMAGES, ...NODE_IMAGES, ...GO_RUST_IMAGES, ...TEMURIN_NGINX_IMAGES,
  ...DISTROLESS_IMAGES,
];
