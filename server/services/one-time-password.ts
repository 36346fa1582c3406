// Letters and digits that cannot be misread when handed over on paper
// (no 0/O, 1/l/I).
const alphabet = 'abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';
const groups = 4;
const groupLength = 4;

// A password to hand to a person once, e.g. "kq7M-ZpX3-…": 16 characters
// (about 92 bits) in groups of four. Web Crypto, so the mock API in the
// browser makes them the same way.
export function oneTimePassword(): string {
  const characters: string[] = [];
  // Bytes of 220 or more are skipped, so every character is equally likely.
  const limit = alphabet.length * Math.floor(256 / alphabet.length);
  while (characters.length < groups * groupLength) {
    for (const byte of crypto.getRandomValues(new Uint8Array(32))) {
      if (byte < limit && characters.length < groups * groupLength) characters.push(alphabet.charAt(byte % alphabet.length));
    }
  }
  return Array.from({ length: groups }, (_, i) => characters.slice(i * groupLength, (i + 1) * groupLength).join('')).join('-');
}
