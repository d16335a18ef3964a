import {
  AdminResumeSubscriptionDocument,
  DunningExtendDocument,
  DunningQueueDocument,
  DunningRetryDocument,
  DunningSuspendDocument,
  DunningWaiveDocument,
} from '../../resources/dunning/dunning.graphql';
import { mutate, query } from '../apollo';

export async function dunningQueue() {
  return (await query(DunningQueueDocument, {})).dunningQueue;
}

export type DunningAction = 'retry' | 'extend' | 'waive' | 'suspend';

/** Runs one queue action and answers the server's sentence about what happened. */
export async function runDunningAction(action: DunningAction, id: string, reason: string, days: number): Promise<string> {
  switch (action) {
    case 'retry':
      return (await mutate(DunningRetryDocument, { id, reason })).dunningRetryNow.message;
    case 'extend':
      return (await mutate(DunningExtendDocument, { id, days, reason })).dunningExtendGrace.message;
    case 'waive':
      return (await mutate(DunningWaiveDocument, { id, reason })).dunningWaive.message;
    case 'suspend':
      return (await mutate(DunningSuspendDocument, { id, reason })).dunningSuspend.message;
  }
}

export async function resumeSubscription(customerId: string) {
  return (await mutate(AdminResumeSubscriptionDocument, { customerId })).adminResumeSubscription;
}
