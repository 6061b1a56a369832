import { describeRule } from '../testing/rule-table.ts';
import { baseImageLatest } from './base-image-latest.ts';

// Cases from hadolint's test suite (test/Hadolint/Rule/*Spec.hs at 8f936c5e, GPL-3.0 — used as test data only), and our own.
describeRule(baseImageLatest, {
  valid: [
    'FROM debian:jessie\n',
    'FROM hub.docker.io/debian@sha256:7959ed6f7e35f8b1aaa06d1d8259d4ee25aa85a086d5c125480c333183f9deeb\n',
    'FROM hub.docker.io/debian:latest@sha256:7959ed6f7e35f8b1aaa06d1d8259d4ee25aa85a086d5c125480c333183f9deeb\n',
    'FROM debian:jessie AS builder\n',
    'FROM',
  ],
  invalid: [
    { dockerfile: 'FROM debian:latest\n', expect: [['DL3007', 1]] },
    { dockerfile: 'FROM debian:latest AS builder\n', expect: [['DL3007', 1]] },
    { dockerfile: 'FROM alpine:3.20\nRUN true\nfrom python:latest as app\n', expect: [['DL3007', 3]] },
  ],
});
