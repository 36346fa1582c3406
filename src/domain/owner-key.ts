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

export interface OwnerAccount {
  readonly name: string;
  readonly email: string;
}

// An owner as an import writes it: an account's name or e-mail becomes the
// account's name as it is spelled, so the updates-due list finds its actions;
// anyone else is kept as written.
export function ownerOfAccounts(accounts: readonly OwnerAccount[]): (owner: string) => string {
  const names = new Map<string, string>();
  for (const account of accounts) {
    names.set(ownerKey(account.name), account.name);
    names.set(ownerKey(account.email), account.name);
  }
  return (owner) => names.get(ownerKey(owner)) ?? owner;
}
