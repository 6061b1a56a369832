import { describe, expect, test } from 'vitest';
import { substitute, templateErrorMessage } from './interpolation.ts';

const env: Record<string, string> = { TAG: '1.2', EMPTY: '', NAME: 'api', NESTED: 'x' };
const lookup = (name: string) => (Object.hasOwn(env, name) ? env[name] : undefined);

describe('substitute (compose-go template semantics)', () => {
  test.each([
    ['plain text', 'plain text'],
    ['app:${TAG}', 'app:1.2'],
    ['app:$TAG', 'app:1.2'],
    ['${UNSET}', ''],
    ['${UNSET:-default}', 'default'],
    ['${EMPTY:-default}', 'default'],
    ['${EMPTY-default}', ''],
    ['${UNSET-default}', 'default'],
    ['${TAG:-default}', '1.2'],
    ['${TAG:+set}', 'set'],
    ['${EMPTY:+set}', ''],
    ['${EMPTY+set}', 'set'],
    ['${UNSET+set}', ''],
    ['$$TAG', '$TAG'],
    ['$${TAG}', '${TAG}'],
    ['cost: $5', 'cost: $5'],
    ['${UNSET:-${NAME}}', 'api'],
    ['${UNSET:-${ALSO_UNSET:-deep}}', 'deep'],
    ['${UNSET:-a} and ${TAG}', 'a and 1.2'],
    ['${UNSET:-x}}', 'x}'],
    ['pre-${NAME}-post', 'pre-api-post'],
    ['${name}', ''],
    ['${TAG?needed}', '1.2'],
    ['${EMPTY?needed}', ''],
  ])('%j -> %j', (template, expected) => {
    const result = substitute(template, lookup);
    expect(result.error).toBeUndefined();
    expect(result.value).toBe(expected);
  });

  test.each([
    ['${UNSET}', ['UNSET']],
    ['$UNSET and ${ALSO}', ['UNSET', 'ALSO']],
    ['${UNSET:-d}', []],
    ['$$UNSET', []],
  ])('%j warns about %j being unset', (template, unset) => {
    expect(substitute(template, lookup).unset).toEqual(unset);
  });

  test.each([
    ['${TAG2:?set TAG2}', { kind: 'required', variable: 'TAG2', reason: 'set TAG2' }],
    ['${EMPTY:?must not be empty}', { kind: 'required', variable: 'EMPTY', reason: 'must not be empty' }],
    ['${UNSET?}', { kind: 'required', variable: 'UNSET', reason: '' }],
    ['${}', { kind: 'invalid', template: '${}' }],
    ['a ${1abc} b', { kind: 'invalid', template: 'a ${1abc} b' }],
    ['${ bad}', { kind: 'invalid', template: '${ bad}' }],
  ])('%j is an error', (template, error) => {
    expect(substitute(template, lookup).error).toEqual(error);
  });

  test.each([
    [
      'services.api.image',
      { kind: 'required', variable: 'TAG', reason: 'set TAG' } as const,
      'error while interpolating services.api.image: required variable TAG is missing a value: set TAG',
    ],
    ['services.api.image', { kind: 'required', variable: 'TAG', reason: '' } as const, 'error while interpolating services.api.image: required variable TAG is missing a value'],
    ['services.api.image', { kind: 'invalid', template: '${}' } as const, 'invalid interpolation format for services.api.image.\nYou may need to escape any $ with another $.\n${}'],
  ])('Compose words the error at %s', (path, error, message) => {
    expect(templateErrorMessage(path, error)).toBe(message);
  });

  test('a pathological string returns quickly with a value or an error', () => {
    const text = '${A:-'.repeat(20_000) + '}'.repeat(20_000);
    const t = performance.now();
    const result = substitute(text, lookup);
    expect(performance.now() - t).toBeLessThan(500);
    expect(result.error !== undefined || typeof result.value === 'string').toBe(true);
  });
});
