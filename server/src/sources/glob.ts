// A small glob dialect for source locations, matched against '/'-separated relative paths:
//   **  as a whole segment: any number of folders (zero included)
//   *   any run of characters within one segment
//   ?   one character within one segment
// Everything else is literal. Kept to these three so that a pattern means the same on every platform.

const SPECIAL = /[*?]/;

export function isGlob(pattern: string): boolean {
  return SPECIAL.test(pattern);
}

const escapeRegExp = (text: string): string => text.replace(/[.+^${}()|[\]\\]/g, '\\$&');

function segmentSource(segment: string): string {
  return segment
    .split(/([*?])/)
    .map((part) => (part === '*' ? '[^/]*' : part === '?' ? '[^/]' : escapeRegExp(part)))
    .join('');
}

/** The regular expression of a glob; it matches whole relative paths (no leading './' or '/'). */
export function compileGlob(pattern: string, options: { ignoreCase?: boolean } = {}): RegExp {
  const segments = pattern.split('/').filter((s, i, all) => s !== '' && !(s === '.' && i < all.length - 1));
  let source = '';
  segments.forEach((segment, i) => {
    const last = i === segments.length - 1;
    if (segment === '**') source += last ? '.*' : '(?:[^/]+/)*';
    else source += segmentSource(segment) + (last ? '' : '/');
  });
  return new RegExp(`^${source}$`, options.ignoreCase ? 'i' : '');
}

/** The folder part of a glob before its first wildcard segment: where a walk for its matches can start. */
export function globBase(pattern: string): string {
  const segments = pattern.split('/');
  const firstWild = segments.findIndex((s) => isGlob(s));
  return segments.slice(0, firstWild === -1 ? segments.length : firstWild).join('/');
}
