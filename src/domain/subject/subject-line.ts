/** Long enough to tell two tips apart in a row, short enough for one line of a phone's card. */
export const SUBJECT_LINE_MAX = 90;

/** A tip's summary on one line: whitespace collapsed, cut at a word boundary with an ellipsis when longer than `max`. */
export function subjectLine(summary: string, max = SUBJECT_LINE_MAX): string {
  const line = summary.replace(/\s+/g, ' ').trim();
  if (line.length <= max) return line;
  const cut = line.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,.;:–-]+$/, '')}…`;
}
