import { describeRule } from '../testing/rule-table.ts';
import { invalidDefaultArgInFrom } from './invalid-default-arg-in-from.ts';

// Cases from BuildKit's frontend/dockerfile/dockerfile_check_test.go (Apache-2.0), and our own.
describeRule(invalidDefaultArgInFrom, {
  valid: [
    { dockerfile: '\nARG VERSION="latest"\nFROM busybox:${VERSION}\n', buildArgs: { VERSION: 'latest' } },
    { dockerfile: '\nARG BUSYBOX_VARIANT=""\nFROM busybox:stable${BUSYBOX_VARIANT}\n', buildArgs: { BUSYBOX_VARIANT: '-musl' } },
    { dockerfile: '\n\tARG BUSYBOX_VARIANT\n\tFROM busybox:stable${BUSYBOX_VARIANT}\n\t', buildArgs: { BUSYBOX_VARIANT: '-musl' } },
  ],
  invalid: [
    { dockerfile: '\nARG VERSION\nFROM busybox:$VERSION\n', expect: [['InvalidDefaultArgInFrom', 3]], buildArgs: { VERSION: 'latest' } },
    { dockerfile: '\nARG IMAGE\nFROM $IMAGE\n', expect: [['InvalidDefaultArgInFrom', 3]], buildArgs: { IMAGE: 'busybox:latest' } },
    { dockerfile: '\nARG SFX="box:"\nFROM busy${SFX}\n', expect: [['InvalidDefaultArgInFrom', 3]], buildArgs: { SFX: 'box:latest' } },
  ],
});
