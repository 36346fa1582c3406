import { describe, expect, it } from 'vitest';
import { ownerKey, sameOwner } from './owner-key';

describe('owners matched to accounts', () => {
  it('matches a name whatever its case and accents', () => {
    expect(sameOwner('Marisol Gutiérrez', ' marisol GUTIERREZ ')).toBe(true);
    expect(ownerKey('Zoë Ng')).toBe('zoe ng');
  });

  it('does not match another name, or a part of one', () => {
    expect(sameOwner('Ani Petrosyan', 'Ani Petros')).toBe(false);
    expect(sameOwner('Priya Raman', 'Priya Ramanathan')).toBe(false);
  });
});
