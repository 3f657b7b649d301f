/**
 * The REST API versions the org serves (reference section 22): every release from v31.0 (Summer '14;
 * 21.0-30.0 were retired in Summer '25) up to the org's newest, oldest first. Clients pin old versions
 * (jsforce's default and Salesforce's Postman collection use v50.0), so each of them answers.
 */
export const OLDEST_API_VERSION = 31;
/** The newest a setting may name: far enough ahead for releases to come. */
const NEWEST_SETTABLE = 80;

/** "Summer '14" for 31: three releases a year, Winter (released the autumn before its year), Spring, Summer. */
export function releaseLabel(major: number): string {
  const position = major - OLDEST_API_VERSION + 2;
  const season = ['Winter', 'Spring', 'Summer'][position % 3];
  return `${season} '${14 + Math.floor(position / 3)}`;
}

/** Every version a setting may name as the newest, "31.0" to "80.0". */
export const SETTABLE_API_VERSIONS: readonly string[] = Array.from(
  { length: NEWEST_SETTABLE - OLDEST_API_VERSION + 1 },
  (_, index) => `${OLDEST_API_VERSION + index}.0`,
);

function newestMajor(newest: string): number {
  return Number.parseInt(newest, 10);
}

export function versionList(newest: string): Array<{ label: string; url: string; version: string }> {
  return Array.from({ length: newestMajor(newest) - OLDEST_API_VERSION + 1 }, (_, index) => {
    const major = OLDEST_API_VERSION + index;
    return { label: releaseLabel(major), url: `/services/data/v${major}.0`, version: `${major}.0` };
  });
}

/** The served version a path segment names ("v62.0"; "latest" is the newest), or undefined. */
export function servedVersion(segment: string | undefined, newest: string): string | undefined {
  if (segment === 'latest') return `v${newest}`;
  const match = /^v(\d+)\.0$/.exec(segment ?? '');
  const major = match ? Number(match[1]) : Number.NaN;
  return major >= OLDEST_API_VERSION && major <= newestMajor(newest) ? segment : undefined;
}
