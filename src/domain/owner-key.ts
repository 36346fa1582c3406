import { foldText } from './text-keys';

// How an action's owner is matched to an account: the same name whatever its
// case, accents and spacing ("Marisol Gutierrez" owns "Marisol  Gutiérrez"'s actions).
export function ownerKey(name: string): string {
  return foldText(name).trim().replace(/\s+/g, ' ');
}

export function sameOwner(a: string, b: string): boolean {
  return ownerKey(a) === ownerKey(b);
}
