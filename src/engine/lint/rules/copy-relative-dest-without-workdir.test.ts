import { describeRule } from '../testing/rule-table.ts';
import { copyRelativeDestWithoutWorkdir } from './copy-relative-dest-without-workdir.ts';

// Cases from hadolint's test suite (test/Hadolint/Rule/*Spec.hs at 8f936c5e, GPL-3.0 — used as test data only), and our own.
describeRule(copyRelativeDestWithoutWorkdir, {
  valid: [
    'COPY bla.sh /usr/local/bin/blubb.sh\n',
    'COPY bla.sh "/usr/local/bin/blubb.s"\n',
    'COPY bla.sh c:\\system32\\blubb.sh\n',
    'COPY bla.sh "c:\\system32\\blubb.sh"\n',
    'COPY bla.sh c:/system32/blubb.sh\n',
    'FROM scratch\nWORKDIR /usr\nCOPY bla.sh blubb.sh\n',
    'FROM scratch\nWORKDIR c:\\system32\nCOPY bla.sh blubb.sh\n',
    'COPY src.sh ${SRC_BASE_ENV}\n',
    'COPY src.sh $SRC_BASE_ENV\n',
    'COPY src.sh "${SRC_BASE_ENV}"\n',
    'COPY src.sh "$SRC_BASE_ENV"\n',
    'FROM debian:buster as base\nWORKDIR /usr\nFROM debian:buster as stage-inbetween\nRUN foo\nFROM base\nCOPY foo bar\n\n',
    'FROM microsoft/windowsservercore as base\nWORKDIR c:\\system32\nFROM microsoft/windowsservercore as stage-inbetween\nRUN foo\nFROM base\nCOPY foo bar\n\n',
    'FROM debian:buster as base1\nWORKDIR /usr\nFROM base1 as base2\nRUN foo\nFROM base2\nCOPY foo bar\n\n',
    'FROM microsoft/windowsservercore as base1\nWORKDIR c:\\system32\nFROM base1 as base2\nRUN foo\nFROM base2\nCOPY foo bar\n\n',
    'FROM debian:buster\nONBUILD WORKDIR /usr/local/lib\nONBUILD COPY foo bar\n\n',
  ],
  invalid: [
    { dockerfile: 'COPY bla.sh blubb.sh\n', expect: [['DL3045', 1]] },
    { dockerfile: 'COPY bla.sh "blubb.sh"\n', expect: [['DL3045', 1]] },
    { dockerfile: 'FROM debian:buster as stage1\nWORKDIR /usr\nFROM debian:buster\nCOPY foo bar\n\n', expect: [['DL3045', 4]] },
    { dockerfile: 'FROM microsoft/windowsservercore as stage1\nWORKDIR c:\\system32\nFROM microsoft/windowsservercore\nCOPY foo bar\n\n', expect: [['DL3045', 4]] },
    { dockerfile: 'COPY a b\n', expect: [['DL3045', 1]] },
  ],
});
