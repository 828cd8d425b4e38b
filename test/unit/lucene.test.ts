import fc from 'fast-check';
import { AppError } from '../../src/errors/errors';
import {
  luceneQuery,
  MAX_SEARCH_TEXT,
  MAX_SEARCH_WORD,
  queryTerms,
  searchQuery,
} from '../../src/modules/search/lucene';

// User text never reaches Lucene as syntax: it is cut into folded words of letters and digits, and the
// query is built around them. This grammar is every query luceneQuery may build; anything else is a leak.
const TERM = '[\\p{L}\\p{N}]+';
const CLAUSE = `\\(name:(${TERM})\\^4 OR aliases:\\1\\^4 OR description:\\1( OR name:\\1\\*\\^1\\.5 OR aliases:\\1\\*\\^1\\.5( OR name:\\1~1\\^2 OR aliases:\\1~1\\^2)?)?\\)`;
const PHRASE = `name:"${TERM}(?: ${TERM})+"\\^8 OR aliases:"${TERM}(?: ${TERM})+"\\^8`;
const BUILT = new RegExp(
  `^(?:${PHRASE} OR )?${CLAUSE.replace(/\\1/g, '\\k<t>').replace(`(${TERM})`, `(?<t>${TERM})`)}(?: OR ${CLAUSE.replace(/\\1/g, '\\k<u>').replace(`(${TERM})`, `(?<u>${TERM})`)})*$`,
  'u',
);

/** The error searchQuery throws, as code, field and message. */
function refusal(text: string) {
  try {
    searchQuery('query', text);
  } catch (e) {
    if (!(e instanceof AppError)) throw e;
    return { code: e.extensions.code, field: e.extensions.field, message: e.message };
  }
  throw new Error(`${JSON.stringify(text)} was accepted`);
}

describe('Lucene query building (search and filter.text)', () => {
  it('matches each word exactly, as a prefix from 3 letters and with one typo from 5, and the phrase first', () => {
    expect(luceneQuery('KLK')).toBe(
      '(name:klk^4 OR aliases:klk^4 OR description:klk OR name:klk*^1.5 OR aliases:klk*^1.5)',
    );
    expect(luceneQuery('Lesser Poland')).toBe(
      'name:"lesser poland"^8 OR aliases:"lesser poland"^8 OR ' +
        '(name:lesser^4 OR aliases:lesser^4 OR description:lesser OR name:lesser*^1.5 OR aliases:lesser*^1.5 OR name:lesser~1^2 OR aliases:lesser~1^2) OR ' +
        '(name:poland^4 OR aliases:poland^4 OR description:poland OR name:poland*^1.5 OR aliases:poland*^1.5 OR name:poland~1^2 OR aliases:poland~1^2)',
    );
    expect(luceneQuery('a')).toBe('(name:a^4 OR aliases:a^4 OR description:a)');
  });

  it('folds case and diacritics, as the index does, since fuzzy and prefix terms bypass the analyser', () => {
    expect(queryTerms('Małopolska ŁÓDŹ Straße Ærø')).toEqual(['malopolska', 'lodz', 'strasse', 'aero']);
  });

  it.each([
    ['field syntax', 'name:* OR description:secret', ['name', 'or', 'description', 'secret']],
    [
      'boolean operators (lower-cased, so Lucene reads them as words)',
      'a AND NOT b || c && !d',
      ['a', 'and', 'not', 'b', 'c', 'd'],
    ],
    [
      'quotes, escapes and grouping',
      '"\\"unbalanced (group [range TO z] {x}',
      ['unbalanced', 'group', 'range', 'to', 'z', 'x'],
    ],
    [
      'wildcards, fuzziness, boosts and regexps',
      'te?t* roam~2 boost^100 /ab+c/',
      ['te', 't', 'roam', '2', 'boost', '100', 'ab', 'c'],
    ],
    ['Cypher and JSON', "'}) MATCH (n) DETACH DELETE n //", ['match', 'n', 'detach', 'delete', 'n']],
    ['control, zero-width and bidi characters', 'a\u0000b\u200bc\u202ed\n\te', ['a', 'b', 'c', 'd', 'e']],
  ])('keeps %s out of the query: only the words remain', (_what, text, words) => {
    expect(queryTerms(text)).toEqual(words);
    expect(luceneQuery(text)).toMatch(BUILT);
  });

  it('builds only queries of its own grammar, whatever the text (property)', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: 'binary', maxLength: 200 }),
          fc.stringMatching(/^[a-zA-Z"*?~^:()[\]{}\\/+\-!&| ]{0,60}$/),
        ),
        (text) => {
          const q = luceneQuery(text);
          if (q === undefined) expect(queryTerms(text)).toEqual([]);
          else expect(q).toMatch(BUILT);
          // Letters that have no lower case (𝕬) may stay upper case; Lucene's operators never do.
          expect(queryTerms(text).filter((t) => /^(AND|OR|NOT|TO)$/.test(t))).toEqual([]);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('uses at most the first 12 words', () => {
    const words = Array.from({ length: 30 }, (_, i) => `w${i}`);
    expect(queryTerms(words.join(' '))).toEqual(words.slice(0, 12));
  });

  it('refuses text over MAX_SEARCH_TEXT, a word over MAX_SEARCH_WORD and text with no word, naming the field', () => {
    expect(refusal('a '.repeat(MAX_SEARCH_TEXT / 2) + 'b')).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'query',
      message: `query: at most ${MAX_SEARCH_TEXT} characters, got ${MAX_SEARCH_TEXT + 1}`,
    });
    // ß folds to two letters: a word of 51 ß is 102 letters long once folded, as Lucene would see it.
    expect(refusal('ß'.repeat(51)).message).toBe(
      `query: each word at most ${MAX_SEARCH_WORD} characters, got a word of 102 ("${'s'.repeat(20)}…")`,
    );
    expect(refusal('*:* -+ ()')).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'query',
      message: 'query: expected at least one letter or digit',
    });
    expect(searchQuery('query', 'x'.repeat(MAX_SEARCH_WORD))).toContain(`name:${'x'.repeat(MAX_SEARCH_WORD)}~1^2`);
  });
});
