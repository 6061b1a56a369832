import { describeRule } from '../testing/rule-table.ts';
import { onbuildForbiddenTrigger } from './onbuild-forbidden-trigger.ts';

// Cases from hadolint's test suite (test/Hadolint/Rule/*Spec.hs at 8f936c5e, GPL-3.0 — used as test data only), and our own.
describeRule(onbuildForbiddenTrigger, {
  valid: [
    'ONBUILD ADD anything anywhere\n',
    'ONBUILD USER anything\n',
    'ONBUILD LABEL bla="blubb"\n',
    'ONBUILD STOPSIGNAL anything\n',
    'ONBUILD COPY anything anywhere\n',
    'ONBUILD RUN anything\n',
    'ONBUILD CMD anything\n',
    'ONBUILD SHELL anything\n',
    'ONBUILD WORKDIR anything\n',
    'ONBUILD EXPOSE 69\n',
    'ONBUILD VOLUME anything\n',
    'ONBUILD ENTRYPOINT anything\n',
    'ONBUILD ENV MYVAR="bla"\n',
    'ONBUILD ARG anything\n',
    'ONBUILD HEALTHCHECK NONE\n',
    'FROM debian:buster\n',
    'MAINTAINER "Some Guy"\n',
  ],
  invalid: [
    { dockerfile: 'ONBUILD ONBUILD RUN anything\n\n', expect: [['DL3043', 1]] },
    { dockerfile: 'ONBUILD FROM debian:buster\n\n', expect: [['DL3043', 1]] },
    { dockerfile: 'ONBUILD MAINTAINER "BoJack Horseman"\n\n', expect: [['DL3043', 1]] },
  ],
});
