import { describe, expect, test } from 'vitest';
import { parseCommandLine } from './command-line.ts';

const words = (line: string) => {
  const parsed = parseCommandLine(line);
  return parsed.ok ? parsed.items.map((i) => [i.command.words.map((w) => w.text), i.then ?? null, i.command.assignments]) : parsed.error;
};

describe('parseCommandLine', () => {
  test.each([
    ['docker build -t app .', [[['docker', 'build', '-t', 'app', '.'], null, {}]]],
    ['  docker   ps  ', [[['docker', 'ps'], null, {}]]],
    ['docker run -e "GREETING=hello world" app', [[['docker', 'run', '-e', 'GREETING=hello world', 'app'], null, {}]]],
    ["docker run app sh -c 'echo $HOME'", [[['docker', 'run', 'app', 'sh', '-c', 'echo $HOME'], null, {}]]],
    ['echo a\\ b "c\\"d"', [[['echo', 'a b', 'c"d'], null, {}]]],
    ['docker build -t app . && docker run app', [[['docker', 'build', '-t', 'app', '.'], '&&', {}], [['docker', 'run', 'app'], null, {}]]],
    ['false || echo fallback; echo done', [[['false'], '||', {}], [['echo', 'fallback'], ';', {}], [['echo', 'done'], null, {}]]],
    ['DOCKER_BUILDKIT=1 docker build .', [[['docker', 'build', '.'], null, { DOCKER_BUILDKIT: '1' }]]],
    ['docker ps # list them', [[['docker', 'ps'], null, {}]]],
    ['', []],
    ['docker ps;', [[['docker', 'ps'], ';', {}]]],
  ])('%s', (line, expected) => {
    expect(words(line)).toEqual(expected);
  });

  test.each([
    ['docker images | grep app', /pipes are not supported/],
    ['docker build . > log.txt', /redirections are not supported/],
    ['docker run app &', /background jobs are not supported/],
    ['echo $(whoami)', /command substitution are not supported/],
    ['echo "unterminated', /matching "/],
    ["echo 'unterminated", /matching '/],
    ['&& docker ps', /syntax error near unexpected token `&&'/],
    ['docker ps &&', /the line ends after `&&'/],
  ])('%s is refused with a message', (line, message) => {
    const parsed = parseCommandLine(line);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error).toMatch(message);
  });

  test('words keep their offsets for completion', () => {
    const parsed = parseCommandLine('docker  "run" app');
    expect(parsed.ok && parsed.items[0]!.command.words.map((w) => [w.start, w.end])).toEqual([[0, 6], [8, 13], [14, 17]]);
  });
});
