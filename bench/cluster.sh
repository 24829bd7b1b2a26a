#!/usr/bin/env bash
# Two application nodes on one PostgreSQL behind nginx (Debian's package), round robin, as a deployment runs them:
# a user signed in through nginx keeps reading while one node is killed (kill -9) and started again. The scenario is
# the integration test ClusterIT; this script installs nginx if missing, runs it alone and prints its figures
# (statuses of the reads before, while a node is dead, and after it is back).
# Usage: bench/cluster.sh
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -x /usr/sbin/nginx ]; then
  SUDO=""; if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
  $SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq nginx >/dev/null
fi
./mvnw -B -ntp verify -Dit.test=ClusterIT -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false \
  -Dfailsafe.failIfNoSpecifiedTests=false 2>&1 | grep -E '^Cluster:|Tests run:|BUILD'
