import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Customer } from '../../server/src/domain/customers/customer.entity.js';
import { MemberRole } from '../../server/src/domain/members/member-role.js';
import { graphql } from '../generated/index.js';
import { uniqueEmail } from '../support/factories.js';
import { signedInMember } from '../support/members.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { payCheckout, settle } from './billing-helpers.js';

const SignUp = graphql(`mutation PortalBillingSignUp($input: SignUpInput!) { signUp(input: $input) { accountId checkoutUrl } }`);
const Invoices = graphql(
  `query PortalBillingInvoices { portalInvoices(page: 1, perPage: 10) { items { number status hostedInvoiceUrl invoicePdfUrl } } }`,
);

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
}, 180_000);
afterAll(async () => {
  await app?.close();
});

/** A customer who signed up for starter and paid Checkout, so Stripe has finalized its first invoice. */
async function payingCustomer(): Promise<string> {
  const response = await app.client.request(SignUp, {
    input: { company: 'Portal Billing Co', email: uniqueEmail('portal-billing'), plan: 'starter' },
  });
  expect(response.errors).toEqual([]);
  expect(await payCheckout(response.data?.signUp.checkoutUrl ?? '')).toBe(303);
  await settle(app);
  return response.data?.signUp.accountId ?? '';
}

describe('portal billing', () => {
  it("lists each finalized invoice with Stripe's hosted page and a PDF that opens", async () => {
    const customerId = await payingCustomer();
    const billing = await signedInMember(app, customerId, MemberRole.BILLING);
    const listed = await app.client.request(Invoices, {}, { cookie: billing.cookie });
    const invoice = listed.data?.portalInvoices.items.find((item) => item.status === 'paid');
    expect(invoice?.hostedInvoiceUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/invoice\/in_/);
    expect(invoice?.invoicePdfUrl).toBe(`${invoice?.hostedInvoiceUrl}/pdf`);

    const page = await fetch(invoice?.hostedInvoiceUrl ?? '');
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain(`Invoice ${invoice?.number}`);
    expect(html).toContain('Download PDF');

    const pdf = await fetch(invoice?.invoicePdfUrl ?? '');
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    const bytes = Buffer.from(await pdf.arrayBuffer());
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const text = bytes.toString('latin1');
    expect(text).toContain(`(Invoice ${invoice?.number}) '`);
    expect(text.trimEnd().endsWith('%%EOF')).toBe(true);
    // The cross-reference table points at the first object: a reader opens the file without repairing it.
    const xrefAt = Number(/startxref\n(\d+)/.exec(text)?.[1]);
    expect(text.slice(xrefAt, xrefAt + 4)).toBe('xref');
    const firstObject = Number(/xref\n0 \d+\n0000000000 65535 f \n(\d{10})/.exec(text)?.[1]);
    expect(text.slice(firstObject, firstObject + 7)).toBe('1 0 obj');
    expect(await app.services.orm.em.fork().count(Customer, { id: customerId })).toBe(1);
  });
});
