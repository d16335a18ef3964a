import { graphql } from '../generated';

export const BillingDetailsDocument = graphql(`
  query PortalBillingDetails { portalBillingDetails { email taxIds { id type value country verificationStatus } } }
`);

export const SetBillingEmailDocument = graphql(`
  mutation PortalSetBillingEmail($email: String!) { portalSetBillingEmail(email: $email) { email taxIds { id type value country verificationStatus } } }
`);

export const SetTaxIdDocument = graphql(`
  mutation PortalSetTaxId($input: TaxIdInput!) { portalSetTaxId(input: $input) { email taxIds { id type value country verificationStatus } } }
`);

export const RemoveTaxIdDocument = graphql(`
  mutation PortalRemoveTaxId { portalRemoveTaxId { email taxIds { id type value country verificationStatus } } }
`);
