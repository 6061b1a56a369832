import { describeRule } from '../testing/rule-table.ts';
import { deletedInLaterLayer } from './deleted-in-later-layer.ts';

const CODE = 'deleted-in-later-layer';
const bigFile = [{ path: 'app.tar.gz', size: 40_000_000 }];

describeRule(deletedInLaterLayer, {
  valid: [
    'FROM debian:bookworm-slim\nRUN apt-get update && rm -rf /var/lib/apt/lists/*\n',
    // Nothing an earlier layer of this Dockerfile added (base-image files are not itemised, so not counted).
    'FROM debian:bookworm-slim\nRUN rm -rf /tmp/*\n',
    // A small file replaced: below the threshold.
    'FROM alpine:3.21\nRUN echo hi > /etc/motd2\nRUN rm /etc/motd2\n',
    // In a build stage only.
    'FROM debian:bookworm-slim AS build\nRUN apt-get update\nRUN rm -rf /var/lib/apt/lists/*\nFROM alpine:3.21\nCMD ["sh"]\n',
    // Copied and deleted in the same RUN through a bind mount: never in a layer.
    { dockerfile: 'FROM alpine:3.21\nRUN --mount=type=bind,source=app.tar.gz,target=/tmp/app.tar.gz tar -xzf /tmp/app.tar.gz -C /opt\n', context: bigFile },
  ],
  invalid: [
    { dockerfile: 'FROM debian:bookworm-slim\nRUN apt-get update\nRUN rm -rf /var/lib/apt/lists/*\n', expect: [[CODE, 3]] },
    // Copied in one layer, deleted in the next.
    { dockerfile: 'FROM alpine:3.21\nCOPY app.tar.gz /tmp/\nRUN tar -xzf /tmp/app.tar.gz -C /opt && rm /tmp/app.tar.gz\n', context: bigFile, expect: [[CODE, 3]] },
    // A whole directory made earlier, removed later.
    { dockerfile: 'FROM debian:bookworm-slim\nWORKDIR /app\nCOPY app.tar.gz .\nRUN echo unpacked\nRUN rm -rf /app\n', context: bigFile, expect: [[CODE, 5]] },
    // The final stage built FROM a stage that made the files.
    { dockerfile: 'FROM debian:bookworm-slim AS base\nRUN apt-get update\nFROM base\nRUN rm -rf /var/lib/apt/lists/*\n', expect: [[CODE, 4]] },
  ],
  fixes: [
    {
      dockerfile: 'FROM debian:bookworm-slim\nRUN apt-get update\nRUN rm -rf /var/lib/apt/lists/*\n',
      fixed: 'FROM debian:bookworm-slim\nRUN apt-get update \\\n && rm -rf /var/lib/apt/lists/*\n',
    },
  ],
});
