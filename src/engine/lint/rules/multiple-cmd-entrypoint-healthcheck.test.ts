import { describeRule } from '../testing/rule-table.ts';
import { multipleCmdEntrypointHealthcheck } from './multiple-cmd-entrypoint-healthcheck.ts';

// Cases from hadolint's test suite (test/Hadolint/Rule/*Spec.hs at 8f936c5e, GPL-3.0 — used as test data only) and BuildKit's frontend/dockerfile/dockerfile_check_test.go (Apache-2.0), and our own.
describeRule(multipleCmdEntrypointHealthcheck, {
  valid: [
    'FROM scratch\n',
    'FROM scratch\nHEALTHCHECK CMD /bin/bla\n',
    'FROM scratch\nHEALTHCHECK CMD /bin/bla1\nFROM scratch\nHEALTHCHECK CMD /bin/bla2\n',
    'FROM debian as distro1\nCMD bash\nRUN foo\nFROM debian as distro2\nCMD another\n\n',
    'CMD /bin/true\n',
    'FROM busybox\n',
    'FROM debian as distro1\nENTRYPOINT bash\nRUN foo\nFROM debian as distro2\nENTRYPOINT another\n\n',
    'ENTRYPOINT /bin/true\n',
    '\nFROM scratch AS a\nENTRYPOINT ["/myapp"]\nCMD ["/myapp"]\nHEALTHCHECK CMD ["/myapp"]\n\nFROM a AS b\nENTRYPOINT ["/myotherapp"]\nCMD ["/myotherapp"]\nHEALTHCHECK CMD ["/myotherapp"]\n',
  ],
  invalid: [
    { dockerfile: 'FROM scratch\nHEALTHCHECK CMD /bin/bla1\nHEALTHCHECK CMD /bin/bla2\n', expect: [['MultipleInstructionsDisallowed', 2], ['DL3012', 3]] },
    { dockerfile: 'FROM debian\nCMD bash\nRUN foo\nCMD another\n\n', expect: [['MultipleInstructionsDisallowed', 2], ['DL4003', 4]] },
    { dockerfile: 'FROM debian as distro1\nCMD bash\nRUN foo\nCMD another\nFROM debian as distro2\nCMD another\n\n', expect: [['MultipleInstructionsDisallowed', 2], ['DL4003', 4]] },
    { dockerfile: 'FROM debian\nENTRYPOINT bash\nRUN foo\nENTRYPOINT another\n\n', expect: [['MultipleInstructionsDisallowed', 2], ['DL4004', 4]] },
    { dockerfile: 'FROM debian as distro1\nENTRYPOINT bash\nRUN foo\nENTRYPOINT another\nFROM debian as distro2\nENTRYPOINT another\n\n', expect: [['MultipleInstructionsDisallowed', 2], ['DL4004', 4]] },
    { dockerfile: '\nFROM scratch\nENTRYPOINT ["/myapp"]\nENTRYPOINT ["/myotherapp"]\nCMD ["/myapp"]\nCMD ["/myotherapp"]\nHEALTHCHECK CMD ["/myapp"]\nHEALTHCHECK CMD ["/myotherapp"]\n', expect: [['MultipleInstructionsDisallowed', 3], ['DL4004', 4], ['MultipleInstructionsDisallowed', 5], ['DL4003', 6], ['MultipleInstructionsDisallowed', 7], ['DL3012', 8]] },
    { dockerfile: '\nFROM scratch\nENTRYPOINT ["/myapp"]\nCMD ["/myapp"]\nHEALTHCHECK CMD ["/myapp"]\nCOPY <<EOF /a.txt\nHello, World!\nEOF\nENTRYPOINT ["/myotherapp"]\nCMD ["/myotherapp"]\nHEALTHCHECK CMD ["/myotherapp"]\n', expect: [['MultipleInstructionsDisallowed', 3], ['MultipleInstructionsDisallowed', 4], ['MultipleInstructionsDisallowed', 5], ['DL4004', 9], ['DL4003', 10], ['DL3012', 11]] },
  ],
  fixes: [
    { dockerfile: 'FROM alpine:3.20\nCMD ["a"]\nCMD ["b"]\n', fixed: 'FROM alpine:3.20\n\nCMD ["b"]\n' },
  ],
});
