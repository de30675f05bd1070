// The release notes are cut from CHANGELOG.md by version; a wrong cut would publish another
// release's notes or none at all.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain JavaScript script without type declarations
import { changelogSection } from '../../scripts/changelog-section.js';
import { REPO_ROOT } from '../helpers/runner.js';

const text = `# Changelog

## [Unreleased]

### Fixed
- not yet

## [1.10.0] - 2026-12-01

### Added
- ten

## [1.1.0] - 2026-11-01

### Added
- one

## [1.0.0] - 2026-10-01

[Unreleased]: https://example.com/compare/v1.10.0...HEAD
[1.10.0]: https://example.com/compare/v1.1.0...v1.10.0
`;

describe('changelogSection', () => {
  it('cuts one version up to the next heading', () => {
    expect(changelogSection(text, '1.10.0')).toBe('### Added\n- ten');
    expect(changelogSection(text, '1.1.0')).toBe('### Added\n- one');
  });

  it('matches the version exactly: dots are not wildcards, 1.1.0 is not 1.10.0', () => {
    expect(changelogSection(text.replace('## [1.1.0]', '## [1x1x0]'), '1.1.0')).toBeUndefined();
  });

  it('stops at the link references and refuses an empty section', () => {
    expect(changelogSection(text, '1.0.0')).toBeUndefined();
    expect(changelogSection(text, '2.0.0')).toBeUndefined();
  });

  it("reads this repository's changelog, which keeps an Unreleased section", () => {
    const own = readFileSync(join(REPO_ROOT, 'CHANGELOG.md'), 'utf8');
    expect(own).toMatch(/^## \[Unreleased\]$/m);
  });
});
