// R3: the automatic renewal charge the lifecycle asks for (through its port).
import type { Scope } from '../../shared/scope.js';
import { createAutoRenewOrder } from './checkout.service.js';
import { chargeOrder } from './payment.service.js';

/** Creates (or finds) the automatic renewal order of the service and requests its charge; true when a charge was requested. */
export async function chargeAutoRenewal(scope: Scope, input: { serviceId: string }): Promise<boolean> {
  const order = await createAutoRenewOrder(scope, input);
  if (order?.status !== 'AWAITING_PAYMENT') return false;
  await chargeOrder(scope, { orderId: order.id });
  return true;
}
