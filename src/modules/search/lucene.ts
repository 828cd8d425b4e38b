import { fold } from '../../model/text';

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
  return [...phrase, ...terms
    .map((t) => {
      const parts = [`name:${t}^4`, `aliases:${t}^4`, `description:${t}`];
      if (t.length >= 3) parts.push(`name:${t}*^1.5`, `aliases:${t}*^1.5`);
      if (t.length >= 5) parts.push(`name:${t}~1^2`, `aliases:${t}~1^2`);
      return `(${parts.join(' OR ')})`;
    })]
    .join(' OR ');
}
