// A feature written in the first person ("“Do you miss it?” I ask.") is the writer's: news gives the writer's name in
// a byline of its own, a line "By Hannah Lowe" (perhaps with a role after a comma) among the first of the article.

/** How many of the article's first lines a byline is sought in (headline, standfirst, byline). */
const LINES = 4;

/** "By Hannah Lowe", "By Tom O’Neill, Arts Correspondent": two to four capitalised words after "By", alone on their line. */
const BYLINE = /^\s*By\s+(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,3})\s*(?:,[^\n]*)?$/u;

/** The name in the article's byline, or null when it has none. */
export function bylineName(original: string): string | null {
  let start = 0;
  for (let line = 0; line < LINES && start < original.length; line++) {
    let end = original.indexOf('\n', start);
    if (end < 0) end = original.length;
    const m = BYLINE.exec(original.slice(start, end));
    if (m) return m[1];
    start = end + 1;
  }
  return null;
}
