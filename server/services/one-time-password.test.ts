import { describe, expect, it } from 'vitest';
import { minPasswordLength } from '../../src/contract/users';
import { oneTimePassword } from './one-time-password';

describe('oneTimePassword', () => {
  it('is four groups of four characters that cannot be misread, long enough for the password rule', () => {
    for (let i = 0; i < 200; i += 1) {
      const password = oneTimePassword();
      expect(password).toMatch(/^[a-hjkmnp-zA-HJ-NP-Z2-9]{4}(-[a-hjkmnp-zA-HJ-NP-Z2-9]{4}){3}$/);
      expect(password.length).toBeGreaterThanOrEqual(minPasswordLength);
    }
  });

  it('is different every time and uses the whole alphabet', () => {
    const passwords = Array.from({ length: 500 }, oneTimePassword);
    expect(new Set(passwords).size).toBe(passwords.length);
    expect(new Set(passwords.join('').replaceAll('-', '')).size).toBe(55);
  });
});
