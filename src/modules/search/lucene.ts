import { badInput } from '../../errors/errors';
import { fold } from '../../model/text';

/** The longest search text: a pasted paragraph fits; only its first 12 words are used anyway. */
export const MAX_SEARCH_TEXT = 1_000;
/**
 * The longest search word. Lucene refuses fuzzy terms over 1,000 characters ("input automaton is too
 * large", which surfaced as INTERNAL_SERVER_ERROR); real words are under 50, long compounds under 100.
 */
export const MAX_SEARCH_WORD = 100;

/** Words of a user's query, folded, without Lucene syntax. */
export function queryTerms(text: string): string[] {
  return fold(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((t) => t.length > 0)
    .slice(0, 12);
}

/**
 * Builds the Lucene query for a user's text: each word is matched exactly (names weigh most, then
 * aliases, then descriptions), as a prefix, and — in words of five letters or more — with one typo.
 * Fuzzy and prefix terms bypass the analyser, which is why the words are folded here.
 */
export function luceneQuery(text: string): string | undefined {
  const terms = queryTerms(text);
  if (terms.length === 0) return undefined;
  // Several words: the whole phrase in a name or alias outranks the words scattered about.
  const phrase = terms.length > 1 ? [`name:"${terms.join(' ')}"^8`, `aliases:"${terms.join(' ')}"^8`] : [];
  return [
    ...phrase,
    ...terms.map((t) => {
      const parts = [`name:${t}^4`, `aliases:${t}^4`, `description:${t}`];
      if (t.length >= 3) parts.push(`name:${t}*^1.5`, `aliases:${t}*^1.5`);
      if (t.length >= 5) parts.push(`name:${t}~1^2`, `aliases:${t}~1^2`);
      return `(${parts.join(' OR ')})`;
    }),
  ].join(' OR ');
}

/**
 * The Lucene query for a user's search text given in `field`; BAD_USER_INPUT naming the field when the
 * text or one of its words is too long, or when it has no word at all.
 */
export function searchQuery(field: string, text: string): string {
  if (text.length > MAX_SEARCH_TEXT)
    throw badInput(field, `at most ${MAX_SEARCH_TEXT} characters, got ${text.length}`, {
      limit: MAX_SEARCH_TEXT,
      length: text.length,
    });
  const long = fold(text)
    .split(/[^\p{L}\p{N}]+/u)
    .find((w) => w.length > MAX_SEARCH_WORD);
  if (long)
    throw badInput(
      field,
      `each word at most ${MAX_SEARCH_WORD} characters, got a word of ${long.length} ("${long.slice(0, 20)}…")`,
      { limit: MAX_SEARCH_WORD, length: long.length },
    );
  const lucene = luceneQuery(text);
  if (!lucene) throw badInput(field, 'expected at least one letter or digit');
  return lucene;
}
