/**
 * A small Cypher tokenizer for the analyst guard. It does not parse Cypher; it only needs to know,
 * reliably, what is a comment, a string, a quoted name or a word, so that tricks such as keywords
 * hidden in comments, names split by whitespace or quoted with backticks, or a second statement
 * after a `;` cannot slip past the checks.
 */
export type TokenType = 'word' | 'quoted' | 'string' | 'number' | 'param' | 'punct';

export interface Token {
  type: TokenType;
  /** Words and quoted names as written (quotes removed); punctuation as the character. */
  text: string;
  offset: number;
}

export class LexError extends Error {}

/** An escape that could move where a string, name or comment ends: an attempt, not a typo. */
export class EscapeError extends LexError {}

const WORD_START = /[\p{L}_]/u;
const WORD_PART = /[\p{L}\p{N}_$]/u;

/**
 * Every character Cypher's grammar treats as whitespace (Neo4j 5's lexer: JavaScript's \s plus the
 * information separators U+001C–U+001F), and a few invisible ones it does not, so that a word split
 * by them is read as two words: seeing more words than Neo4j only ever makes the guard stricter.
 * `CALL\u001Capoc.cypher.run` passed the guard when only \s counted.
 */
// eslint-disable-next-line no-control-regex -- these control characters are the point: Cypher reads them as whitespace
const WHITESPACE = /[\s\u001c-\u001f\u0085\u180e\u200b-\u200d\u2060]/u;

/**
 * Neo4j decodes `\uXXXX` escapes in names and even inside string literals (`RETURN 'a\u0027 AS y` is
 * the string 'a' aliased y), so a guard reading the raw text could be shown a string where Neo4j
 * runs code. Escapes standing for letters, digits or `_` are decoded before reading (they can spell a
 * name: `apoc.cypher.\u0072un` is apoc.cypher.run); any other escaped character is refused, since it
 * could change where a string, a name or a comment ends. Java's rule applies: a backslash begins an
 * escape only after an even number of backslashes, and `\uuuu0041` counts too.
 */
export function decodeUnicodeEscapes(text: string): string {
  return text.replace(/(\\*)\\u+([0-9a-fA-F]{4})/g, (whole: string, before: string, hex: string, offset: number) => {
    if (before.length % 2 === 1) return whole; // the backslash is itself escaped
    const ch = String.fromCharCode(parseInt(hex, 16));
    if (!/^[\p{L}\p{N}_]$/u.test(ch)) {
      throw new EscapeError(
        `the escape \\u${hex} at offset ${offset + before.length} stands for a character with meaning in Cypher; write it as it is, or use a parameter`,
      );
    }
    return before + ch;
  });
}

/** Tokens of the statement as Neo4j reads it: Unicode escapes decoded first (see decodeUnicodeEscapes). */
export function tokenize(text: string): Token[] {
  return tokenizeRaw(decodeUnicodeEscapes(text));
}

function tokenizeRaw(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    const next = text[i + 1];
    if (WHITESPACE.test(c)) {
      i++;
    } else if (c === '/' && next === '/') {
      while (i < text.length && text[i] !== '\n' && text[i] !== '\r') i++;
    } else if (c === '/' && next === '*') {
      const end = text.indexOf('*/', i + 2);
      if (end < 0) throw new LexError(`unterminated comment at offset ${i}`);
      i = end + 2;
    } else if (c === "'" || c === '"') {
      const start = i;
      i++;
      while (i < text.length && text[i] !== c) i += text[i] === '\\' ? 2 : 1;
      if (i >= text.length) throw new LexError(`unterminated string at offset ${start}`);
      tokens.push({ type: 'string', text: text.slice(start + 1, i), offset: start });
      i++;
    } else if (c === '`') {
      const start = i;
      let name = '';
      i++;
      for (;;) {
        if (i >= text.length) throw new LexError(`unterminated quoted name at offset ${start}`);
        if (text[i] === '`') {
          if (text[i + 1] === '`') {
            name += '`';
            i += 2;
            continue;
          }
          i++;
          break;
        }
        name += text[i++];
      }
      tokens.push({ type: 'quoted', text: name, offset: start });
    } else if (c === '$') {
      const start = i++;
      while (i < text.length && WORD_PART.test(text[i])) i++;
      tokens.push({ type: 'param', text: text.slice(start + 1, i), offset: start });
    } else if (/\d/.test(c)) {
      const start = i;
      while (i < text.length && /[\w.]/.test(text[i]) && !(text[i] === '.' && text[i + 1] === '.')) i++;
      tokens.push({ type: 'number', text: text.slice(start, i), offset: start });
    } else if (WORD_START.test(c)) {
      const start = i;
      while (i < text.length && WORD_PART.test(text[i])) i++;
      tokens.push({ type: 'word', text: text.slice(start, i), offset: start });
    } else {
      tokens.push({ type: 'punct', text: c, offset: i });
      i++;
    }
  }
  return tokens;
}

const isName = (t: Token | undefined) => t !== undefined && (t.type === 'word' || t.type === 'quoted');

export interface Invocation {
  /** Dotted name as Neo4j resolves it, e.g. `apoc.cypher.run`. */
  name: string;
  procedure: boolean;
  offset: number;
}

/**
 * Every namespaced function or procedure the statement invokes: `a.b(`, `a . b (`, `` `a`.`b`( ``,
 * `` `a.b`( `` and `CALL a.b` without parentheses. Property access (`n.name`) is not followed by `(`.
 */
export function invocations(tokens: Token[]): Invocation[] {
  const found: Invocation[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!isName(tokens[i]) || (i > 0 && tokens[i - 1].text === '.' && tokens[i - 1].type === 'punct')) continue;
    const parts = [tokens[i].text];
    let j = i + 1;
    while (tokens[j]?.type === 'punct' && tokens[j].text === '.' && isName(tokens[j + 1])) {
      parts.push(tokens[j + 1].text);
      j += 2;
    }
    const name = parts.join('.');
    const afterCall = i > 0 && tokens[i - 1].type === 'word' && tokens[i - 1].text.toUpperCase() === 'CALL';
    const called = tokens[j]?.type === 'punct' && tokens[j].text === '(';
    if ((name.includes('.') && called) || (afterCall && tokens[j]?.text !== '{')) {
      found.push({ name, procedure: afterCall, offset: tokens[i].offset });
    }
  }
  return found;
}
