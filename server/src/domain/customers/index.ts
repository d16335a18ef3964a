/** The domain/customers module's public surface: other modules import only what is listed here. */
export { CustomerAdminService } from './customer-admin.service.js';
export { CustomerListArgs } from './customer-list.args.js';
export { Customer, CustomerStatus } from './customer.entity.js';
export type { CustomerAddress, CustomerOverrides } from './customer.entity.js';
export { editProfile } from './customer-profile.js';
export { CustomerAddressInput, CustomerProfileInput } from './customer-profile.input.js';
export { addCustomer } from './customer.service.js';
export { CustomerAddressType, CustomerPage, CustomerType } from './customer.type.js';
export { MAX_LOW_BALANCE_THRESHOLD_CREDITS, linkStripeCustomer, setLowBalanceThreshold, setOverrides } from './customer-writes.js';
