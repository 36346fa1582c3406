import { foldText } from './text-keys';

// How an action's owner is matched to an account: the same name whatever its
// case and accents ("Marisol Gutierrez" owns Marisol Gutiérrez's actions).
// The read model stores this key, so SQL matches as the domain does.
export function ownerKey(name: string): string {
  return foldText(name.trim());
}

export function sameOwner(a: string, b: string): boolean {
  return ownerKey(a) === ownerKey(b);
}
