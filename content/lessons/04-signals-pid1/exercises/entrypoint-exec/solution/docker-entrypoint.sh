#!/bin/sh
# Prepares the environment, then replaces itself with the command (CMD or docker run's arguments).
set -e

: "${NODE_ENV:=production}"
export NODE_ENV
echo "orders-api: starting in $NODE_ENV mode"

exec "$@"
