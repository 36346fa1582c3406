// npm run create-user -- --email … --name … --role board|staff|admin [--password …]
// Whatever is not given as a flag is asked for; the password without echo.
// Uses the same configuration as the server (DATA_DIR or DATABASE_URL) and
// may run while the server runs.
import { parseArgs } from 'node:util';
import { roles } from '../../src/contract/session';
import { migrateToLatest } from '../db/migrate';
import { parseEnv } from '../env';
import { openDatabase } from '../open-database';
import { minPasswordLength } from '../../src/contract/users';
import { createAccount, NewAccountError } from '../services/new-account';
import { StartupError } from '../startup-error';
import { createPrompter } from './prompt';

const usage = `Usage: npm run create-user -- --email you@example.org --name "Your Name" --role ${roles.join('|')} [--password …]
Missing values are asked for (the password without echo; at least ${minPasswordLength} characters).`;

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      email: { type: 'string' },
      name: { type: 'string' },
      role: { type: 'string' },
      password: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
  });
  if (values.help === true) {
    console.info(usage);
    return;
  }
  const env = parseEnv(process.env);
  const prompter = createPrompter();
  const email = values.email ?? (await prompter.ask('Email: '));
  const name = values.name ?? (await prompter.ask('Name: '));
  const role = values.role ?? (await prompter.ask(`Role (${roles.join(', ')}): `));
  let password = values.password;
  if (password === undefined) {
    password = await prompter.ask(`Password (at least ${minPasswordLength} characters): `, { hidden: true });
    if (process.stdin.isTTY && password !== undefined && (await prompter.ask('Repeat the password: ', { hidden: true })) !== password) {
      throw new StartupError('The two passwords differ; nothing was created.');
    }
  }
  prompter.close();
  const missing = Object.entries({ email, name, role, password }).filter(([, value]) => value === undefined).map(([key]) => `--${key}`);
  if (missing.length > 0) throw new StartupError(`Missing ${missing.join(', ')}.\n${usage}`);

  const { handle, description } = openDatabase(env, { lock: false });
  try {
    await migrateToLatest(handle);
    const created = await createAccount(handle.db, { email, name, role, password }, new Date());
    console.info(`Created the ${created.account.role} account ${created.account.email} (${created.account.name}) in ${description}.`);
  } catch (error) {
    if (error instanceof NewAccountError) throw new StartupError(`Nothing was created: ${error.message}.`);
    throw error;
  } finally {
    await handle.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof StartupError || (error instanceof TypeError && 'code' in error) ? error.message : error);
  process.exit(1);
});
