import type { Plan } from '../../../src/contract/plan';
import type { Role } from '../../../src/contract/session';
import { generateSampleData } from '../../../src/domain/sample/generate-sample-data';
import { hashPassword } from '../../services/passwords';
import { createUser } from '../../services/sessions';
import type { DatabaseHandle } from '../connect';
import { insertActionRecords } from '../repository/action-repository';
import { insertBenchmarks } from '../repository/benchmark-repository';
import { bumpDataRevision } from '../repository/data-revision';
import { insertPlan } from '../repository/plan-repository';
import { demoAccounts, demoPassword } from '../../../src/domain/sample/demo-accounts';

export interface SeedOptions {
  plan: Plan;
  today: Date;
  sampleData: boolean;
  demoAccounts: boolean;
  admin?: { email: string; password: string; name?: string; role?: Role } | undefined;
}

export interface SeedReport {
  planLoaded: boolean;
  sampleActions: number;
  usersCreated: string[];
}

// Idempotent: loads only what is missing, so it runs at every start.
export async function seedDatabase(handle: DatabaseHandle, options: SeedOptions): Promise<SeedReport> {
  const report: SeedReport = { planLoaded: false, sampleActions: 0, usersCreated: [] };
  const wanted = [
    ...(options.demoAccounts ? demoAccounts.map((a) => ({ ...a, password: demoPassword })) : []),
    ...(options.admin ? [{ name: options.admin.name ?? 'Administrator', role: options.admin.role ?? 'admin', ...options.admin }] : []),
  ];
  const hashed = await Promise.all(wanted.map(async (user) => ({ ...user, passwordHash: await hashPassword(user.password) })));
  await handle.db.transaction().execute(async (trx) => {
    const now = options.today;
    if ((await trx.selectFrom('plan').select('id').executeTakeFirst()) === undefined) {
      await insertPlan(trx, options.plan);
      report.planLoaded = true;
    }
    if (options.sampleData && (await trx.selectFrom('actions').select('id').limit(1).executeTakeFirst()) === undefined) {
      const sample = generateSampleData(options.plan, options.today);
      await insertActionRecords(trx, sample.actions, now.toISOString());
      if ((await trx.selectFrom('benchmarks').select('id').limit(1).executeTakeFirst()) === undefined) {
        await insertBenchmarks(trx, sample.benchmarks);
      }
      report.sampleActions = sample.actions.length;
    }
    for (const user of hashed) {
      const exists = await trx.selectFrom('users').select('id').where('email', '=', user.email.toLowerCase()).executeTakeFirst();
      if (exists !== undefined) continue;
      await createUser(trx, { email: user.email, name: user.name, role: user.role, passwordHash: user.passwordHash }, now);
      report.usersCreated.push(user.email);
    }
    // A server already running on the same database drops what it kept.
    if (report.planLoaded || report.sampleActions > 0) await bumpDataRevision(trx);
  });
  return report;
}
