/** Lowercases and strips diacritics the way the standard-folding analyser does (ł → l included). */
export function fold(text: string): string {
  return text
    .replace(/[łŁ]/g, 'l')
    .replace(/[øØ]/g, 'o')
    .replace(/ß/g, 'ss')
    .replace(/[æÆ]/g, 'ae')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase();
}

/** The key names sort by: folded, so "Dębno" sorts with "Debno", before "Denmark". */
export const sortName = (name: string) => fold(name).trim();
