import { describeRule } from '../testing/rule-table.ts';
import { archiveCopiedThenExtracted } from './archive-copied-then-extracted.ts';

// Cases from hadolint's test suite (test/Hadolint/Rule/*Spec.hs at 8f936c5e, GPL-3.0 — used as test data only), and our own.
describeRule(archiveCopiedThenExtracted, {
  valid: [
    'COPY packaged-app.tar /usr/src/app\nFROM debian:11 as newstage\n\n',
    'COPY package.json /usr/src/app\n',
    'COPY --from=builder /usr/local/share/some.tar /opt/some.tar\n',
    'FROM debian:12\nCOPY app.tar /opt/\nRUN tar -cf /tmp/backup.tar /opt\n',
    'FROM debian:12\nCOPY app.zip /opt/\nRUN unzip /opt/app.zip\n',
  ],
  invalid: [
    { dockerfile: 'COPY packaged-app.tar /usr/src/app\nRUN tar -xf /usr/src/app/packaged-app.tar\n\n', expect: [['DL3010', 1]] },
    { dockerfile: 'COPY packaged-app.tar /usr/src/app\nWORKDIR /usr/src/app\nRUN foo bar && echo something && tar -xf packaged-app.tar\n\n', expect: [['DL3010', 1]] },
    { dockerfile: 'COPY foo/bar/packaged-app.tar /foo.tar\nRUN tar -xf /foo.tar\n\n', expect: [['DL3010', 1]] },
    { dockerfile: 'COPY build\\foo\\bar.tar.gz "C:\\Program Files\\Foo"\nRUN tar -xf "C:\\Program Files\\Foo\\bar.tar.gz"\n\n', expect: [['DL3010', 1]] },
    { dockerfile: 'COPY build\\foo\\bar.tar.gz "C:\\Program Files\\foo.tar.gz"\nRUN tar -xf foo.tar.gz\n\n', expect: [['DL3010', 1]] },
  ],
});
