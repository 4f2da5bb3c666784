/**
 * A name that ends with a full stop ("Litware Inc.", "Ромашка ООО.") or a date that does
 * ("5 окт. 2020 г.") put before a sentence's own full stop gives "Inc.." (issue 12). The
 * sentence keeps one stop; an ellipsis ("...") and a stop inside a name ("a.b.c") are left alone.
 */
export function noDoubledStop(text: string): string {
  return text.replace(/(^|[^.])\.\.(?=\s|$)/gu, '$1.');
}
