import type { SeedSecrets } from './db/seed.js';

/**
 * Credentials made on the first start go to the terminal once, outside the structured log, so
 * they never reach a log store. Later starts print nothing: the secrets are not kept in clear.
 */
export function printFirstRunBanner(url: string, seeded: SeedSecrets, options: { devMail: boolean }): void {
  const lines = [
    `Carlo API: ${url}/graphql    console: ${url}/admin    customer portal: ${url}/portal    pricing and sign-up: ${url}/pricing`,
  ];
  if (options.devMail) lines.push(`Mail is caught by a local SMTP sink (SMTP_URL is unset): read it at ${url}/dev/mail`);
  if (seeded.admin) lines.push(`First super admin: ${seeded.admin.email}  password: ${seeded.admin.password}`);
  if (seeded.demoKey) {
    lines.push(`Demo customer API key: ${seeded.demoKey}`);
    lines.push(
      `Try: curl -s ${url}/graphql -H 'content-type: application/json' -H 'authorization: Bearer ${seeded.demoKey}' -d '{"query":"{ me { id company plan { code } } }"}'`,
    );
  }
  if (seeded.admin || seeded.demoKey) lines.push('These secrets are shown only now. Store them; they cannot be shown again.');
  process.stdout.write(`\n${lines.join('\n')}\n\n`);
}
