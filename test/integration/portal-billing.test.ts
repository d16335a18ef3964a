import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Customer } from '../../server/src/domain/customers/customer.entity.js';
import { MemberRole } from '../../server/src/domain/members/member-role.js';
import { graphql } from '../generated/index.js';
import { uniqueEmail } from '../support/factories.js';
import { signedInMember } from '../support/members.js';
import { errorCodes } from '../support/graphql-client.js';
import { customerWithKey } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { payCheckout, settle } from './billing-helpers.js';

const SignUp = graphql(`mutation PortalBillingSignUp($input: SignUpInput!) { signUp(input: $input) { accountId checkoutUrl } }`);
const Invoices = graphql(
  `query PortalBillingInvoices { portalInvoices(page: 1, perPage: 10) { items { number status hostedInvoiceUrl invoicePdfUrl } } }`,
);
const Details = graphql(
  `query PortalBillingDetailsRead { portalBillingDetails { email taxIds { type value country verificationStatus } } }`,
);
const SetEmail = graphql(`mutation PortalBillingSetEmail($email: String!) { portalSetBillingEmail(email: $email) { email } }`);
const SetTaxId = graphql(
  `mutation PortalBillingSetTaxId($input: TaxIdInput!) { portalSetTaxId(input: $input) { taxIds { type value country } } }`,
);
const RemoveTaxId = graphql(`mutation PortalBillingRemoveTaxId { portalRemoveTaxId { taxIds { value } } }`);

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
  });

  it('keeps the invoice email and one tax id on the Stripe customer, checked field by field, and a developer cannot see them', async () => {
    const customerId = await payingCustomer();
    const billing = await signedInMember(app, customerId, MemberRole.BILLING);
    const as = { cookie: billing.cookie };
    const email = uniqueEmail('invoices');
    expect((await app.client.request(SetEmail, { email: ` ${email.toUpperCase()} ` }, as)).data?.portalSetBillingEmail.email).toBe(email);

    const badEmail = await app.client.request(SetEmail, { email: 'not an address' }, as);
    expect(badEmail.errors[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'email' });
    const badType = await app.client.request(SetTaxId, { input: { type: 'xx_vat', value: 'DE123456789' } }, as);
    expect(badType.errors[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'type' });
    const badValue = await app.client.request(SetTaxId, { input: { type: 'eu_vat', value: '12' } }, as);
    expect(badValue.errors[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'value' });
    expect(badValue.errors[0]?.message).toContain('DE123456789');

    const set = await app.client.request(SetTaxId, { input: { type: 'eu_vat', value: 'de 123 456 789' } }, as);
    expect(set.errors).toEqual([]);
    expect(set.data?.portalSetTaxId.taxIds).toEqual([{ type: 'eu_vat', value: 'DE123456789', country: 'DE' }]);
    const replaced = await app.client.request(SetTaxId, { input: { type: 'gb_vat', value: 'GB123456789' } }, as);
    expect(replaced.errors).toEqual([]);
    expect(replaced.data?.portalSetTaxId.taxIds.map((taxId) => taxId.value)).toEqual(['GB123456789']);

    // Shown back from Stripe itself: the real SDK reads what the portal wrote.
    const customer = await app.services.orm.em.fork().findOneOrFail(Customer, customerId);
    const stripe = app.services.billing.gateway.stripe;
    const remote = await stripe.customers.retrieve(customer.stripeCustomerId ?? '');
    expect('email' in remote ? remote.email : null).toBe(email);
    expect((await stripe.customers.listTaxIds(customer.stripeCustomerId ?? '')).data.map((taxId) => taxId.value)).toEqual(['GB123456789']);
    const read = await app.client.request(Details, {}, as);
    expect(read.data?.portalBillingDetails).toMatchObject({
      email,
      taxIds: [{ type: 'gb_vat', value: 'GB123456789', verificationStatus: 'pending' }],
    });

    expect((await app.client.request(RemoveTaxId, {}, as)).data?.portalRemoveTaxId.taxIds).toEqual([]);

    const developer = await signedInMember(app, customerId, MemberRole.DEVELOPER);
    expect(errorCodes(await app.client.request(Details, {}, { cookie: developer.cookie }))).toEqual(['FORBIDDEN']);
    const other = await customerWithKey(app);
    const outsider = await signedInMember(app, other.customer.id, MemberRole.OWNER);
    expect((await app.client.request(Details, {}, { cookie: outsider.cookie })).data?.portalBillingDetails.taxIds).toEqual([]);
  });
});
