#!/bin/sh
# Prepares the environment, then starts the API.
set -e

: "${NODE_ENV:=production}"
export NODE_ENV
echo "orders-api: starting in $NODE_ENV mode"

node server.js
