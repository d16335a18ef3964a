import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { loadConfig } from '../../platform/config/index.js';
import { openDatabase } from '../db/database.js';
import { AdminRole, createAdminUser, generatePassword, recordAudit } from '../../platform/staff/index.js';

/**
 * `npm run admin:create -- --email a@b.c --role finance [--name "A B"]`: adds a console user and
 * prints its generated password once. Set ADMIN_PASSWORD to choose the password instead.
 */
const { values } = parseArgs({
  options: { email: { type: 'string' }, role: { type: 'string', default: 'admin' }, name: { type: 'string' } },
});
const roles = Object.values(AdminRole) as string[];
if (!values.email || !roles.includes(values.role)) {
  process.stderr.write(`usage: npm run admin:create -- --email <email> --role <${roles.join('|')}> [--name <name>]\n`);
  process.exit(2);
}
const database = await openDatabase(loadConfig(), { migrate: true });
try {
  const em = database.orm.em.fork();
  const password = process.env.ADMIN_PASSWORD ?? generatePassword();
  const admin = await createAdminUser(em, {
    email: values.email,
    name: values.name ?? values.email,
    role: values.role as AdminRole,
    password,
  });
  recordAudit(
    em,
    { principal: null, email: 'cli', ip: null, requestId: null },
    { action: 'admin_user.create', targetType: 'admin_user', targetId: admin.id, after: { email: admin.email, role: admin.role } },
  );
  await em.flush();
  process.stdout.write(
    `created ${admin.email} (${admin.role})${process.env.ADMIN_PASSWORD ? '' : `\npassword: ${password}  (shown once)`}\n`,
  );
} catch (error) {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
} finally {
  await database.close();
}
