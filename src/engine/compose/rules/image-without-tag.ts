import { defineComposeRule } from '../lint-rule.ts';

/** `image: redis` — no tag means `latest`. */
export const imageWithoutTag = defineComposeRule({
  meta: {
    id: 'image-without-tag',
    severity: 'warning',
    title: 'The image has no tag',
    explanation:
      'An image without a tag is pulled as `:latest`: whatever the publisher released last. `redis` today and `redis` next year are different major versions, and nothing in your file says which one you meant.',
    suggestion: 'Add the tag you tested: `redis:7.4-alpine`, `mongo:7`.',
    examples: {
      bad: [{ compose: 'services:\n  cache:\n    image: redis\n' }],
      good: [{ compose: 'services:\n  cache:\n    image: redis:7.4-alpine\n' }, { compose: 'services:\n  api:\n    image: myapi\n    build: .\n', note: 'With `build`, `image` only names what you build here.' }],
    },
  },
  service(service) {
    const image = service.image;
    if (!image || service.build || image.tag !== undefined || image.digest !== undefined || image.ref === '') return undefined;
    return [{ loc: image.loc, message: `${image.name} has no tag, so Docker pulls ${image.name}:latest.` }];
  },
});
