import { describeRule } from '../testing/rule-table.ts';
import { baseImageLatest } from './base-image-latest.ts';

describeRule(baseImageLatest, {
  valid: [
    'FROM debian:jessie',
    'FROM debian:jessie AS builder',
    'FROM hub.docker.io/debian@sha256:7959ed6f7e35f8b1aaa06d1d8259d4ee25aa85a086d5c125480c333183f9deeb',
    'FROM hub.docker.io/debian:latest@sha256:7959ed6f7e35f8b1aaa06d1d8259d4ee25aa85a086d5c125480c333183f9deeb',
    'FROM python',
    'FROM',
  ],
  invalid: [
    { dockerfile: 'FROM debian:latest', expect: [['DL3007', 1]] },
    { dockerfile: 'FROM debian:latest AS builder', expect: [['DL3007', 1]] },
    { dockerfile: 'FROM alpine:3.20\nRUN true\nfrom python:latest as app\n', expect: [['DL3007', 3]] },
  ],
});
