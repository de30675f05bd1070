#!/usr/bin/env bash
# Moves the major tag (v1) to a release tag (v1.4.2) and pushes it, unless a newer release of the
# same major exists: a patch to an older minor (v1.3.5 after v1.4.0) must not pull v1 backwards.
# Usage: scripts/move-major-tag.sh vX.Y.Z [remote]   (run by .github/workflows/release.yml)
set -euo pipefail
tag="${1:?usage: move-major-tag.sh vX.Y.Z [remote]}"
remote="${2:-origin}"
if ! [[ "$tag" =~ ^v[0-9]+\.[0-9]+\.[0-9]+$ ]]; then
  echo "not a release tag: $tag (expected vX.Y.Z)" >&2
  exit 2
fi
major="${tag%%.*}"
newest="$(git tag --list "$major.*.*" | grep -E '^v[0-9]+\.[0-9]+\.[0-9]+$' | sort -V | tail -n 1)"
if [ "$newest" != "$tag" ]; then
  echo "$tag is not the newest $major release ($newest is): $major stays where it is"
  exit 0
fi
git tag --force "$major" "$tag^{commit}" >/dev/null
git push --force "$remote" "refs/tags/$major"
echo "moved $major to $tag ($(git rev-parse --short "$tag^{commit}"))"
