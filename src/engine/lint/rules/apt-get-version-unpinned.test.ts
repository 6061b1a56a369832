import { describeRule } from '../testing/rule-table.ts';
import { aptGetVersionUnpinned } from './apt-get-version-unpinned.ts';

// Cases from hadolint's test suite (test/Hadolint/Rule/*Spec.hs at 8f936c5e, GPL-3.0 — used as test data only), and our own.
describeRule(aptGetVersionUnpinned, {
  valid: [
    'RUN apt-get update \\\n && apt-get -yqq --no-install-recommends install nodejs=0.10 \\\n && rm -rf /var/lib/apt/lists/*\n\n',
    'RUN apt-get update && apt-get install --no-install-recommends -y \\\npython-demjson=2.2.2* \\\nwget=1.16.1* \\\ngit=1:2.5.0* \\\nruby=1:2.1.*\n\n',
    'RUN apt-get install -y python=1.2.2\n',
    'RUN apt-get install ./wkhtmltox_0.12.5-1.bionic_amd64.deb\n',
    'RUN apt-get -y --no-install-recommends install nodejs=0.10\n',
    'RUN set -e &&\\\n echo "deb http://http.debian.net/debian jessie-backports main" > /etc/apt/sources.list.d/jessie-backports.list &&\\\n apt-get update &&\\\n apt-get install -y --no-install-recommends -t jessie-backports openjdk-8-jdk=8u131-b11-1~bpo8+1 &&\\\n rm -rf /var/lib/apt/lists/*\n\n',
  ],
  invalid: [
    { dockerfile: 'RUN apt-get update && apt-get install python\n', expect: [['DL3008', 1]] },
    { dockerfile: 'FROM debian:12\nRUN apt-get install -y -t bookworm-backports curl\n', expect: [['DL3008', 2]] },
    { dockerfile: 'FROM debian:12\nRUN apt-get install -y curl=7.88.1 wget\n', expect: [['DL3008', 2]] },
  ],
});
