import { defineComposeRule } from '../lint-rule.ts';

/** `image: app:latest` — a moving target; what runs changes without the file changing. */
export const imageLatestTag = defineComposeRule({
  meta: {
    id: 'image-latest-tag',
    severity: 'warning',
    title: 'The image is tagged `latest`',
    explanation:
      '`latest` is only a tag the publisher moves to each new release. The next `docker compose pull` or a fresh server can run a different major version than the one you tested, and a rollback has nothing to roll back to — you cannot tell which build "latest" was.',
    suggestion: 'Name the version you tested: `postgres:16.4`, `my-registry/myapi:1.8.4` (your CI can tag builds with the version or commit), or pin a digest.',
    examples: {
      bad: [{ compose: 'services:\n  api:\n    image: my-registry/myapi:latest\n' }],
      good: [
        { compose: 'services:\n  api:\n    image: my-registry/myapi:1.8.4\n' },
        { compose: 'services:\n  api:\n    image: my-registry/myapi:latest@sha256:7959ed6f7e35f8b1aaa06d1d8259d4ee25aa85a086d5c125480c333183f9deeb\n', note: 'A digest pins the exact image, whatever the tag says.' },
      ],
    },
  },
  service(service) {
    const image = service.image;
    if (!image || image.tag !== 'latest' || image.digest !== undefined) return undefined;
    return [{ loc: image.loc, message: `${image.name}:latest moves with every release; pin the version you tested.` }];
  },
});
