import { createCoupon, deleteCoupon, liveCoupon, liveCoupons } from '../billing/coupons.js';
import { listOf, newestFirst } from '../http/list.js';
import { mergeMetadata, optStr } from '../http/params.js';
import type { Route } from '../http/router.js';

export const couponRoutes: Route[] = [
  { method: 'POST', pattern: '/v1/coupons', handler: ({ core, params }) => createCoupon(core, params) },
  { method: 'GET', pattern: '/v1/coupons/:id', handler: ({ core, path }) => liveCoupon(core, path.id) },
  {
    method: 'POST',
    pattern: '/v1/coupons/:id',
    handler: ({ core, path, params }) => {
      // Stripe lets only the name and metadata of a coupon change; its terms are fixed once created.
      const coupon = liveCoupon(core, path.id);
      const name = optStr(params, 'name');
      if (name !== undefined) coupon.name = name;
      coupon.metadata = mergeMetadata(coupon.metadata ?? {}, params);
      core.emit('coupon.updated', coupon);
      return coupon;
    },
  },
  { method: 'DELETE', pattern: '/v1/coupons/:id', handler: ({ core, path }) => deleteCoupon(core, path.id) },
  { method: 'GET', pattern: '/v1/coupons', handler: ({ core, params }) => listOf(newestFirst(liveCoupons(core)), params, '/v1/coupons') },
];
