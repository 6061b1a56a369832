import { describeRule } from '../testing/rule-table.ts';
import { baseImageUntagged } from './base-image-untagged.ts';

describeRule(baseImageUntagged, {
  valid: [
    'FROM ruby@sha256:f1dbca0f5dbc9',
    'FROM ruby:2',
    'FROM ${VALUE}',
    'FROM scratch',
    'FROM golang:1.9.3-alpine3.7 AS build\nRUN foo\nFROM build as unit-test\nRUN bar\nFROM alpine:3.7\nRUN baz\n',
    'FROM golang:1.23 AS Build\nFROM build\n',
    'FROM',
  ],
  invalid: [
    { dockerfile: 'FROM debian', expect: [['DL3006', 1]] },
    { dockerfile: 'FROM debian AS builder', expect: [['DL3006', 1]] },
    {
      dockerfile: 'FROM golang:1.9.3-alpine3.7 AS build\nRUN foo\nFROM node as unit-test\nRUN bar\nFROM alpine:3.7\nRUN baz\n',
      expect: [['DL3006', 3]],
    },
    { dockerfile: 'FROM app AS app\nFROM app\n', expect: [['DL3006', 1]] },
  ],
});
