import type { DatabaseConnection, Dialect, Driver } from 'kysely';

// When a statement fails because the disk is full or the connection died, the
// database has already ended the transaction; Kysely's rollback then fails
// too ("cannot rollback - no transaction is active") and its error replaces
// the one that says what happened. This keeps the first error.
function quietRollback(driver: Driver): Driver {
  const rollbackTransaction = async (connection: DatabaseConnection) => {
    try {
      await driver.rollbackTransaction(connection);
    } catch {
      // The transaction is gone either way; the caller rethrows the real cause.
    }
  };
  return new Proxy(driver, {
    get(target, property) {
      if (property === 'rollbackTransaction') return rollbackTransaction;
      const value: unknown = Reflect.get(target, property);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

export function withQuietRollback(dialect: Dialect): Dialect {
  return {
    createAdapter: () => dialect.createAdapter(),
    createDriver: () => quietRollback(dialect.createDriver()),
    createIntrospector: (db) => dialect.createIntrospector(db),
    createQueryCompiler: () => dialect.createQueryCompiler(),
  };
}
