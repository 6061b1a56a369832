import { describeRule } from '../testing/rule-table.ts';
import { pipeWithoutPipefail } from './pipe-without-pipefail.ts';

// Cases from hadolint's test suite (test/Hadolint/Rule/*Spec.hs at 8f936c5e, GPL-3.0 — used as test data only), and our own.
describeRule(pipeWithoutPipefail, {
  valid: [
    'FROM scratch as build\nRUN wget -O - https://some.site && wc -l file > /number\n\n',
    'FROM scratch as build\nSHELL ["/bin/bash", "-eo", "pipefail", "-c"]\nRUN wget -O - https://some.site | wc -l file > /number\n\n',
    'FROM scratch as build\nSHELL ["/bin/bash", "-e", "-o", "pipefail", "-c"]\nRUN wget -O - https://some.site | wc -l file > /number\n\n',
    'FROM scratch as build\nSHELL ["/bin/bash", "-o", "errexit", "-o", "pipefail", "-c"]\nRUN wget -O - https://some.site | wc -l file > /number\n\n',
    'FROM scratch as build\nSHELL ["/bin/zsh", "-o", "pipefail", "-c"]\nRUN wget -O - https://some.site | wc -l file > /number\n\n',
    'FROM scratch as build\nSHELL ["/usr/bin/bash", "-o", "pipefail", "-c"]\nRUN wget -O - https://some.site | wc -l file > /number\n\n',
    'FROM scratch as build\nSHELL ["/usr/local/bin/zsh", "-o", "pipefail", "-c"]\nRUN wget -O - https://some.site | wc -l file > /number\n\n',
    'FROM scratch as build\nSHELL ["pwsh", "-c"]\nRUN Get-Variable PSVersionTable | Select-Object -ExpandProperty Value\n\n',
    'FROM mcr.microsoft.com/powershell:ubuntu-16.04\nSHELL [ "pwsh", "-c" ]\nRUN Get-Variable PSVersionTable | Select-Object -ExpandProperty Value\n\n',
    'FROM mcr.microsoft.com/powershell:ubuntu-16.04\nSHELL [ "powershell.exe" ]\nRUN Get-Variable PSVersionTable | Select-Object -ExpandProperty Value\n\n',
    'FROM mcr.microsoft.com/powershell:ubuntu-16.04\nSHELL [ "cmd.exe", "/c" ]\nRUN Get-Variable PSVersionTable | Select-Object -ExpandProperty Value\n\n',
    'FROM alpine:3.20\nSHELL ["/bin/ash", "-eo", "pipefail", "-c"]\nRUN a | b\n',
    'FROM alpine:3.20\nRUN a || b\n',
  ],
  invalid: [
    { dockerfile: 'FROM scratch\nRUN wget -O - https://some.site | wc -l > /number\n\n', expect: [['DL4006', 2]] },
    { dockerfile: 'FROM scratch as build\nSHELL ["/bin/sh", "-o", "pipefail", "-c"]\nRUN wget -O - https://some.site | wc -l file > /number\n\n', expect: [['DL4006', 3]] },
    { dockerfile: 'FROM scratch as build\nSHELL ["/bin/bash", "-o", "pipefail", "-c"]\nRUN wget -O - https://some.site | wc -l file > /number\nFROM scratch as build2\nRUN wget -O - https://some.site | wc -l file > /number\n\n', expect: [['DL4006', 5]] },
    { dockerfile: 'FROM scratch as build\nSHELL ["/bin/bash", "-o", "pipefail", "-c"]\nRUN wget -O - https://some.site | wc -l file > /number\nSHELL ["/bin/sh", "-c"]\nRUN wget -O - https://some.site | wc -l file > /number\n\n', expect: [['DL4006', 5]] },
    { dockerfile: 'FROM alpine:3.6\n# The following comment makes hadolint still complain about DL4006\n# \\\n# should solve DL4006\nSHELL ["/bin/sh", "-o", "pipefail", "-c"]\n# RUN with pipe. causes DL4006, but should be fixed by above SHELL\nRUN echo "kaka" | sed \'s/a/o/g\' >> /root/afile\n\n', expect: [['DL4006', 7]] },
  ],
});
