/**
 * Escaping for text we did not write: scenario names, notes, reasons and thresholds can come from an artifact
 * that a fork PR produced, and the report is posted with the workflow's token.
 */

// Entities rather than backslashes, because the same text lands in table cells, inline HTML (`<code>`) and HTML
// blocks (`<summary>`), and only entities mean the same thing in all three. `&#124;` does not split a table cell.
const ENTITY: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '|': '&#124;',
  '`': '&#96;',
  '\\': '&#92;',
  '[': '&#91;',
  ']': '&#93;',
  '*': '&#42;',
  _: '&#95;',
  '~': '&#126;',
  // GitHub renders text between two dollar signs as math.
  $: '&#36;',
  '#': '&#35;',
  // Mentions, issue references and autolinks are found in the rendered text, after entities are decoded, so an
  // entity alone would still ping: a zero-width space after the trigger is what breaks them.
  '@': '@&#8203;',
  '://': ':&#8203;//',
}

/** Makes untrusted text inert in GitHub markdown: one line, no markup, no HTML, no mentions or issue links. */
export function escapeMarkdown(text: string): string {
  return (
    text
      .replace(/\r\n|[\n\r\t\v\f\u2028\u2029]/g, ' ')
      // Other control characters and bidi overrides could disguise the text; they never belong in a name.
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u001f\u007f\u200b-\u200f\u202a-\u202e\u2066-\u2069]/g, '')
      .replace(/:\/\/|[&<>|`\\[\]*_~$#@]/g, (c, at: number, s: string) =>
        c === '#' && /\d/.test(s[at + 1] ?? '') ? '#&#8203;' : ENTITY[c],
      )
  )
}

/** Shortens text to at most `max` characters, so one huge name or note cannot crowd out the report. */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text
  let end = max - 1
  // Do not leave half of a surrogate pair behind.
  if (/[\uD800-\uDBFF]/.test(text[end - 1] ?? '')) end--
  return `${text.slice(0, end)}…`
}

/** Untrusted text, clipped and escaped: the one way such text enters the report. */
export function untrusted(text: string, max = 300): string {
  return escapeMarkdown(clip(text, max))
}
