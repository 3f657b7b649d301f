/** The REST API versions the org serves (reference section 22), oldest first. */
const RELEASES: ReadonlyArray<readonly [label: string, version: string]> = [
  ["Winter '24", '59.0'],
  ["Spring '24", '60.0'],
  ["Summer '24", '61.0'],
  ["Winter '25", '62.0'],
  ["Spring '25", '63.0'],
  ["Summer '25", '64.0'],
  ["Winter '26", '65.0'],
  ["Spring '26", '66.0'],
];

export function versionList(): Array<{ label: string; url: string; version: string }> {
  return RELEASES.map(([label, version]) => ({ label, url: `/services/data/v${version}`, version }));
}

/** The served version a path segment names ("v62.0"; "latest" is the newest), or undefined. */
export function servedVersion(segment: string | undefined): string | undefined {
  const newest = RELEASES[RELEASES.length - 1]?.[1];
  if (segment === 'latest') return `v${newest}`;
  return RELEASES.some(([, version]) => segment === `v${version}`) ? segment : undefined;
}
