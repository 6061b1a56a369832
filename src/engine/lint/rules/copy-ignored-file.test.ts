import { describeRule } from '../testing/rule-table.ts';
import { copyIgnoredFile } from './copy-ignored-file.ts';

// Cases from BuildKit's frontend/dockerfile/dockerfile_check_test.go (Apache-2.0), and our own.
describeRule(copyIgnoredFile, {
  valid: [
    { dockerfile: '# check=skip=CopyIgnoredFile\n\nFROM scratch\nCOPY Dockerfile .\nADD Dockerfile /windy\n', dockerignore: '\nDockerfile\n' },
    { dockerfile: '\nFROM scratch AS base\nCOPY Dockerfile /foobar\nADD Dockerfile /windy\n\nFROM base\nCOPY --from=base /foobar /Dockerfile\n', dockerignore: '\nfoobar\n' },
    { dockerfile: '\nFROM scratch\nCOPY ./Dockerfile .\n', dockerignore: '\n**\n!Dockerfile\n' },
    { dockerfile: '\nFROM scratch\nCOPY . .\n\t', dockerignore: '\n**\n!Dockerfile\n' },
    { dockerfile: '\nFROM scratch\nCOPY . .\n', dockerignore: '\n.*\n' },
    { dockerfile: 'FROM alpine:3.20\nCOPY .env /\n', dockerignore: '.env\n!.env.example\n' },
    { dockerfile: 'FROM alpine:3.20\nADD https://example.com/a.tgz /\n', dockerignore: '*\n' },
    { dockerfile: 'FROM alpine:3.20\nCOPY --from=busybox:1.36 /bin/busybox /\n', dockerignore: 'bin\n' },
  ],
  invalid: [
    { dockerfile: '\nFROM scratch\nCOPY Dockerfile .\nADD Dockerfile /windy\n', expect: [['CopyIgnoredFile', 3], ['CopyIgnoredFile', 4]], dockerignore: '\nDockerfile\n' },
    { dockerfile: '\nFROM scratch\nCOPY . .\n', expect: [['CopyIgnoredFile', 3]], dockerignore: '\n*\n' },
    { dockerfile: 'FROM alpine:3.20\nCOPY secrets/key.pem /etc/\n', expect: [['CopyIgnoredFile', 2]], dockerignore: 'secrets\n' },
    { dockerfile: 'FROM alpine:3.20\nCOPY docs/readme.md /\n', expect: [['CopyIgnoredFile', 2]], dockerignore: '**/*.md\n' },
  ],
});
