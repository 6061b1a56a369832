import { describeRule } from '../testing/rule-table.ts';
import { baseImageUntagged } from './base-image-untagged.ts';

// Cases from hadolint's test suite (test/Hadolint/Rule/*Spec.hs at 8f936c5e, GPL-3.0 — used as test data only), and our own.
describeRule(baseImageUntagged, {
  valid: [
    'FROM ruby@sha256:f1dbca0f5dbc9\n',
    'FROM ruby:2\n',
    'FROM ${VALUE}\n',
    'FROM golang:1.9.3-alpine3.7 AS build\nRUN foo\nFROM build as unit-test\nRUN bar\nFROM alpine:3.7\nRUN baz\n\n',
    'FROM scratch\n',
    'FROM',
    'FROM golang:1.23 AS Build\nFROM build\n',
  ],
  invalid: [
    { dockerfile: 'FROM debian\n', expect: [['DL3006', 1]] },
    { dockerfile: 'FROM debian AS builder\n', expect: [['DL3006', 1]] },
    { dockerfile: 'FROM golang:1.9.3-alpine3.7 AS build\nRUN foo\nFROM node as unit-test\nRUN bar\nFROM alpine:3.7\nRUN baz\n\n', expect: [['DL3006', 3]] },
    { dockerfile: 'FROM app AS app\nFROM app\n', expect: [['DL3006', 1]] },
  ],
});
