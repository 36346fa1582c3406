// Text as lists compare and search it. Each is one function of the text
// alone, so the database can store its result and compare it byte by byte
// (binary collation) and agree with the domain to the last tie; a locale's
// collator cannot be reproduced in SQL.

// Case and accents aside: "Zoë" and "ZOE" fold alike.
export function foldText(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase();
}

// The folded text with each run of digits prefixed by its length, so numbers
// compare by value: "Grade 9" before "Grade 10". Leading zeros do not count.
export function textSortKey(text: string): string {
  return foldText(text).replace(/\d+/g, (run) => {
    const digits = run.replace(/^0+(?=\d)/, '');
    return `${String(digits.length).padStart(3, '0')}${digits}`;
  });
}

// UTF-16 units above the surrogates sort before them, though their code
// points are lower; shifting them puts strings in code point order, the
// order of UTF-8 bytes that SQLite and PostgreSQL's "C" collation compare.
const codePointRank = (unit: number): number => (unit < 0xd800 ? unit : unit >= 0xe000 ? unit - 0x800 : unit + 0x2000);

export function compareCodePoints(a: string, b: string): number {
  if (a === b) return 0;
  const length = Math.min(a.length, b.length);
  for (let i = 0; i < length; i += 1) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x !== y) return codePointRank(x) - codePointRank(y);
  }
  return a.length - b.length;
}

// Whether `needle` occurs in text already folded with foldText.
export function includesFolded(foldedHaystack: string, needle: string): boolean {
  return foldedHaystack.includes(foldText(needle));
}
