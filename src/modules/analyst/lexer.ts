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

const WORD_START = /[\p{L}_]/u;
const WORD_PART = /[\p{L}\p{N}_$]/u;

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    const next = text[i + 1];
    if (/\s/.test(c)) {
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
