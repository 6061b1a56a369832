import { describeRule } from '../testing/rule-table.ts';
import { copyBustsInstallCache } from './copy-busts-install-cache.ts';

const CODE = 'copy-busts-install-cache';
const node = [
  { path: 'package.json', content: '{"name":"app","dependencies":{"express":"^4.21.0"}}\n' },
  { path: 'package-lock.json', content: '{"lockfileVersion":3}\n' },
  { path: 'server.js', content: 'require("express")().listen(3000);\n' },
  { path: 'lib/util.js', content: 'module.exports = {};\n' },
];
const python = [
  { path: 'requirements.txt', content: 'flask==3.1.0\n' },
  { path: 'app.py', content: 'from flask import Flask\napp = Flask(__name__)\n' },
];
const go = [
  { path: 'go.mod', content: 'module example.com/app\n\ngo 1.23\n' },
  { path: 'go.sum', content: '' },
  { path: 'main.go', content: 'package main\nfunc main() {}\n' },
];
const ruby = [
  { path: 'Gemfile', content: 'source "https://rubygems.org"\ngem "sinatra"\n' },
  { path: 'Gemfile.lock', content: 'GEM\n' },
  { path: 'app.rb', content: 'require "sinatra"\n' },
];

describeRule(copyBustsInstallCache, {
  valid: [
    // Manifests first, sources after the install.
    { dockerfile: 'FROM node:22-slim\nWORKDIR /app\nCOPY package.json package-lock.json ./\nRUN npm ci\nCOPY . .\n', context: node },
    { dockerfile: 'FROM python:3.12-slim\nWORKDIR /app\nCOPY requirements.txt .\nRUN pip install --no-cache-dir -r requirements.txt\nCOPY . .\n', context: python },
    { dockerfile: 'FROM golang:1.23\nWORKDIR /src\nCOPY go.mod go.sum ./\nRUN go mod download\nCOPY . .\nRUN go build -o /app .\n', context: go },
    // No install from a manifest: adding a named package does not read the copied files.
    { dockerfile: 'FROM node:22-slim\nWORKDIR /app\nCOPY . .\nRUN npm install express\n', context: node },
    // The install is in another stage than the COPY.
    { dockerfile: 'FROM node:22-slim AS deps\nWORKDIR /app\nCOPY package*.json ./\nRUN npm ci\nFROM node:22-slim\nWORKDIR /app\nCOPY . .\nCOPY --from=deps /app/node_modules ./node_modules\n', context: node },
    // A stage the target does not need is not built: BuildKit skips it.
    { dockerfile: 'FROM node:22-slim AS unused\nWORKDIR /app\nCOPY . .\nRUN npm ci\nFROM node:22-slim\nCMD ["node"]\n', context: node },
    // Only manifests in the context.
    { dockerfile: 'FROM node:22-slim\nWORKDIR /app\nCOPY . .\nRUN npm ci\n', context: node.slice(0, 2) },
    // Sources copied after the install.
    { dockerfile: 'FROM ruby:3.3\nWORKDIR /app\nCOPY Gemfile Gemfile.lock ./\nRUN bundle install\nCOPY app.rb .\n', context: ruby },
  ],
  invalid: [
    { dockerfile: 'FROM node:22-slim\nWORKDIR /app\nCOPY . .\nRUN npm ci\nCMD ["node", "server.js"]\n', context: node, expect: [[CODE, 3]] },
    { dockerfile: 'FROM node:22-slim\nWORKDIR /app\nCOPY . .\nRUN npm install --omit dev\n', context: node, expect: [[CODE, 3]] },
    { dockerfile: 'FROM python:3.12-slim\nWORKDIR /app\nCOPY . /app\nRUN pip install --no-cache-dir -r requirements.txt\n', context: python, expect: [[CODE, 3]] },
    { dockerfile: 'FROM golang:1.23\nWORKDIR /src\nCOPY . .\nRUN go mod download && go build -o /app .\n', context: go, expect: [[CODE, 3]] },
    { dockerfile: 'FROM ruby:3.3\nWORKDIR /app\nCOPY . .\nRUN bundle install\n', context: ruby, expect: [[CODE, 3]] },
    // Manifests first, but the sources are still copied before the install: that COPY is the one.
    { dockerfile: 'FROM node:22-slim\nWORKDIR /app\nCOPY package.json package-lock.json ./\nCOPY lib ./lib\nRUN npm ci\n', context: node, expect: [[CODE, 4]] },
    // Each offending COPY once, even with two installs after it.
    { dockerfile: 'FROM node:22-slim\nWORKDIR /app\nCOPY . .\nRUN npm ci\nRUN npm ci\n', context: node, expect: [[CODE, 3]] },
  ],
  fixes: [
    {
      dockerfile: 'FROM node:22-slim\nWORKDIR /app\nCOPY . .\nRUN npm ci\nCMD ["node", "server.js"]\n',
      context: node,
      fixed: 'FROM node:22-slim\nWORKDIR /app\nCOPY package.json package-lock.json ./\nRUN npm ci\nCOPY . .\nCMD ["node", "server.js"]\n',
    },
    {
      dockerfile: 'FROM python:3.12-slim\nWORKDIR /app\nCOPY --chown=1000 . /app\nRUN pip install --no-cache-dir -r requirements.txt\n',
      context: python,
      fixed: 'FROM python:3.12-slim\nWORKDIR /app\nCOPY --chown=1000 requirements.txt /app/\nRUN pip install --no-cache-dir -r requirements.txt\nCOPY --chown=1000 . /app\n',
    },
    {
      dockerfile: 'FROM node:22-slim\nWORKDIR /app\nCOPY package.json package-lock.json ./\nCOPY . .\nRUN npm ci\n',
      context: node,
      fixed: 'FROM node:22-slim\nWORKDIR /app\nCOPY package.json package-lock.json ./\nRUN npm ci\nCOPY . .\n',
    },
  ],
});
