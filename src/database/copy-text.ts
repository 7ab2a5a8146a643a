/** A value COPY's text format carries here; a date or time is its text. */
export type CopyValue = string | number | boolean | null;

/**
 * One row in PostgreSQL COPY's text format (https://www.postgresql.org/docs/current/sql-copy.html,
 * "Text Format"): columns separated by tabs, `\N` for NULL, and backslash, tab, newline and carriage
 * return escaped with a backslash. Those four escapes are the whole format for the values a staged
 * insert COPYs (text, numbers as decimal strings, integers, booleans, dates and times as text).
 */
export function copyTextRow(values: readonly CopyValue[]): string {
  let line = '';
  for (let i = 0; i < values.length; i++) {
    if (i > 0) line += '\t';
    const value = values[i];
    if (value === null) line += '\\N';
    else if (typeof value === 'boolean') line += value ? 't' : 'f';
    else if (typeof value === 'number') line += String(value);
    else line += value.replace(ESCAPED, (char) => ESCAPES[char]);
  }
  return `${line}\n`;
}

const ESCAPED = /[\\\t\n\r]/g;
const ESCAPES: Record<string, string> = { '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' };
