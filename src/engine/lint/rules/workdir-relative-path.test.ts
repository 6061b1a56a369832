import { describeRule } from '../testing/rule-table.ts';
import { workdirRelativePath } from './workdir-relative-path.ts';

// Cases from hadolint's test suite (test/Hadolint/Rule/*Spec.hs at 8f936c5e, GPL-3.0 — used as test data only) and BuildKit's frontend/dockerfile/dockerfile_check_test.go (Apache-2.0), and our own.
describeRule(workdirRelativePath, {
  valid: [
    'WORKDIR /usr/local\n',
    'WORKDIR ${work}\n',
    'WORKDIR \'/usr/local\'\n',
    'WORKDIR "/usr/local"\n',
    'WORKDIR "${dir}"\n',
    'WORKDIR \'C:\\\'\n',
    'WORKDIR "C:\\"\n',
    'WORKDIR C:/\n',
    'WORKDIR "C:/"\n',
  ],
  invalid: [
    { dockerfile: 'WORKDIR relative/dir\n', expect: [['DL3000', 1], ['WorkdirRelativePath', 1]] },
    { dockerfile: 'WORKDIR \'relative/dir\'\n', expect: [['DL3000', 1], ['WorkdirRelativePath', 1]] },
    { dockerfile: 'WORKDIR "relative/dir"\n', expect: [['DL3000', 1], ['WorkdirRelativePath', 1]] },
    { dockerfile: '\nFROM scratch\nWORKDIR app/\n', expect: [['DL3000', 3], ['WorkdirRelativePath', 3]] },
    { dockerfile: '\nFROM scratch AS a\nWORKDIR /app\n\nFROM a AS b\nWORKDIR subdir/\n', expect: [['DL3000', 6]] },
    { dockerfile: '\nFROM scratch\n# check=skip=WorkdirRelativePath\nWORKDIR app/\n', expect: [['DL3000', 4]] },
    { dockerfile: 'FROM alpine:3.20\nWORKDIR /app\nWORKDIR src\n', expect: [['DL3000', 3]] },
    { dockerfile: 'FROM alpine:3.20\nWORKDIR src\nWORKDIR lib\n', expect: [['DL3000', 2], ['WorkdirRelativePath', 2], ['DL3000', 3]] },
  ],
  fixes: [
    { dockerfile: 'FROM alpine:3.20\nWORKDIR app\n', fixed: 'FROM alpine:3.20\nWORKDIR /app\n' },
    { dockerfile: 'FROM alpine:3.20\nWORKDIR "app"\n', fixed: 'FROM alpine:3.20\nWORKDIR "/app"\n' },
  ],
});
