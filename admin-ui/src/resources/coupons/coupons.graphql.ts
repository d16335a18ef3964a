import { graphql } from '../../generated';

export const CouponsDocument = graphql(`
  query ConsoleCoupons { coupons { id name percentOff amountOffCents currency duration durationInMonths timesRedeemed createdAt } }
`);

export const CreateCouponDocument = graphql(`
  mutation ConsoleCreateCoupon($input: CouponInput!) { createCoupon(input: $input) { id name } }
`);

export const DeleteCouponDocument = graphql(`
  mutation ConsoleDeleteCoupon($id: ID!) { deleteCoupon(id: $id) }
`);

export const CustomerCouponDocument = graphql(`
  query ConsoleCustomerCoupon($customerId: ID!) {
    customerCoupon(customerId: $customerId) { id name percentOff amountOffCents currency duration durationInMonths }
  }
`);

export const ApplyCouponDocument = graphql(`
  mutation ConsoleApplyCoupon($couponId: ID!, $customerId: ID!, $reason: String!) {
    applyCoupon(couponId: $couponId, customerId: $customerId, reason: $reason) { id }
  }
`);

export const RemoveCouponDocument = graphql(`
  mutation ConsoleRemoveCoupon($customerId: ID!, $reason: String!) { removeCoupon(customerId: $customerId, reason: $reason) }
`);
