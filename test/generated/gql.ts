/* eslint-disable */
import * as types from './graphql.js';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "query BillingOpsCollection { pastDueCents revenueMetrics(months: 1) { month paymentSuccessRate } }": typeof types.BillingOpsCollectionDocument,
    "mutation BillingOpsSignUp($input: SignUpInput!) { signUp(input: $input) { accountId checkoutUrl } }": typeof types.BillingOpsSignUpDocument,
    "mutation ConsoleInvoicesSignUp($input: SignUpInput!) { signUp(input: $input) { accountId checkoutUrl } }": typeof types.ConsoleInvoicesSignUpDocument,
    "mutation ConsoleInvoicesCreateBySupport($customerId: ID!, $input: ManualInvoiceInput!, $reason: String!) { adminCreateInvoice(customerId: $customerId, input: $input, reason: $reason) { id } }": typeof types.ConsoleInvoicesCreateBySupportDocument,
    "mutation ConsoleInvoicesCredit($id: ID!, $amountCents: Int!, $reason: String!) { adminCreditInvoice(id: $id, amountCents: $amountCents, reason: $reason) { id amountDueCents } }": typeof types.ConsoleInvoicesCreditDocument,
    "mutation BrowserKeyRunWithId($input: SimulationInput!) { runSimulation(input: $input) { runId } }": typeof types.BrowserKeyRunWithIdDocument,
    "mutation BrowserPricesCreate($input: CreatePlanInput!) { createPlan(input: $input) { id } }": typeof types.BrowserPricesCreateDocument,
    "mutation BrowserPricesSync { syncPlansToStripe { plans } }": typeof types.BrowserPricesSyncDocument,
    "mutation BrowserPricesArchive($code: String!) { updatePlan(code: $code, input: { active: false }) { active } }": typeof types.BrowserPricesArchiveDocument,
    "mutation ConsoleDownloadRun($input: SimulationInput!) { runSimulation(input: $input) { runId } }": typeof types.ConsoleDownloadRunDocument,
    "query BrowserKeyMe { me { id access { level reason } } }": typeof types.BrowserKeyMeDocument,
    "query BrowserKeyList { apiKeys(page: 1, perPage: 5) { totalCount } }": typeof types.BrowserKeyListDocument,
    "mutation BrowserKeyRun($input: SimulationInput!) { runSimulation(input: $input) { iterationsRun } }": typeof types.BrowserKeyRunDocument,
    "query BrowserKeyCredits { me { credits { prepaidRemaining } } }": typeof types.BrowserKeyCreditsDocument,
    "query BrowserKeyPlan { me { plan { code } } }": typeof types.BrowserKeyPlanDocument,
    "mutation PortalBrowserBillingSignUp($input: SignUpInput!) { signUp(input: $input) { checkoutUrl } }": typeof types.PortalBrowserBillingSignUpDocument,
    "mutation PortalBrowserRun($input: SimulationInput!) { runSimulation(input: $input) { iterationsRun } }": typeof types.PortalBrowserRunDocument,
    "mutation PortalBrowserSignUp($input: SignUpInput!) { signUp(input: $input) { checkoutUrl } }": typeof types.PortalBrowserSignUpDocument,
    "query PortalBrowserKeyGrace { apiKeys(perPage: 10) { items { id graceUntil } } }": typeof types.PortalBrowserKeyGraceDocument,
    "query StorefrontBrowserAccess { me { plan { code } access { level } } }": typeof types.StorefrontBrowserAccessDocument,
    "mutation StartSpreadJob($input: SimulationInput!) { startSimulation(input: $input) { id } }": typeof types.StartSpreadJobDocument,
    "mutation CancelSpreadJob($id: ID!) { cancelSimulation(id: $id) { status iterationsRun } }": typeof types.CancelSpreadJobDocument,
    "mutation StartCrashJob($input: SimulationInput!) { startSimulation(input: $input) { id } }": typeof types.StartCrashJobDocument,
    "query CrashJobStatus($id: ID!) {\n  simulation(id: $id) { status progress attempts result { runId iterationsRun outputs { mean std percentiles { value } histogram { counts } } } }\n}": typeof types.CrashJobStatusDocument,
    "mutation RunCrashComparison($input: SimulationInput!) {\n  runSimulation(input: $input) { runId iterationsRun outputs { mean std percentiles { value } histogram { counts } } }\n}": typeof types.RunCrashComparisonDocument,
    "\n  mutation WorkerCreateEndpoint($url: String!, $eventTypes: [String!]!) {\n    createWebhookEndpoint(url: $url, eventTypes: $eventTypes) { endpoint { id } }\n  }\n": typeof types.WorkerCreateEndpointDocument,
    "mutation WorkerSendTest($endpointId: ID!) { sendTestWebhook(endpointId: $endpointId) }": typeof types.WorkerSendTestDocument,
    "\n  query AlertsList($status: AdminAlertStatus, $kind: AdminAlertKind) {\n    adminAlerts(status: $status, kind: $kind, perPage: 100) { totalCount items { id kind status subject customerId acknowledgedByEmail acknowledgementNote details } }\n  }\n": typeof types.AlertsListDocument,
    "\n  mutation AlertsAcknowledge($id: ID!, $note: String!) {\n    acknowledgeAdminAlert(id: $id, note: $note) { id status acknowledgedByEmail acknowledgementNote closedAt }\n  }\n": typeof types.AlertsAcknowledgeDocument,
    "mutation AlertsOptIn($enabled: Boolean!) { setMyAlertEmails(enabled: $enabled) { id alertEmails } }": typeof types.AlertsOptInDocument,
    "mutation Login($email: String!, $password: String!) { adminLogin(email: $email, password: $password) { admin { email role } expiresAt } }": typeof types.LoginDocument,
    "mutation Logout { adminLogout }": typeof types.LogoutDocument,
    "query AdminMe { adminMe { email role } }": typeof types.AdminMeDocument,
    "mutation Suspend($id: ID!, $reason: String!) { suspendCustomer(id: $id, reason: $reason) { id status suspendedReason } }": typeof types.SuspendDocument,
    "mutation Reinstate($id: ID!) { reinstateCustomer(id: $id) { id status } }": typeof types.ReinstateDocument,
    "mutation CreateAdmin($input: CreateAdminUserInput!) { createAdminUser(input: $input) { id email role } }": typeof types.CreateAdminDocument,
    "mutation UpdateAdmin($id: ID!, $role: AdminRole, $disabled: Boolean) { updateAdminUser(id: $id, role: $role, disabled: $disabled) { id role disabled } }": typeof types.UpdateAdminDocument,
    "query AccountAccess { me { access { level reason advice } } }": typeof types.AccountAccessDocument,
    "query KeysOfAccount { apiKeys { totalCount } }": typeof types.KeysOfAccountDocument,
    "query AuditLog($targetId: String) { auditLog(targetId: $targetId) { totalCount items { action actorEmail targetType targetId before after } } }": typeof types.AuditLogDocument,
    "mutation AdminActionsSignUp($input: SignUpInput!) { signUp(input: $input) { accountId checkoutUrl apiKey { secret } } }": typeof types.AdminActionsSignUpDocument,
    "query AdminActionsMe { me { plan { code includedCredits maxIterationsSync } access { level reason } } }": typeof types.AdminActionsMeDocument,
    "query AdminActionsPreview($customerId: ID!, $plan: String!) { adminPreviewPlanChange(customerId: $customerId, plan: $plan) { immediate prorationCents includedCreditsChange to { code } } }": typeof types.AdminActionsPreviewDocument,
    "mutation AdminActionsChangePlan($customerId: ID!, $plan: String!) { adminChangePlan(customerId: $customerId, plan: $plan) { immediate prorationCents from { code } to { code } } }": typeof types.AdminActionsChangePlanDocument,
    "query AdminActionsUndoPreview($customerId: ID!, $plan: String!) { adminPreviewPlanChange(customerId: $customerId, plan: $plan) { prorationCents nextInvoiceCents releasedPlanCode from { code } to { code } } }": typeof types.AdminActionsUndoPreviewDocument,
    "mutation AdminActionsCancel($customerId: ID!, $atPeriodEnd: Boolean) { adminCancelSubscription(customerId: $customerId, atPeriodEnd: $atPeriodEnd) { id status } }": typeof types.AdminActionsCancelDocument,
    "mutation AdminActionsRetry($id: ID!) { retryOutboxRow(id: $id) { id identifier attempts deadAt sentAt } }": typeof types.AdminActionsRetryDocument,
    "\n  query AdminTestCustomersPage($page: Int!, $perPage: Int!) {\n    customers(page: $page, perPage: $perPage, sortField: CREATED_AT, sortOrder: DESC) {\n      totalCount\n      items { id company currentSubscription { planCode status priceCents } keyCounts { total active } }\n    }\n  }\n": typeof types.AdminTestCustomersPageDocument,
    "\n  query AdminTestKeys($customerId: ID, $perPage: Int!) {\n    adminApiKeys(customerId: $customerId, perPage: $perPage) { totalCount items { id status customerId customer { id company } } }\n  }\n": typeof types.AdminTestKeysDocument,
    "mutation AdminTestRevoke($id: ID!, $reason: String!) { adminRevokeApiKey(id: $id, reason: $reason) { id status revokedAt } }": typeof types.AdminTestRevokeDocument,
    "mutation AdminTestRotate($id: ID!) { adminRotateApiKey(id: $id) { secret apiKey { id status customerId } } }": typeof types.AdminTestRotateDocument,
    "mutation AdminTestSignUp($input: SignUpInput!) { signUp(input: $input) { accountId checkoutUrl } }": typeof types.AdminTestSignUpDocument,
    "query AdminTestMe { me { id } }": typeof types.AdminTestMeDocument,
    "query AdminTestAudit($targetId: String) { auditLog(targetId: $targetId) { items { action actorEmail } } }": typeof types.AdminTestAuditDocument,
    "query AdminTestDashboard { adminDashboard { customersByStatus { key count } activeCustomersByPlan { key count } newCustomersByDay { day count } } }": typeof types.AdminTestDashboardDocument,
    "query AdminTestRevenue($month: String!) { mrrReport(month: $month) { totalMrrCents lineCount groups { key mrrCents } } revenueMetrics(months: 2) { month mrrCents } }": typeof types.AdminTestRevenueDocument,
    "\n  query AdminTestExplorer { adminUsage(days: 7) { byDay { day calls } byOperation { operationName } topCustomers { customerId } } revenueMetrics(months: 1) { month billedCents overageCents } }\n": typeof types.AdminTestExplorerDocument,
    "mutation AdminTestSyncPlans { syncPlansToStripe { plans created } }": typeof types.AdminTestSyncPlansDocument,
    "query AdminTestDrift($customerId: ID, $onlyDrift: Boolean!) { meterDrift(customerId: $customerId, onlyDrift: $onlyDrift) { totalCount items { driftCredits localCredits stripeCredits } } }": typeof types.AdminTestDriftDocument,
    "\n  query AdminTestBilled($from: String!, $to: String!, $groupBy: RevenueGroupBy!) {\n    revenueReport(from: $from, to: $to, groupBy: $groupBy) { billedCents overageCents refundedCents netCents mirrorSubtotalCents invoiceCount lineCount groups { key amountCents } }\n  }\n": typeof types.AdminTestBilledDocument,
    "query Me { me { id company access { level reason } } }": typeof types.MeDocument,
    "query ApiKeys($page: Int!, $perPage: Int!) { apiKeys(page: $page, perPage: $perPage) { totalCount items { id displayPrefix last4 status graceUntil } } }": typeof types.ApiKeysDocument,
    "mutation CreateKey($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret apiKey { id displayPrefix last4 scopes } } }": typeof types.CreateKeyDocument,
    "mutation RotateKey($id: ID!, $graceHours: Int) { rotateApiKey(id: $id, graceHours: $graceHours) { secret apiKey { id } } }": typeof types.RotateKeyDocument,
    "mutation RevokeKey($id: ID!) { revokeApiKey(id: $id) { id status } }": typeof types.RevokeKeyDocument,
    "mutation SignUpForAdmin($input: SignUpInput!) { signUp(input: $input) { accountId checkoutUrl } }": typeof types.SignUpForAdminDocument,
    "query BillingLists($customerId: ID) {\n  subscriptions(customerId: $customerId) { totalCount items { customerId planCode status stripeSubscriptionId } }\n  invoices(customerId: $customerId) { totalCount items { status totalCents amountPaidCents lines { amountCents } } }\n  stripeEvents(perPage: 5) { totalCount items { id type status } }\n  outbox(status: \"pending\") { totalCount }\n}": typeof types.BillingListsDocument,
    "query InvoicesOnly($customerId: ID) { invoices(customerId: $customerId) { totalCount } }": typeof types.InvoicesOnlyDocument,
    "mutation Replay($id: ID!) { replayStripeEvent(id: $id) { id status } }": typeof types.ReplayDocument,
    "mutation SignUpPaid($input: SignUpInput!) { signUp(input: $input) { accountId checkoutUrl apiKey { secret } } }": typeof types.SignUpPaidDocument,
    "query Access { me { plan { code } access { level reason advice } } }": typeof types.AccessDocument,
    "mutation RunTiny($input: SimulationInput!) { runSimulation(input: $input) { iterationsRun } }": typeof types.RunTinyDocument,
    "mutation Portal { createBillingPortalSession { url } }": typeof types.PortalDocument,
    "mutation Cancel { cancelSubscription { status cancelAtPeriodEnd } }": typeof types.CancelDocument,
    "query Preview($plan: String!) { previewPlanChange(plan: $plan) { immediate prorationCents nextInvoiceCents includedCreditsChange featuresAdded featuresRemoved from { code } to { code } } }": typeof types.PreviewDocument,
    "mutation Change($plan: String!) { changePlan(plan: $plan) { immediate to { code } } }": typeof types.ChangeDocument,
    "mutation BuyCredits($pack: String!) { buyCredits(pack: $pack) { url } }": typeof types.BuyCreditsDocument,
    "mutation OveragePriceOverrides($customerId: ID!, $input: CustomerOverridesInput!) { setCustomerOverrides(customerId: $customerId, input: $input) { overageCentsPer1000Credits } }": typeof types.OveragePriceOverridesDocument,
    "mutation OveragePriceChangePlan($customerId: ID!, $plan: String!) { adminChangePlan(customerId: $customerId, plan: $plan) { immediate overageCredits overageCents } }": typeof types.OveragePriceChangePlanDocument,
    "query WalkPreview($plan: String!) { previewPlanChange(plan: $plan) { immediate prorationCents nextInvoiceCents effectiveAt releasedPlanCode overageCredits overageCents } }": typeof types.WalkPreviewDocument,
    "mutation WalkChange($plan: String!, $previewedAt: DateTime) { changePlan(plan: $plan, previewedAt: $previewedAt) { immediate prorationCents releasedPlanCode to { code } } }": typeof types.WalkChangeDocument,
    "mutation WalkBuyCredits($pack: String!) { buyCredits(pack: $pack) { url } }": typeof types.WalkBuyCreditsDocument,
    "mutation WalkReplay($id: ID!) { replayStripeEvent(id: $id) { id } }": typeof types.WalkReplayDocument,
    "mutation WalkRefund($id: ID!, $amountCents: Int, $reason: String!) { adminRefundInvoice(id: $id, amountCents: $amountCents, reason: $reason) { amountRefundedCents } }": typeof types.WalkRefundDocument,
    "mutation WalkPortal { createBillingPortalSession { url } }": typeof types.WalkPortalDocument,
    "mutation WalkCancel { cancelSubscription { cancelAtPeriodEnd } }": typeof types.WalkCancelDocument,
    "mutation SignUpPlanChanger($input: SignUpInput!) { signUp(input: $input) { accountId checkoutUrl apiKey { secret } } }": typeof types.SignUpPlanChangerDocument,
    "query PreviewChange($plan: String!) { previewPlanChange(plan: $plan) { immediate prorationCents nextInvoiceCents releasedPlanCode from { code } to { code } } }": typeof types.PreviewChangeDocument,
    "mutation ApplyChange($plan: String!) { changePlan(plan: $plan) { immediate prorationCents releasedPlanCode to { code } } }": typeof types.ApplyChangeDocument,
    "query PreviewChangeAt($plan: String!) { previewPlanChange(plan: $plan) { prorationCents nextInvoiceCents effectiveAt } }": typeof types.PreviewChangeAtDocument,
    "mutation ApplyChangeAt($plan: String!, $previewedAt: DateTime) { changePlan(plan: $plan, previewedAt: $previewedAt) { prorationCents effectiveAt } }": typeof types.ApplyChangeAtDocument,
    "query PreviewOverage($plan: String!) { previewPlanChange(plan: $plan) { immediate nextInvoiceCents overageCredits overageCents } }": typeof types.PreviewOverageDocument,
    "mutation RunForCredits($input: SimulationInput!) { runSimulation(input: $input) { iterationsRun } }": typeof types.RunForCreditsDocument,
    "mutation SignUpForPortal($input: SignUpInput!) { signUp(input: $input) { accountId checkoutUrl apiKey { secret } } }": typeof types.SignUpForPortalDocument,
    "mutation PortalSession { createBillingPortalSession { url } }": typeof types.PortalSessionDocument,
    "mutation SignUpForRenewal($input: SignUpInput!) { signUp(input: $input) { accountId checkoutUrl } }": typeof types.SignUpForRenewalDocument,
    "mutation SignUp($input: SignUpInput!) { signUp(input: $input) { accountId checkoutUrl subscriptionStatus access apiKey { secret apiKey { id } } } }": typeof types.SignUpDocument,
    "query MeAccess { me { id plan { code } access { level reason } } }": typeof types.MeAccessDocument,
    "mutation RunSmall($input: SimulationInput!) { runSimulation(input: $input) { iterationsRun } }": typeof types.RunSmallDocument,
    "mutation ExpirySignUp($input: SignUpInput!) { signUp(input: $input) { accountId checkoutUrl apiKey { secret } } }": typeof types.ExpirySignUpDocument,
    "mutation ExpiryCheckout($plan: String!) { createCheckoutSession(plan: $plan) { url } }": typeof types.ExpiryCheckoutDocument,
    "query ExpiryMeAccess { me { plan { code } access { level reason } } }": typeof types.ExpiryMeAccessDocument,
    "query PlansForSdk { plans { code includedCredits } }": typeof types.PlansForSdkDocument,
    "mutation CouponCreate($input: CouponInput!) { createCoupon(input: $input) { id percentOff amountOffCents duration } }": typeof types.CouponCreateDocument,
    "mutation CouponApply($customerId: ID!, $couponId: ID!, $reason: String!) { applyCoupon(customerId: $customerId, couponId: $couponId, reason: $reason) { id } }": typeof types.CouponApplyDocument,
    "mutation CouponRemove($customerId: ID!, $reason: String!) { removeCoupon(customerId: $customerId, reason: $reason) }": typeof types.CouponRemoveDocument,
    "query CouponCurrent($customerId: ID!) { customerCoupon(customerId: $customerId) { id percentOff } }": typeof types.CouponCurrentDocument,
    "query CouponList { coupons { id } }": typeof types.CouponListDocument,
    "query CouponDiscountByKey { discount { name percentOff amountOffCents duration startedAt endsAt } }": typeof types.CouponDiscountByKeyDocument,
    "query CouponDiscountInPortal { portalDiscount { percentOff duration endsAt } }": typeof types.CouponDiscountInPortalDocument,
    "mutation SignUpForPeriods($input: SignUpInput!) { signUp(input: $input) { accountId checkoutUrl apiKey { secret } } }": typeof types.SignUpForPeriodsDocument,
    "query MeCreditsForPeriods { me { access { level } credits { includedCredits includedRemaining prepaidRemaining periodStart } } }": typeof types.MeCreditsForPeriodsDocument,
    "mutation RunForPeriods($input: SimulationInput!) { runSimulation(input: $input) { iterationsRun } }": typeof types.RunForPeriodsDocument,
    "mutation GrantForPeriods($customerId: ID!, $credits: Int!, $reason: String!) {\n  grantCredits(customerId: $customerId, credits: $credits, reason: $reason) { prepaidRemaining }\n}": typeof types.GrantForPeriodsDocument,
    "mutation ChangeForPeriods($plan: String!) { changePlan(plan: $plan) { immediate } }": typeof types.ChangeForPeriodsDocument,
    "mutation WarningsSetLine($credits: Int) { setLowBalanceThreshold(credits: $credits) }": typeof types.WarningsSetLineDocument,
    "mutation WarningsPortalSetLine($credits: Int) { portalSetLowBalanceThreshold(credits: $credits) }": typeof types.WarningsPortalSetLineDocument,
    "query WarningsReadLine { me { lowBalanceThresholdCredits } }": typeof types.WarningsReadLineDocument,
    "query WarningsPortalReadLine { portalOverview { lowBalanceThresholdCredits } }": typeof types.WarningsPortalReadLineDocument,
    "mutation WarningsGrant($customerId: ID!, $credits: Int!, $reason: String!) { grantCredits(customerId: $customerId, credits: $credits, reason: $reason) { prepaidRemaining } }": typeof types.WarningsGrantDocument,
    "mutation WarningsStart($input: SimulationInput!) { startSimulation(input: $input) { id } }": typeof types.WarningsStartDocument,
    "query WarningsQuote($query: String!, $variables: JSONObject) { quote(query: $query, variables: $variables) { credits } }": typeof types.WarningsQuoteDocument,
    "mutation CreditsStartJob($input: SimulationInput!) { startSimulation(input: $input) { id status credits } }": typeof types.CreditsStartJobDocument,
    "query CreditsJobState($id: ID!) { simulation(id: $id) { id status progress iterations iterationsRun attempts } }": typeof types.CreditsJobStateDocument,
    "mutation CreditsCancelJob($id: ID!) { cancelSimulation(id: $id) { id status progress iterations } }": typeof types.CreditsCancelJobDocument,
    "query CreditsProbe { apiKeys(perPage: 1) { totalCount } }": typeof types.CreditsProbeDocument,
    "query MeCredits { me { id credits { includedCredits includedRemaining prepaidRemaining reservedCredits usedCredits overageCredits } } }": typeof types.MeCreditsDocument,
    "query KeysPage($perPage: Int!) { apiKeys(perPage: $perPage) { totalCount items { id } } }": typeof types.KeysPageDocument,
    "query ProbeAndMissingRun($id: ID!) { apiKeys(perPage: 1) { totalCount } simulation(id: $id) { id } }": typeof types.ProbeAndMissingRunDocument,
    "mutation Grant($customerId: ID!, $credits: Int!, $reason: String!) { grantCredits(customerId: $customerId, credits: $credits, reason: $reason) { prepaidRemaining } }": typeof types.GrantDocument,
    "query Quote($query: String!, $variables: JSONObject) { quote(query: $query, variables: $variables) { credits coveredCredits overageCredits overageCents listPriceCents refusal } }": typeof types.QuoteDocument,
    "query MailsPreferences { notificationPreferences { category enabled } }": typeof types.MailsPreferencesDocument,
    "mutation MailsSetPreference($category: String!, $enabled: Boolean!) {\n    setNotificationPreference(category: $category, enabled: $enabled) { category enabled }\n  }": typeof types.MailsSetPreferenceDocument,
    "mutation ClockSignUp($input: SignUpInput!) { signUp(input: $input) { accountId checkoutUrl } }": typeof types.ClockSignUpDocument,
    "mutation ProfileSignUp($input: SignUpInput!) { signUp(input: $input) { accountId checkoutUrl } }": typeof types.ProfileSignUpDocument,
    "\n  mutation ProfileUpdate($id: ID!, $input: CustomerProfileInput!) {\n    adminUpdateCustomer(id: $id, input: $input) {\n      id company email billingEmail taxId notes tags stripeCustomerId\n      address { line1 line2 city state postalCode country }\n    }\n  }\n": typeof types.ProfileUpdateDocument,
    "\n  query ProfileTimeline($customerId: ID!) { customerTimeline(customerId: $customerId) { at kind title actor targetType targetId } }\n": typeof types.ProfileTimelineDocument,
    "\n  mutation ProfileIssueKey($customerId: ID!, $input: CreateApiKeyInput!, $reason: String!) {\n    adminIssueApiKey(customerId: $customerId, input: $input, reason: $reason) { secret apiKey { id name customerId createdBy status } }\n  }\n": typeof types.ProfileIssueKeyDocument,
    "query ProfileMe { me { id company } }": typeof types.ProfileMeDocument,
    "\n  query DunningQueue {\n    dunningQueue {\n      subscriptionId customerId company status pastDueSince invoiceId amountDueCents attemptCount nextAttemptAt remainingAttempts\n      degradesAt daysToDegradation suspendsAt daysToSuspension graceExtendedUntil customerStatus\n    }\n  }\n": typeof types.DunningQueueDocument,
    "mutation DunningRetry($id: ID!, $reason: String!) { dunningRetryNow(subscriptionId: $id, reason: $reason) { message } }": typeof types.DunningRetryDocument,
    "mutation DunningExtend($id: ID!, $days: Int!, $reason: String!) { dunningExtendGrace(subscriptionId: $id, days: $days, reason: $reason) { message } }": typeof types.DunningExtendDocument,
    "mutation DunningWaive($id: ID!, $reason: String!) { dunningWaive(subscriptionId: $id, reason: $reason) { message } }": typeof types.DunningWaiveDocument,
    "mutation DunningSuspend($id: ID!, $reason: String!) { dunningSuspend(subscriptionId: $id, reason: $reason) { message } }": typeof types.DunningSuspendDocument,
    "mutation DunningVoid($id: ID!, $reason: String!) { adminVoidInvoice(id: $id, reason: $reason) { id status amountDueCents } }": typeof types.DunningVoidDocument,
    "mutation DunningWriteOff($id: ID!, $reason: String!) { adminMarkInvoiceUncollectible(id: $id, reason: $reason) { id status } }": typeof types.DunningWriteOffDocument,
    "mutation DunningCancel($customerId: ID!) { adminCancelSubscription(customerId: $customerId, atPeriodEnd: true) { cancelAtPeriodEnd } }": typeof types.DunningCancelDocument,
    "mutation DunningResume($customerId: ID!) { adminResumeSubscription(customerId: $customerId) { id } }": typeof types.DunningResumeDocument,
    "mutation DunningSetPreference($category: String!, $enabled: Boolean!) {\n    setNotificationPreference(category: $category, enabled: $enabled) { category enabled }\n  }": typeof types.DunningSetPreferenceDocument,
    "mutation IdempotentRun($input: SimulationInput!) { runSimulation(input: $input) { runId iterationsRun } }": typeof types.IdempotentRunDocument,
    "mutation IdempotentCreateKey($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret apiKey { id } } }": typeof types.IdempotentCreateKeyDocument,
    "\n  query InvoiceDetailTest($id: ID!) {\n    adminInvoice(id: $id) {\n      invoice { id amountRefundedCents }\n      lines { id kind amountCents operations { operationName calls overageCredits } }\n      payments { amountCents paidAt }\n      refunds { amountCents actorEmail reason }\n    }\n  }\n": typeof types.InvoiceDetailTestDocument,
    "mutation InvoiceOpsSignUp($input: SignUpInput!) { signUp(input: $input) { accountId checkoutUrl } }": typeof types.InvoiceOpsSignUpDocument,
    "mutation InvoiceOpsRefund($id: ID!, $amountCents: Int, $reason: String!) { adminRefundInvoice(id: $id, amountCents: $amountCents, reason: $reason) { id status amountPaidCents amountRefundedCents } }": typeof types.InvoiceOpsRefundDocument,
    "mutation InvoiceOpsVoid($id: ID!, $reason: String!) { adminVoidInvoice(id: $id, reason: $reason) { id status } }": typeof types.InvoiceOpsVoidDocument,
    "mutation InvoiceOpsUncollectible($id: ID!, $reason: String!) { adminMarkInvoiceUncollectible(id: $id, reason: $reason) { id status } }": typeof types.InvoiceOpsUncollectibleDocument,
    "mutation InvoiceOpsCredit($id: ID!, $amountCents: Int!, $refundCents: Int, $reason: String!) { adminCreditInvoice(id: $id, amountCents: $amountCents, refundCents: $refundCents, reason: $reason) { id status amountDueCents amountRefundedCents } }": typeof types.InvoiceOpsCreditDocument,
    "query InvoiceOpsReport($from: String!, $to: String!) { revenueReport(from: $from, to: $to) { billedCents refundedCents creditedCents netCents mirrorSubtotalCents } }": typeof types.InvoiceOpsReportDocument,
    "mutation ManualInvoiceSignUp($input: SignUpInput!) { signUp(input: $input) { accountId checkoutUrl } }": typeof types.ManualInvoiceSignUpDocument,
    "mutation ManualInvoiceCreate($customerId: ID!, $input: ManualInvoiceInput!, $reason: String!) { adminCreateInvoice(customerId: $customerId, input: $input, reason: $reason) { id stripeInvoiceId number status billingReason totalCents amountDueCents amountPaidCents lines { description quantity amountCents } } }": typeof types.ManualInvoiceCreateDocument,
    "mutation ManualInvoiceCredit($id: ID!, $amountCents: Int!, $refundCents: Int, $reason: String!) { adminCreditInvoice(id: $id, amountCents: $amountCents, refundCents: $refundCents, reason: $reason) { id creditNotes { number amountCents refundCents balanceCents status memo } } }": typeof types.ManualInvoiceCreditDocument,
    "query ManualInvoiceList($customerId: ID, $hasOverage: Boolean) { invoices(customerId: $customerId, hasOverage: $hasOverage, perPage: 50) { totalCount items { id billingReason status creditNotes { stripeCreditNoteId amountCents } } } }": typeof types.ManualInvoiceListDocument,
    "query ManualInvoiceReport($from: String!, $to: String!) { revenueReport(from: $from, to: $to, groupBy: CUSTOMER) { groups { key amountCents overageCents } } }": typeof types.ManualInvoiceReportDocument,
    "mutation ManualInvoiceVoidNote($id: ID!, $reason: String!) { adminVoidCreditNote(id: $id, reason: $reason) { id status amountDueCents creditNotes { id status } } }": typeof types.ManualInvoiceVoidNoteDocument,
    "query ManualInvoiceNotes($id: ID!) { adminInvoice(id: $id) { invoice { creditNotes { id status refundCents } } } }": typeof types.ManualInvoiceNotesDocument,
    "mutation ManualInvoiceReplay($id: ID!) { replayStripeEvent(id: $id) { id status } }": typeof types.ManualInvoiceReplayDocument,
    "query ManualInvoiceMrr($month: String!) { mrrReport(month: $month) { lines { customerId mrrCents } } }": typeof types.ManualInvoiceMrrDocument,
    "mutation MembersSignUp($input: SignUpInput!) { signUp(input: $input) { accountId apiKey { secret } member { email role emailVerified } } }": typeof types.MembersSignUpDocument,
    "query MembersPortalMe { portalMe { accountId company member { id email role emailVerified invitationPending } } }": typeof types.MembersPortalMeDocument,
    "mutation MembersVerify($token: String!) { verifyMemberEmail(token: $token) }": typeof types.MembersVerifyDocument,
    "mutation MembersSignOut { memberSignOut }": typeof types.MembersSignOutDocument,
    "mutation MembersRequestReset($email: String!) { requestPasswordReset(email: $email) }": typeof types.MembersRequestResetDocument,
    "mutation MembersReset($token: String!, $password: String!) { resetPassword(token: $token, password: $password) }": typeof types.MembersResetDocument,
    "mutation MembersInvite($email: String!, $role: MemberRole!) { inviteMember(email: $email, role: $role) { id email role invitationPending } }": typeof types.MembersInviteDocument,
    "mutation MembersAccept($token: String!, $password: String!) { acceptInvitation(token: $token, password: $password) { me { accountId member { role } } } }": typeof types.MembersAcceptDocument,
    "query MembersTeam { teamMembers { id email role invitationPending } }": typeof types.MembersTeamDocument,
    "mutation MembersRemove($id: ID!) { removeMember(id: $id) }": typeof types.MembersRemoveDocument,
    "mutation MembersClaim($email: String!) { claimAccount(email: $email) }": typeof types.MembersClaimDocument,
    "query WalkRevenue($from: String!, $to: String!) { revenueReport(from: $from, to: $to, groupBy: CUSTOMER) { groups { key amountCents } } }": typeof types.WalkRevenueDocument,
    "query WalkMrr($month: String!) { mrrReport(month: $month, groupBy: CUSTOMER) { groups { key mrrCents } } }": typeof types.WalkMrrDocument,
    "mutation WalkSignUp($input: SignUpInput!) { signUp(input: $input) { accountId checkoutUrl apiKey { secret } } }": typeof types.WalkSignUpDocument,
    "mutation WalkOverrides($customerId: ID!, $input: CustomerOverridesInput!) { setCustomerOverrides(customerId: $customerId, input: $input) { includedCredits } }": typeof types.WalkOverridesDocument,
    "mutation WalkRun($input: SimulationInput!) { runSimulation(input: $input) { iterationsRun } }": typeof types.WalkRunDocument,
    "query WalkAccess { me { plan { code } access { level reason } } }": typeof types.WalkAccessDocument,
    "\n  mutation CreatePlanTest($input: CreatePlanInput!) {\n    createPlan(input: $input) { id code name priceCents includedCredits overageCentsPer1000Credits }\n  }\n": typeof types.CreatePlanTestDocument,
    "\n  query PlanCreateAuditTest($targetId: String) { auditLog(targetId: $targetId) { items { action actorEmail } } }\n": typeof types.PlanCreateAuditTestDocument,
    "\n  query AllPlansAfterCreateTest { allPlans { code } }\n": typeof types.AllPlansAfterCreateTestDocument,
    "mutation PriceVersionsCreate($input: CreatePlanInput!) { createPlan(input: $input) { code } }": typeof types.PriceVersionsCreateDocument,
    "mutation PriceVersionsSync { syncPlansToStripe { plans } }": typeof types.PriceVersionsSyncDocument,
    "\n  mutation PriceVersionsUpdate($code: String!, $input: UpdatePlanInput!) { updatePlan(code: $code, input: $input) { priceCents active } }\n": typeof types.PriceVersionsUpdateDocument,
    "\n  query PriceVersionsList($planCode: String!) {\n    planPriceVersions(planCode: $planCode) { version priceCents overageCentsPer1000Credits stripeBasePriceId stripeMeteredPriceId subscribers current }\n  }\n": typeof types.PriceVersionsListDocument,
    "\n  query PriceVersionsPreview($planCode: String!) {\n    previewPlanPriceMigration(planCode: $planCode) {\n      planCode targetVersion count\n      subscriptions { customerId company currentVersion currentPriceCents newPriceCents effectiveAt }\n    }\n  }\n": typeof types.PriceVersionsPreviewDocument,
    "\n  mutation PriceVersionsMigrate($planCode: String!, $reason: String!) {\n    migratePlanSubscribers(planCode: $planCode, reason: $reason) { targetVersion count subscriptions { customerId } }\n  }\n": typeof types.PriceVersionsMigrateDocument,
    "\n  query PriceVersionsMrr($month: String!) { mrrReport(month: $month, groupBy: CUSTOMER) { groups { key mrrCents } } }\n": typeof types.PriceVersionsMrrDocument,
    "query PriceVersionsAudit($targetId: String) { auditLog(targetId: $targetId) { items { action actorEmail } } }": typeof types.PriceVersionsAuditDocument,
    "mutation PortalBillingSignUp($input: SignUpInput!) { signUp(input: $input) { accountId checkoutUrl } }": typeof types.PortalBillingSignUpDocument,
    "query PortalBillingInvoices { portalInvoices(page: 1, perPage: 10) { items { number status hostedInvoiceUrl invoicePdfUrl } } }": typeof types.PortalBillingInvoicesDocument,
    "query PortalBillingDetailsRead { portalBillingDetails { email taxIds { type value country verificationStatus } } }": typeof types.PortalBillingDetailsReadDocument,
    "mutation PortalBillingSetEmail($email: String!) { portalSetBillingEmail(email: $email) { email } }": typeof types.PortalBillingSetEmailDocument,
    "mutation PortalBillingSetTaxId($input: TaxIdInput!) { portalSetTaxId(input: $input) { taxIds { type value country } } }": typeof types.PortalBillingSetTaxIdDocument,
    "mutation PortalBillingRemoveTaxId { portalRemoveTaxId { taxIds { value } } }": typeof types.PortalBillingRemoveTaxIdDocument,
    "\n  query PortalTestNextInvoice {\n    portalOverview {\n      subscription { cancelAtPeriodEnd currentPeriodEnd }\n      nextInvoice { dueAt planCode baseCents overageCredits overageCents totalCents currency }\n    }\n  }\n": typeof types.PortalTestNextInvoiceDocument,
    "query PortalTestPlanPrices { plans { code priceCents } }": typeof types.PortalTestPlanPricesDocument,
    "mutation PortalTestEstimateSignUp($input: SignUpInput!) { signUp(input: $input) { checkoutUrl } }": typeof types.PortalTestEstimateSignUpDocument,
    "mutation PortalTestEstimateChange($plan: String!) { portalChangePlan(plan: $plan) { immediate } }": typeof types.PortalTestEstimateChangeDocument,
    "mutation PortalTestEstimateCancel { portalCancelSubscription { cancelAtPeriodEnd } }": typeof types.PortalTestEstimateCancelDocument,
    "query PortalTestOverview { portalOverview { plan { code } access { level } credits { usedCredits } usageByDay { calls rows { group calls } } } }": typeof types.PortalTestOverviewDocument,
    "query PortalTestKeys { portalApiKeys(page: 1, perPage: 50) { items { id name } } }": typeof types.PortalTestKeysDocument,
    "mutation PortalTestCreateKey($input: CreateApiKeyInput!) { portalCreateApiKey(input: $input) { secret apiKey { id scopes } } }": typeof types.PortalTestCreateKeyDocument,
    "mutation PortalTestRevokeKey($id: ID!) { portalRevokeApiKey(id: $id) { status } }": typeof types.PortalTestRevokeKeyDocument,
    "mutation PortalTestRotateKey($id: ID!) { portalRotateApiKey(id: $id) { secret } }": typeof types.PortalTestRotateKeyDocument,
    "mutation PortalTestCancel { portalCancelSubscription { cancelAtPeriodEnd } }": typeof types.PortalTestCancelDocument,
    "mutation PortalTestResume { portalResumeSubscription { cancelAtPeriodEnd } }": typeof types.PortalTestResumeDocument,
    "query PortalTestEnding { portalOverview { subscription { status cancelAtPeriodEnd } } }": typeof types.PortalTestEndingDocument,
    "mutation PortalTestChangePlan($plan: String!) { portalChangePlan(plan: $plan) { immediate } }": typeof types.PortalTestChangePlanDocument,
    "query PortalTestPacks { creditPacks { code credits priceCents currency } }": typeof types.PortalTestPacksDocument,
    "mutation PortalTestSignUp($input: SignUpInput!) { signUp(input: $input) { checkoutUrl } }": typeof types.PortalTestSignUpDocument,
    "mutation PortalTestStripePortal { portalBillingPortal { url } }": typeof types.PortalTestStripePortalDocument,
    "query PortalTestMe { me { id } }": typeof types.PortalTestMeDocument,
    "mutation PortalTestRun($input: SimulationInput!) { runSimulation(input: $input) { iterationsRun } }": typeof types.PortalTestRunDocument,
    "query QuoteRun($query: String!, $variables: JSONObject) { quote(query: $query, variables: $variables) { credits refusal } }": typeof types.QuoteRunDocument,
    "mutation RunByWork($input: SimulationInput!) { runSimulation(input: $input) { runId iterationsRun } }": typeof types.RunByWorkDocument,
    "query PlansWithWorkCap { plans { code maxWorkUnitsPerRun } }": typeof types.PlansWithWorkCapDocument,
    "query MeId { me { id } }": typeof types.MeIdDocument,
    "mutation LimitedCreateKey($input: CreateApiKeyInput!) { createApiKey(input: $input) { apiKey { id } } }": typeof types.LimitedCreateKeyDocument,
    "mutation RevenueByMonthSignUp($input: SignUpInput!) { signUp(input: $input) { accountId checkoutUrl } }": typeof types.RevenueByMonthSignUpDocument,
    "mutation RevenueByMonthRefund($id: ID!, $amountCents: Int, $reason: String!) { adminRefundInvoice(id: $id, amountCents: $amountCents, reason: $reason) { id amountRefundedCents } }": typeof types.RevenueByMonthRefundDocument,
    "query RevenueByMonthMrr($month: String!) { mrrReport(month: $month, groupBy: CUSTOMER) { totalMrrCents groups { key mrrCents } } revenueMetrics(months: 1) { month mrrCents } }": typeof types.RevenueByMonthMrrDocument,
    "query RevenueByMonthCollection { pastDueCents revenueMetrics(months: 36) { month paymentSuccessRate failedPaymentRecoveryRate } }": typeof types.RevenueByMonthCollectionDocument,
    "query RevenueByMonthCohorts { revenueCohorts(months: 36) { cohort customers retention } }": typeof types.RevenueByMonthCohortsDocument,
    "query RevenueByMonthReport($from: String!, $to: String!) { revenueReport(from: $from, to: $to) { billedCents refundedCents netCents mirrorSubtotalCents } }": typeof types.RevenueByMonthReportDocument,
    "query ClickThroughInvoices($customerId: ID, $issuedMonth: String) { invoices(page: 1, perPage: 50, customerId: $customerId, issuedMonth: $issuedMonth) { totalCount items { id } } }": typeof types.ClickThroughInvoicesDocument,
    "query ClickThroughCustomers($search: String, $planCode: String) { customers(page: 1, perPage: 50, search: $search, planCode: $planCode, sortField: CREATED_AT, sortOrder: DESC) { items { id } } }": typeof types.ClickThroughCustomersDocument,
    "query ClickThroughMargins($from: String!, $to: String!) { customerMargins(from: $from, to: $to) { customerId company revenueCents computeSeconds computeCostCents marginCents marginRate } }": typeof types.ClickThroughMarginsDocument,
    "mutation StoredWithChargeRun($input: SimulationInput!) {\n  runSimulation(input: $input) { runId iterationsRun }\n}": typeof types.StoredWithChargeRunDocument,
    "mutation RunToDownload($input: SimulationInput!) { runSimulation(input: $input) { runId outputs { name mean } } }": typeof types.RunToDownloadDocument,
    "query DownloadLinkOf($id: ID!, $format: ExportFormat!) { simulationDownload(id: $id, format: $format) { path expiresAt } }": typeof types.DownloadLinkOfDocument,
    "query AdminDownloadLinkOf($id: ID!, $format: ExportFormat!) { adminSimulationDownload(id: $id, format: $format) { path expiresAt } }": typeof types.AdminDownloadLinkOfDocument,
    "mutation StartSimulation($input: SimulationInput!) {\n  startSimulation(input: $input) { id status async progress iterations seed reproducibilityKey credits attempts }\n}": typeof types.StartSimulationDocument,
    "query JobStatus($id: ID!) {\n  simulation(id: $id) { id status progress attempts iterationsRun error result { runId reproducibilityKey iterationsRun outputs { mean std percentiles { value } histogram { counts } } sensitivity { inputs { rankCorrelation } } } }\n}": typeof types.JobStatusDocument,
    "mutation CancelJob($id: ID!) { cancelSimulation(id: $id) { id status progress } }": typeof types.CancelJobDocument,
    "mutation RunForComparison($input: SimulationInput!) {\n  runSimulation(input: $input) { runId reproducibilityKey iterationsRun outputs { mean std percentiles { value } histogram { counts } } sensitivity { inputs { rankCorrelation } } }\n}": typeof types.RunForComparisonDocument,
    "mutation RunSimulation($input: SimulationInput!) {\n  runSimulation(input: $input) {\n    runId engineVersion seed reproducibilityKey sampling chunkSize iterationsRequested iterationsRun stoppedEarly warnings\n    autoStop { estimate halfWidth }\n    correlationRepair { repaired inputs spearman pearson }\n    outputs {\n      name count nonFinite mean std skewness kurtosis min max\n      meanConfidenceInterval { level low high }\n      percentiles { percentile value }\n      histogram { edges counts }\n      cdf { value probability }\n      valueAtRisk { level value conditional }\n      exceedance { target probability }\n      convergence { iterations mean ciHalfWidth }\n    }\n    sensitivity { output sampleSize inputs { input rankCorrelation contributionToVariance decileMeans low high } }\n  }\n}": typeof types.RunSimulationDocument,
    "query Simulation($id: ID!) {\n  simulation(id: $id) {\n    id status async progress iterations iterationsRun seed reproducibilityKey engineVersion credits attempts error\n    result {\n      runId engineVersion seed reproducibilityKey sampling chunkSize iterationsRequested iterationsRun stoppedEarly warnings\n      autoStop { estimate halfWidth }\n      correlationRepair { repaired inputs spearman pearson }\n      outputs {\n        name count nonFinite mean std skewness kurtosis min max\n        meanConfidenceInterval { level low high }\n        percentiles { percentile value }\n        histogram { edges counts }\n        cdf { value probability }\n        valueAtRisk { level value conditional }\n        exceedance { target probability }\n        convergence { iterations mean ciHalfWidth }\n      }\n      sensitivity { output sampleSize inputs { input rankCorrelation contributionToVariance decileMeans low high } }\n    }\n  }\n}": typeof types.SimulationDocument,
    "query Simulations($page: Int!, $perPage: Int!, $status: SimulationStatus) {\n  simulations(page: $page, perPage: $perPage, status: $status) { totalCount items { id status iterations result { iterationsRun } } }\n}": typeof types.SimulationsDocument,
    "query ReplayIteration($id: ID!, $iteration: Int!) {\n  replaySimulationIteration(id: $id, iteration: $iteration) { iteration inputs { name value } outputs { name value } }\n}": typeof types.ReplayIterationDocument,
    "query SimulationTestPlans { plans { code } }": typeof types.SimulationTestPlansDocument,
    "mutation CancelSimulationSync($id: ID!) { cancelSimulation(id: $id) { id status } }": typeof types.CancelSimulationSyncDocument,
    "query SpendCapProbe { apiKeys(perPage: 1) { totalCount } }": typeof types.SpendCapProbeDocument,
    "\n  mutation SpendCapSet($keyId: ID!, $capCredits: Int!, $window: SpendCapWindow!, $mode: SpendCapMode!) {\n    setApiKeySpendCap(keyId: $keyId, capCredits: $capCredits, window: $window, mode: $mode) { id spendCapCredits spendCapWindow spendCapMode }\n  }\n": typeof types.SpendCapSetDocument,
    "mutation SpendCapClear($keyId: ID!) { clearApiKeySpendCap(keyId: $keyId) { id spendCapCredits } }": typeof types.SpendCapClearDocument,
    "query StaffMe { adminMe { email totpEnabled passwordChangedAt } }": typeof types.StaffMeDocument,
    "query StaffSessions($adminId: ID) { adminSessions(adminId: $adminId) { id ip current } }": typeof types.StaffSessionsDocument,
    "mutation StaffEndSession($id: ID!) { endAdminSession(id: $id) }": typeof types.StaffEndSessionDocument,
    "mutation StaffChangePassword($current: String!, $next: String!) { changeOwnAdminPassword(currentPassword: $current, newPassword: $next) { email passwordChangedAt } }": typeof types.StaffChangePasswordDocument,
    "mutation StaffResetPassword($id: ID!) { resetAdminPassword(id: $id) { password admin { email } } }": typeof types.StaffResetPasswordDocument,
    "mutation StaffStartTotp { startTotpEnrolment { secret otpauthUri qrSvg } }": typeof types.StaffStartTotpDocument,
    "mutation StaffConfirmTotp($code: String!) { confirmTotpEnrolment(code: $code) { totpEnabled } }": typeof types.StaffConfirmTotpDocument,
    "mutation StaffDisableTotp($password: String!) { disableOwnTotp(password: $password) { totpEnabled } }": typeof types.StaffDisableTotpDocument,
    "mutation StaffClearTotp($id: ID!) { clearAdminTotp(id: $id) { totpEnabled } }": typeof types.StaffClearTotpDocument,
    "query StaffAudit($targetId: String) { auditLog(targetId: $targetId) { items { action } } }": typeof types.StaffAuditDocument,
    "query StorefrontMe { me { company plan { code } access { level } } }": typeof types.StorefrontMeDocument,
    "query StorefrontPortalMe { portalMe { company member { email role emailVerified } } }": typeof types.StorefrontPortalMeDocument,
    "mutation SignUpOnClock($input: SignUpInput!) { signUp(input: $input) { accountId checkoutUrl } }": typeof types.SignUpOnClockDocument,
    "mutation MeteredRun($input: SimulationInput!) { runSimulation(input: $input) { iterationsRun } }": typeof types.MeteredRunDocument,
    "query UsageReport($groupBy: UsageGroupBy!) { usage(groupBy: $groupBy) { calls chargedCredits rows { group calls chargedCredits } } }": typeof types.UsageReportDocument,
    "query UsageCallsOnly { usage { calls } }": typeof types.UsageCallsOnlyDocument,
    "mutation SignUpForOrder($input: SignUpInput!) { signUp(input: $input) { accountId checkoutUrl apiKey { secret } } }": typeof types.SignUpForOrderDocument,
    "mutation BuyPack($pack: String!) { buyCredits(pack: $pack) { url } }": typeof types.BuyPackDocument,
    "mutation CancelForOrder { cancelSubscription { cancelAtPeriodEnd } }": typeof types.CancelForOrderDocument,
    "mutation DeliveriesCreateEndpoint($url: String!, $eventTypes: [String!]!) {\n    createWebhookEndpoint(url: $url, eventTypes: $eventTypes) { signingSecret endpoint { id } }\n  }": typeof types.DeliveriesCreateEndpointDocument,
    "mutation DeliveriesDisable($id: ID!) { updateWebhookEndpoint(id: $id, enabled: false) { id enabled } }": typeof types.DeliveriesDisableDocument,
    "query DeliveriesEndpoints { webhookEndpoints { id enabled failureStreak } }": typeof types.DeliveriesEndpointsDocument,
    "mutation DeliveriesSendTest($endpointId: ID!) { sendTestWebhook(endpointId: $endpointId) }": typeof types.DeliveriesSendTestDocument,
    "mutation DeliveriesResend($id: ID!) { resendWebhookDelivery(id: $id) }": typeof types.DeliveriesResendDocument,
    "query DeliveriesFailure($endpointId: ID!) {\n    webhookDeliveries(endpointId: $endpointId) { items { status attempts lastStatusCode lastError responseExcerpt } }\n  }": typeof types.DeliveriesFailureDocument,
    "query DeliveriesLog($endpointId: ID!, $status: String) {\n    webhookDeliveries(endpointId: $endpointId, status: $status) {\n      totalCount items { id eventId eventType status attempts lastStatusCode lastLatencyMs responseExcerpt nextAttemptAt }\n    }\n  }": typeof types.DeliveriesLogDocument,
    "query WebhookEndpointsList { webhookEndpoints { id url description eventTypes enabled failureStreak } }": typeof types.WebhookEndpointsListDocument,
    "mutation WebhookEndpointsCreate($url: String!, $eventTypes: [String!]!, $description: String) {\n    createWebhookEndpoint(url: $url, eventTypes: $eventTypes, description: $description) { signingSecret endpoint { id url eventTypes enabled } }\n  }": typeof types.WebhookEndpointsCreateDocument,
    "mutation WebhookEndpointsUpdate($id: ID!, $eventTypes: [String!], $enabled: Boolean) {\n    updateWebhookEndpoint(id: $id, eventTypes: $eventTypes, enabled: $enabled) { id eventTypes enabled }\n  }": typeof types.WebhookEndpointsUpdateDocument,
    "mutation WebhookEndpointsRoll($id: ID!) { rollWebhookEndpointSecret(id: $id) { signingSecret endpoint { id } } }": typeof types.WebhookEndpointsRollDocument,
    "mutation WebhookEndpointsDelete($id: ID!) { deleteWebhookEndpoint(id: $id) }": typeof types.WebhookEndpointsDeleteDocument,
    "mutation EventsCreateEndpoint($url: String!, $eventTypes: [String!]!) {\n    createWebhookEndpoint(url: $url, eventTypes: $eventTypes) { signingSecret endpoint { id } }\n  }": typeof types.EventsCreateEndpointDocument,
    "mutation EventsRevokeKey($id: ID!) { revokeApiKey(id: $id) { id status } }": typeof types.EventsRevokeKeyDocument,
    "mutation EventsSignUp($input: SignUpInput!) { signUp(input: $input) { accountId checkoutUrl } }": typeof types.EventsSignUpDocument,
    "mutation EventsStartSimulation($input: SimulationInput!) { startSimulation(input: $input) { id } }": typeof types.EventsStartSimulationDocument,
    "mutation RunForExport($input: SimulationInput!) {\n  runSimulation(input: $input) { runId iterationsRun seed outputs { name mean std min max percentiles { percentile value } histogram { edges counts } } }\n}": typeof types.RunForExportDocument,
    "query ExportWorkbook($id: ID!) { simulationWorkbook(id: $id) { filename contentType base64 sampleCount } }": typeof types.ExportWorkbookDocument,
    "query ExportSipmath($id: ID!) { simulationSipmath(id: $id) }": typeof types.ExportSipmathDocument,
    "mutation RunWorkbook($input: ImportWorkbookInput!) {\n  runWorkbook(input: $input) { runId iterationsRun seed outputs { name count mean } }\n}": typeof types.RunWorkbookDocument,
    "mutation StartWorkbook($input: ImportWorkbookInput!) { startWorkbook(input: $input) { id status credits } }": typeof types.StartWorkbookDocument,
    "query WorkbookRun($id: ID!) { simulation(id: $id) { status credits iterationsRun } }": typeof types.WorkbookRunDocument,
    "query QuoteWorkbook($query: String!, $variables: JSONObject) { quote(query: $query, variables: $variables) { credits refusal } }": typeof types.QuoteWorkbookDocument,
    "mutation ImportWorkbook($input: ImportWorkbookInput!) {\n  importWorkbook(input: $input) { sheet model warnings cells { cell role name excel carlo notes } }\n}": typeof types.ImportWorkbookDocument,
    "mutation RunImported($input: SimulationInput!) {\n  runSimulation(input: $input) { runId iterationsRun outputs { name count mean std percentiles { percentile value } } }\n}": typeof types.RunImportedDocument,
    "query Probe { apiKeys(perPage: 1) { totalCount } }": typeof types.ProbeDocument,
};
const documents: Documents = {
    "query BillingOpsCollection { pastDueCents revenueMetrics(months: 1) { month paymentSuccessRate } }": types.BillingOpsCollectionDocument,
    "mutation BillingOpsSignUp($input: SignUpInput!) { signUp(input: $input) { accountId checkoutUrl } }": types.BillingOpsSignUpDocument,
    "mutation ConsoleInvoicesSignUp($input: SignUpInput!) { signUp(input: $input) { accountId checkoutUrl } }": types.ConsoleInvoicesSignUpDocument,
    "mutation ConsoleInvoicesCreateBySupport($customerId: ID!, $input: ManualInvoiceInput!, $reason: String!) { adminCreateInvoice(customerId: $customerId, input: $input, reason: $reason) { id } }": types.ConsoleInvoicesCreateBySupportDocument,
    "mutation ConsoleInvoicesCredit($id: ID!, $amountCents: Int!, $reason: String!) { adminCreditInvoice(id: $id, amountCents: $amountCents, reason: $reason) { id amountDueCents } }": types.ConsoleInvoicesCreditDocument,
    "mutation BrowserKeyRunWithId($input: SimulationInput!) { runSimulation(input: $input) { runId } }": types.BrowserKeyRunWithIdDocument,
    "mutation BrowserPricesCreate($input: CreatePlanInput!) { createPlan(input: $input) { id } }": types.BrowserPricesCreateDocument,
    "mutation BrowserPricesSync { syncPlansToStripe { plans } }": types.BrowserPricesSyncDocument,
    "mutation BrowserPricesArchive($code: String!) { updatePlan(code: $code, input: { active: false }) { active } }": types.BrowserPricesArchiveDocument,
    "mutation ConsoleDownloadRun($input: SimulationInput!) { runSimulation(input: $input) { runId } }": types.ConsoleDownloadRunDocument,
    "query BrowserKeyMe { me { id access { level reason } } }": types.BrowserKeyMeDocument,
    "query BrowserKeyList { apiKeys(page: 1, perPage: 5) { totalCount } }": types.BrowserKeyListDocument,
    "mutation BrowserKeyRun($input: SimulationInput!) { runSimulation(input: $input) { iterationsRun } }": types.BrowserKeyRunDocument,
    "query BrowserKeyCredits { me { credits { prepaidRemaining } } }": types.BrowserKeyCreditsDocument,
    "query BrowserKeyPlan { me { plan { code } } }": types.BrowserKeyPlanDocument,
    "mutation PortalBrowserBillingSignUp($input: SignUpInput!) { signUp(input: $input) { checkoutUrl } }": types.PortalBrowserBillingSignUpDocument,
    "mutation PortalBrowserRun($input: SimulationInput!) { runSimulation(input: $input) { iterationsRun } }": types.PortalBrowserRunDocument,
    "mutation PortalBrowserSignUp($input: SignUpInput!) { signUp(input: $input) { checkoutUrl } }": types.PortalBrowserSignUpDocument,
    "query PortalBrowserKeyGrace { apiKeys(perPage: 10) { items { id graceUntil } } }": types.PortalBrowserKeyGraceDocument,
    "query StorefrontBrowserAccess { me { plan { code } access { level } } }": types.StorefrontBrowserAccessDocument,
    "mutation StartSpreadJob($input: SimulationInput!) { startSimulation(input: $input) { id } }": types.StartSpreadJobDocument,
    "mutation CancelSpreadJob($id: ID!) { cancelSimulation(id: $id) { status iterationsRun } }": types.CancelSpreadJobDocument,
    "mutation StartCrashJob($input: SimulationInput!) { startSimulation(input: $input) { id } }": types.StartCrashJobDocument,
    "query CrashJobStatus($id: ID!) {\n  simulation(id: $id) { status progress attempts result { runId iterationsRun outputs { mean std percentiles { value } histogram { counts } } } }\n}": types.CrashJobStatusDocument,
    "mutation RunCrashComparison($input: SimulationInput!) {\n  runSimulation(input: $input) { runId iterationsRun outputs { mean std percentiles { value } histogram { counts } } }\n}": types.RunCrashComparisonDocument,
    "\n  mutation WorkerCreateEndpoint($url: String!, $eventTypes: [String!]!) {\n    createWebhookEndpoint(url: $url, eventTypes: $eventTypes) { endpoint { id } }\n  }\n": types.WorkerCreateEndpointDocument,
    "mutation WorkerSendTest($endpointId: ID!) { sendTestWebhook(endpointId: $endpointId) }": types.WorkerSendTestDocument,
    "\n  query AlertsList($status: AdminAlertStatus, $kind: AdminAlertKind) {\n    adminAlerts(status: $status, kind: $kind, perPage: 100) { totalCount items { id kind status subject customerId acknowledgedByEmail acknowledgementNote details } }\n  }\n": types.AlertsListDocument,
    "\n  mutation AlertsAcknowledge($id: ID!, $note: String!) {\n    acknowledgeAdminAlert(id: $id, note: $note) { id status acknowledgedByEmail acknowledgementNote closedAt }\n  }\n": types.AlertsAcknowledgeDocument,
    "mutation AlertsOptIn($enabled: Boolean!) { setMyAlertEmails(enabled: $enabled) { id alertEmails } }": types.AlertsOptInDocument,
    "mutation Login($email: String!, $password: String!) { adminLogin(email: $email, password: $password) { admin { email role } expiresAt } }": types.LoginDocument,
    "mutation Logout { adminLogout }": types.LogoutDocument,
    "query AdminMe { adminMe { email role } }": types.AdminMeDocument,
    "mutation Suspend($id: ID!, $reason: String!) { suspendCustomer(id: $id, reason: $reason) { id status suspendedReason } }": types.SuspendDocument,
    "mutation Reinstate($id: ID!) { reinstateCustomer(id: $id) { id status } }": types.ReinstateDocument,
    "mutation CreateAdmin($input: CreateAdminUserInput!) { createAdminUser(input: $input) { id email role } }": types.CreateAdminDocument,
    "mutation UpdateAdmin($id: ID!, $role: AdminRole, $disabled: Boolean) { updateAdminUser(id: $id, role: $role, disabled: $disabled) { id role disabled } }": types.UpdateAdminDocument,
    "query AccountAccess { me { access { level reason advice } } }": types.AccountAccessDocument,
    "query KeysOfAccount { apiKeys { totalCount } }": types.KeysOfAccountDocument,
    "query AuditLog($targetId: String) { auditLog(targetId: $targetId) { totalCount items { action actorEmail targetType targetId before after } } }": types.AuditLogDocument,
    "mutation AdminActionsSignUp($input: SignUpInput!) { signUp(input: $input) { accountId checkoutUrl apiKey { secret } } }": types.AdminActionsSignUpDocument,
    "query AdminActionsMe { me { plan { code includedCredits maxIterationsSync } access { level reason } } }": types.AdminActionsMeDocument,
    "query AdminActionsPreview($customerId: ID!, $plan: String!) { adminPreviewPlanChange(customerId: $customerId, plan: $plan) { immediate prorationCents includedCreditsChange to { code } } }": types.AdminActionsPreviewDocument,
    "mutation AdminActionsChangePlan($customerId: ID!, $plan: String!) { adminChangePlan(customerId: $customerId, plan: $plan) { immediate prorationCents from { code } to { code } } }": types.AdminActionsChangePlanDocument,
    "query AdminActionsUndoPreview($customerId: ID!, $plan: String!) { adminPreviewPlanChange(customerId: $customerId, plan: $plan) { prorationCents nextInvoiceCents releasedPlanCode from { code } to { code } } }": types.AdminActionsUndoPreviewDocument,
    "mutation AdminActionsCancel($customerId: ID!, $atPeriodEnd: Boolean) { adminCancelSubscription(customerId: $customerId, atPeriodEnd: $atPeriodEnd) { id status } }": types.AdminActionsCancelDocument,
    "mutation AdminActionsRetry($id: ID!) { retryOutboxRow(id: $id) { id identifier attempts deadAt sentAt } }": types.AdminActionsRetryDocument,
    "\n  query AdminTestCustomersPage($page: Int!, $perPage: Int!) {\n    customers(page: $page, perPage: $perPage, sortField: CREATED_AT, sortOrder: DESC) {\n      totalCount\n      items { id company currentSubscription { planCode status priceCents } keyCounts { total active } }\n    }\n  }\n": types.AdminTestCustomersPageDocument,
    "\n  query AdminTestKeys($customerId: ID, $perPage: Int!) {\n    adminApiKeys(customerId: $customerId, perPage: $perPage) { totalCount items { id status customerId customer { id company } } }\n  }\n": types.AdminTestKeysDocument,
    "mutation AdminTestRevoke($id: ID!, $reason: String!) { adminRevokeApiKey(id: $id, reason: $reason) { id status revokedAt } }": types.AdminTestRevokeDocument,
    "mutation AdminTestRotate($id: ID!) { adminRotateApiKey(id: $id) { secret apiKey { id status customerId } } }": types.AdminTestRotateDocument,
    "mutation AdminTestSignUp($input: SignUpInput!) { signUp(input: $input) { accountId checkoutUrl } }": types.AdminTestSignUpDocument,
    "query AdminTestMe { me { id } }": types.AdminTestMeDocument,
    "query AdminTestAudit($targetId: String) { auditLog(targetId: $targetId) { items { action actorEmail } } }": types.AdminTestAuditDocument,
    "query AdminTestDashboard { adminDashboard { customersByStatus { key count } activeCustomersByPlan { key count } newCustomersByDay { day count } } }": types.AdminTestDashboardDocument,
    "query AdminTestRevenue($month: String!) { mrrReport(month: $month) { totalMrrCents lineCount groups { key mrrCents } } revenueMetrics(months: 2) { month mrrCents } }": types.AdminTestRevenueDocument,
    "\n  query AdminTestExplorer { adminUsage(days: 7) { byDay { day calls } byOperation { operationName } topCustomers { customerId } } revenueMetrics(months: 1) { month billedCents overageCents } }\n": types.AdminTestExplorerDocument,
    "mutation AdminTestSyncPlans { syncPlansToStripe { plans created } }": types.AdminTestSyncPlansDocument,
    "query AdminTestDrift($customerId: ID, $onlyDrift: Boolean!) { meterDrift(customerId: $customerId, onlyDrift: $onlyDrift) { totalCount items { driftCredits localCredits stripeCredits } } }": types.AdminTestDriftDocument,
    "\n  query AdminTestBilled($from: String!, $to: String!, $groupBy: RevenueGroupBy!) {\n    revenueReport(from: $from, to: $to, groupBy: $groupBy) { billedCents overageCents refundedCents netCents mirrorSubtotalCents invoiceCount lineCount groups { key amountCents } }\n  }\n": types.AdminTestBilledDocument,
    "query Me { me { id company access { level reason } } }": types.MeDocument,
    "query ApiKeys($page: Int!, $perPage: Int!) { apiKeys(page: $page, perPage: $perPage) { totalCount items { id displayPrefix last4 status graceUntil } } }": types.ApiKeysDocument,
    "mutation CreateKey($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret apiKey { id displayPrefix last4 scopes } } }": types.CreateKeyDocument,
    "mutation RotateKey($id: ID!, $graceHours: Int) { rotateApiKey(id: $id, graceHours: $graceHours) { secret apiKey { id } } }": types.RotateKeyDocument,
    "mutation RevokeKey($id: ID!) { revokeApiKey(id: $id) { id status } }": types.RevokeKeyDocument,
    "mutation SignUpForAdmin($input: SignUpInput!) { signUp(input: $input) { accountId checkoutUrl } }": types.SignUpForAdminDocument,
    "query BillingLists($customerId: ID) {\n  subscriptions(customerId: $customerId) { totalCount items { customerId planCode status stripeSubscriptionId } }\n  invoices(customerId: $customerId) { totalCount items { status totalCents amountPaidCents lines { amountCents } } }\n  stripeEvents(perPage: 5) { totalCount items { id type status } }\n  outbox(status: \"pending\") { totalCount }\n}": types.BillingListsDocument,
    "query InvoicesOnly($customerId: ID) { invoices(customerId: $customerId) { totalCount } }": types.InvoicesOnlyDocument,
    "mutation Replay($id: ID!) { replayStripeEvent(id: $id) { id status } }": types.ReplayDocument,
    "mutation SignUpPaid($input: SignUpInput!) { signUp(input: $input) { accountId checkoutUrl apiKey { secret } } }": types.SignUpPaidDocument,
    "query Access { me { plan { code } access { level reason advice } } }": types.AccessDocument,
    "mutation RunTiny($input: SimulationInput!) { runSimulation(input: $input) { iterationsRun } }": types.RunTinyDocument,
    "mutation Portal { createBillingPortalSession { url } }": types.PortalDocument,
    "mutation Cancel { cancelSubscription { status cancelAtPeriodEnd } }": types.CancelDocument,
    "query Preview($plan: String!) { previewPlanChange(plan: $plan) { immediate prorationCents nextInvoiceCents includedCreditsChange featuresAdded featuresRemoved from { code } to { code } } }": types.PreviewDocument,
    "mutation Change($plan: String!) { changePlan(plan: $plan) { immediate to { code } } }": types.ChangeDocument,
    "mutation BuyCredits($pack: String!) { buyCredits(pack: $pack) { url } }": types.BuyCreditsDocument,
    "mutation OveragePriceOverrides($customerId: ID!, $input: CustomerOverridesInput!) { setCustomerOverrides(customerId: $customerId, input: $input) { overageCentsPer1000Credits } }": types.OveragePriceOverridesDocument,
    "mutation OveragePriceChangePlan($customerId: ID!, $plan: String!) { adminChangePlan(customerId: $customerId, plan: $plan) { immediate overageCredits overageCents } }": types.OveragePriceChangePlanDocument,
    "query WalkPreview($plan: String!) { previewPlanChange(plan: $plan) { immediate prorationCents nextInvoiceCents effectiveAt releasedPlanCode overageCredits overageCents } }": types.WalkPreviewDocument,
    "mutation WalkChange($plan: String!, $previewedAt: DateTime) { changePlan(plan: $plan, previewedAt: $previewedAt) { immediate prorationCents releasedPlanCode to { code } } }": types.WalkChangeDocument,
    "mutation WalkBuyCredits($pack: String!) { buyCredits(pack: $pack) { url } }": types.WalkBuyCreditsDocument,
    "mutation WalkReplay($id: ID!) { replayStripeEvent(id: $id) { id } }": types.WalkReplayDocument,
    "mutation WalkRefund($id: ID!, $amountCents: Int, $reason: String!) { adminRefundInvoice(id: $id, amountCents: $amountCents, reason: $reason) { amountRefundedCents } }": types.WalkRefundDocument,
    "mutation WalkPortal { createBillingPortalSession { url } }": types.WalkPortalDocument,
    "mutation WalkCancel { cancelSubscription { cancelAtPeriodEnd } }": types.WalkCancelDocument,
    "mutation SignUpPlanChanger($input: SignUpInput!) { signUp(input: $input) { accountId checkoutUrl apiKey { secret } } }": types.SignUpPlanChangerDocument,
    "query PreviewChange($plan: String!) { previewPlanChange(plan: $plan) { immediate prorationCents nextInvoiceCents releasedPlanCode from { code } to { code } } }": types.PreviewChangeDocument,
    "mutation ApplyChange($plan: String!) { changePlan(plan: $plan) { immediate prorationCents releasedPlanCode to { code } } }": types.ApplyChangeDocument,
    "query PreviewChangeAt($plan: String!) { previewPlanChange(plan: $plan) { prorationCents nextInvoiceCents effectiveAt } }": types.PreviewChangeAtDocument,
    "mutation ApplyChangeAt($plan: String!, $previewedAt: DateTime) { changePlan(plan: $plan, previewedAt: $previewedAt) { prorationCents effectiveAt } }": types.ApplyChangeAtDocument,
    "query PreviewOverage($plan: String!) { previewPlanChange(plan: $plan) { immediate nextInvoiceCents overageCredits overageCents } }": types.PreviewOverageDocument,
    "mutation RunForCredits($input: SimulationInput!) { runSimulation(input: $input) { iterationsRun } }": types.RunForCreditsDocument,
    "mutation SignUpForPortal($input: SignUpInput!) { signUp(input: $input) { accountId checkoutUrl apiKey { secret } } }": types.SignUpForPortalDocument,
    "mutation PortalSession { createBillingPortalSession { url } }": types.PortalSessionDocument,
    "mutation SignUpForRenewal($input: SignUpInput!) { signUp(input: $input) { accountId checkoutUrl } }": types.SignUpForRenewalDocument,
    "mutation SignUp($input: SignUpInput!) { signUp(input: $input) { accountId checkoutUrl subscriptionStatus access apiKey { secret apiKey { id } } } }": types.SignUpDocument,
    "query MeAccess { me { id plan { code } access { level reason } } }": types.MeAccessDocument,
    "mutation RunSmall($input: SimulationInput!) { runSimulation(input: $input) { iterationsRun } }": types.RunSmallDocument,
    "mutation ExpirySignUp($input: SignUpInput!) { signUp(input: $input) { accountId checkoutUrl apiKey { secret } } }": types.ExpirySignUpDocument,
    "mutation ExpiryCheckout($plan: String!) { createCheckoutSession(plan: $plan) { url } }": types.ExpiryCheckoutDocument,
    "query ExpiryMeAccess { me { plan { code } access { level reason } } }": types.ExpiryMeAccessDocument,
    "query PlansForSdk { plans { code includedCredits } }": types.PlansForSdkDocument,
    "mutation CouponCreate($input: CouponInput!) { createCoupon(input: $input) { id percentOff amountOffCents duration } }": types.CouponCreateDocument,
    "mutation CouponApply($customerId: ID!, $couponId: ID!, $reason: String!) { applyCoupon(customerId: $customerId, couponId: $couponId, reason: $reason) { id } }": types.CouponApplyDocument,
    "mutation CouponRemove($customerId: ID!, $reason: String!) { removeCoupon(customerId: $customerId, reason: $reason) }": types.CouponRemoveDocument,
    "query CouponCurrent($customerId: ID!) { customerCoupon(customerId: $customerId) { id percentOff } }": types.CouponCurrentDocument,
    "query CouponList { coupons { id } }": types.CouponListDocument,
    "query CouponDiscountByKey { discount { name percentOff amountOffCents duration startedAt endsAt } }": types.CouponDiscountByKeyDocument,
    "query CouponDiscountInPortal { portalDiscount { percentOff duration endsAt } }": types.CouponDiscountInPortalDocument,
    "mutation SignUpForPeriods($input: SignUpInput!) { signUp(input: $input) { accountId checkoutUrl apiKey { secret } } }": types.SignUpForPeriodsDocument,
    "query MeCreditsForPeriods { me { access { level } credits { includedCredits includedRemaining prepaidRemaining periodStart } } }": types.MeCreditsForPeriodsDocument,
    "mutation RunForPeriods($input: SimulationInput!) { runSimulation(input: $input) { iterationsRun } }": types.RunForPeriodsDocument,
    "mutation GrantForPeriods($customerId: ID!, $credits: Int!, $reason: String!) {\n  grantCredits(customerId: $customerId, credits: $credits, reason: $reason) { prepaidRemaining }\n}": types.GrantForPeriodsDocument,
    "mutation ChangeForPeriods($plan: String!) { changePlan(plan: $plan) { immediate } }": types.ChangeForPeriodsDocument,
    "mutation WarningsSetLine($credits: Int) { setLowBalanceThreshold(credits: $credits) }": types.WarningsSetLineDocument,
    "mutation WarningsPortalSetLine($credits: Int) { portalSetLowBalanceThreshold(credits: $credits) }": types.WarningsPortalSetLineDocument,
    "query WarningsReadLine { me { lowBalanceThresholdCredits } }": types.WarningsReadLineDocument,
    "query WarningsPortalReadLine { portalOverview { lowBalanceThresholdCredits } }": types.WarningsPortalReadLineDocument,
    "mutation WarningsGrant($customerId: ID!, $credits: Int!, $reason: String!) { grantCredits(customerId: $customerId, credits: $credits, reason: $reason) { prepaidRemaining } }": types.WarningsGrantDocument,
    "mutation WarningsStart($input: SimulationInput!) { startSimulation(input: $input) { id } }": types.WarningsStartDocument,
    "query WarningsQuote($query: String!, $variables: JSONObject) { quote(query: $query, variables: $variables) { credits } }": types.WarningsQuoteDocument,
    "mutation CreditsStartJob($input: SimulationInput!) { startSimulation(input: $input) { id status credits } }": types.CreditsStartJobDocument,
    "query CreditsJobState($id: ID!) { simulation(id: $id) { id status progress iterations iterationsRun attempts } }": types.CreditsJobStateDocument,
    "mutation CreditsCancelJob($id: ID!) { cancelSimulation(id: $id) { id status progress iterations } }": types.CreditsCancelJobDocument,
    "query CreditsProbe { apiKeys(perPage: 1) { totalCount } }": types.CreditsProbeDocument,
    "query MeCredits { me { id credits { includedCredits includedRemaining prepaidRemaining reservedCredits usedCredits overageCredits } } }": types.MeCreditsDocument,
    "query KeysPage($perPage: Int!) { apiKeys(perPage: $perPage) { totalCount items { id } } }": types.KeysPageDocument,
    "query ProbeAndMissingRun($id: ID!) { apiKeys(perPage: 1) { totalCount } simulation(id: $id) { id } }": types.ProbeAndMissingRunDocument,
    "mutation Grant($customerId: ID!, $credits: Int!, $reason: String!) { grantCredits(customerId: $customerId, credits: $credits, reason: $reason) { prepaidRemaining } }": types.GrantDocument,
    "query Quote($query: String!, $variables: JSONObject) { quote(query: $query, variables: $variables) { credits coveredCredits overageCredits overageCents listPriceCents refusal } }": types.QuoteDocument,
    "query MailsPreferences { notificationPreferences { category enabled } }": types.MailsPreferencesDocument,
    "mutation MailsSetPreference($category: String!, $enabled: Boolean!) {\n    setNotificationPreference(category: $category, enabled: $enabled) { category enabled }\n  }": types.MailsSetPreferenceDocument,
    "mutation ClockSignUp($input: SignUpInput!) { signUp(input: $input) { accountId checkoutUrl } }": types.ClockSignUpDocument,
    "mutation ProfileSignUp($input: SignUpInput!) { signUp(input: $input) { accountId checkoutUrl } }": types.ProfileSignUpDocument,
    "\n  mutation ProfileUpdate($id: ID!, $input: CustomerProfileInput!) {\n    adminUpdateCustomer(id: $id, input: $input) {\n      id company email billingEmail taxId notes tags stripeCustomerId\n      address { line1 line2 city state postalCode country }\n    }\n  }\n": types.ProfileUpdateDocument,
    "\n  query ProfileTimeline($customerId: ID!) { customerTimeline(customerId: $customerId) { at kind title actor targetType targetId } }\n": types.ProfileTimelineDocument,
    "\n  mutation ProfileIssueKey($customerId: ID!, $input: CreateApiKeyInput!, $reason: String!) {\n    adminIssueApiKey(customerId: $customerId, input: $input, reason: $reason) { secret apiKey { id name customerId createdBy status } }\n  }\n": types.ProfileIssueKeyDocument,
    "query ProfileMe { me { id company } }": types.ProfileMeDocument,
    "\n  query DunningQueue {\n    dunningQueue {\n      subscriptionId customerId company status pastDueSince invoiceId amountDueCents attemptCount nextAttemptAt remainingAttempts\n      degradesAt daysToDegradation suspendsAt daysToSuspension graceExtendedUntil customerStatus\n    }\n  }\n": types.DunningQueueDocument,
    "mutation DunningRetry($id: ID!, $reason: String!) { dunningRetryNow(subscriptionId: $id, reason: $reason) { message } }": types.DunningRetryDocument,
    "mutation DunningExtend($id: ID!, $days: Int!, $reason: String!) { dunningExtendGrace(subscriptionId: $id, days: $days, reason: $reason) { message } }": types.DunningExtendDocument,
    "mutation DunningWaive($id: ID!, $reason: String!) { dunningWaive(subscriptionId: $id, reason: $reason) { message } }": types.DunningWaiveDocument,
    "mutation DunningSuspend($id: ID!, $reason: String!) { dunningSuspend(subscriptionId: $id, reason: $reason) { message } }": types.DunningSuspendDocument,
    "mutation DunningVoid($id: ID!, $reason: String!) { adminVoidInvoice(id: $id, reason: $reason) { id status amountDueCents } }": types.DunningVoidDocument,
    "mutation DunningWriteOff($id: ID!, $reason: String!) { adminMarkInvoiceUncollectible(id: $id, reason: $reason) { id status } }": types.DunningWriteOffDocument,
    "mutation DunningCancel($customerId: ID!) { adminCancelSubscription(customerId: $customerId, atPeriodEnd: true) { cancelAtPeriodEnd } }": types.DunningCancelDocument,
    "mutation DunningResume($customerId: ID!) { adminResumeSubscription(customerId: $customerId) { id } }": types.DunningResumeDocument,
    "mutation DunningSetPreference($category: String!, $enabled: Boolean!) {\n    setNotificationPreference(category: $category, enabled: $enabled) { category enabled }\n  }": types.DunningSetPreferenceDocument,
    "mutation IdempotentRun($input: SimulationInput!) { runSimulation(input: $input) { runId iterationsRun } }": types.IdempotentRunDocument,
    "mutation IdempotentCreateKey($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret apiKey { id } } }": types.IdempotentCreateKeyDocument,
    "\n  query InvoiceDetailTest($id: ID!) {\n    adminInvoice(id: $id) {\n      invoice { id amountRefundedCents }\n      lines { id kind amountCents operations { operationName calls overageCredits } }\n      payments { amountCents paidAt }\n      refunds { amountCents actorEmail reason }\n    }\n  }\n": types.InvoiceDetailTestDocument,
    "mutation InvoiceOpsSignUp($input: SignUpInput!) { signUp(input: $input) { accountId checkoutUrl } }": types.InvoiceOpsSignUpDocument,
    "mutation InvoiceOpsRefund($id: ID!, $amountCents: Int, $reason: String!) { adminRefundInvoice(id: $id, amountCents: $amountCents, reason: $reason) { id status amountPaidCents amountRefundedCents } }": types.InvoiceOpsRefundDocument,
    "mutation InvoiceOpsVoid($id: ID!, $reason: String!) { adminVoidInvoice(id: $id, reason: $reason) { id status } }": types.InvoiceOpsVoidDocument,
    "mutation InvoiceOpsUncollectible($id: ID!, $reason: String!) { adminMarkInvoiceUncollectible(id: $id, reason: $reason) { id status } }": types.InvoiceOpsUncollectibleDocument,
    "mutation InvoiceOpsCredit($id: ID!, $amountCents: Int!, $refundCents: Int, $reason: String!) { adminCreditInvoice(id: $id, amountCents: $amountCents, refundCents: $refundCents, reason: $reason) { id status amountDueCents amountRefundedCents } }": types.InvoiceOpsCreditDocument,
    "query InvoiceOpsReport($from: String!, $to: String!) { revenueReport(from: $from, to: $to) { billedCents refundedCents creditedCents netCents mirrorSubtotalCents } }": types.InvoiceOpsReportDocument,
    "mutation ManualInvoiceSignUp($input: SignUpInput!) { signUp(input: $input) { accountId checkoutUrl } }": types.ManualInvoiceSignUpDocument,
    "mutation ManualInvoiceCreate($customerId: ID!, $input: ManualInvoiceInput!, $reason: String!) { adminCreateInvoice(customerId: $customerId, input: $input, reason: $reason) { id stripeInvoiceId number status billingReason totalCents amountDueCents amountPaidCents lines { description quantity amountCents } } }": types.ManualInvoiceCreateDocument,
    "mutation ManualInvoiceCredit($id: ID!, $amountCents: Int!, $refundCents: Int, $reason: String!) { adminCreditInvoice(id: $id, amountCents: $amountCents, refundCents: $refundCents, reason: $reason) { id creditNotes { number amountCents refundCents balanceCents status memo } } }": types.ManualInvoiceCreditDocument,
    "query ManualInvoiceList($customerId: ID, $hasOverage: Boolean) { invoices(customerId: $customerId, hasOverage: $hasOverage, perPage: 50) { totalCount items { id billingReason status creditNotes { stripeCreditNoteId amountCents } } } }": types.ManualInvoiceListDocument,
    "query ManualInvoiceReport($from: String!, $to: String!) { revenueReport(from: $from, to: $to, groupBy: CUSTOMER) { groups { key amountCents overageCents } } }": types.ManualInvoiceReportDocument,
    "mutation ManualInvoiceVoidNote($id: ID!, $reason: String!) { adminVoidCreditNote(id: $id, reason: $reason) { id status amountDueCents creditNotes { id status } } }": types.ManualInvoiceVoidNoteDocument,
    "query ManualInvoiceNotes($id: ID!) { adminInvoice(id: $id) { invoice { creditNotes { id status refundCents } } } }": types.ManualInvoiceNotesDocument,
    "mutation ManualInvoiceReplay($id: ID!) { replayStripeEvent(id: $id) { id status } }": types.ManualInvoiceReplayDocument,
    "query ManualInvoiceMrr($month: String!) { mrrReport(month: $month) { lines { customerId mrrCents } } }": types.ManualInvoiceMrrDocument,
    "mutation MembersSignUp($input: SignUpInput!) { signUp(input: $input) { accountId apiKey { secret } member { email role emailVerified } } }": types.MembersSignUpDocument,
    "query MembersPortalMe { portalMe { accountId company member { id email role emailVerified invitationPending } } }": types.MembersPortalMeDocument,
    "mutation MembersVerify($token: String!) { verifyMemberEmail(token: $token) }": types.MembersVerifyDocument,
    "mutation MembersSignOut { memberSignOut }": types.MembersSignOutDocument,
    "mutation MembersRequestReset($email: String!) { requestPasswordReset(email: $email) }": types.MembersRequestResetDocument,
    "mutation MembersReset($token: String!, $password: String!) { resetPassword(token: $token, password: $password) }": types.MembersResetDocument,
    "mutation MembersInvite($email: String!, $role: MemberRole!) { inviteMember(email: $email, role: $role) { id email role invitationPending } }": types.MembersInviteDocument,
    "mutation MembersAccept($token: String!, $password: String!) { acceptInvitation(token: $token, password: $password) { me { accountId member { role } } } }": types.MembersAcceptDocument,
    "query MembersTeam { teamMembers { id email role invitationPending } }": types.MembersTeamDocument,
    "mutation MembersRemove($id: ID!) { removeMember(id: $id) }": types.MembersRemoveDocument,
    "mutation MembersClaim($email: String!) { claimAccount(email: $email) }": types.MembersClaimDocument,
    "query WalkRevenue($from: String!, $to: String!) { revenueReport(from: $from, to: $to, groupBy: CUSTOMER) { groups { key amountCents } } }": types.WalkRevenueDocument,
    "query WalkMrr($month: String!) { mrrReport(month: $month, groupBy: CUSTOMER) { groups { key mrrCents } } }": types.WalkMrrDocument,
    "mutation WalkSignUp($input: SignUpInput!) { signUp(input: $input) { accountId checkoutUrl apiKey { secret } } }": types.WalkSignUpDocument,
    "mutation WalkOverrides($customerId: ID!, $input: CustomerOverridesInput!) { setCustomerOverrides(customerId: $customerId, input: $input) { includedCredits } }": types.WalkOverridesDocument,
    "mutation WalkRun($input: SimulationInput!) { runSimulation(input: $input) { iterationsRun } }": types.WalkRunDocument,
    "query WalkAccess { me { plan { code } access { level reason } } }": types.WalkAccessDocument,
    "\n  mutation CreatePlanTest($input: CreatePlanInput!) {\n    createPlan(input: $input) { id code name priceCents includedCredits overageCentsPer1000Credits }\n  }\n": types.CreatePlanTestDocument,
    "\n  query PlanCreateAuditTest($targetId: String) { auditLog(targetId: $targetId) { items { action actorEmail } } }\n": types.PlanCreateAuditTestDocument,
    "\n  query AllPlansAfterCreateTest { allPlans { code } }\n": types.AllPlansAfterCreateTestDocument,
    "mutation PriceVersionsCreate($input: CreatePlanInput!) { createPlan(input: $input) { code } }": types.PriceVersionsCreateDocument,
    "mutation PriceVersionsSync { syncPlansToStripe { plans } }": types.PriceVersionsSyncDocument,
    "\n  mutation PriceVersionsUpdate($code: String!, $input: UpdatePlanInput!) { updatePlan(code: $code, input: $input) { priceCents active } }\n": types.PriceVersionsUpdateDocument,
    "\n  query PriceVersionsList($planCode: String!) {\n    planPriceVersions(planCode: $planCode) { version priceCents overageCentsPer1000Credits stripeBasePriceId stripeMeteredPriceId subscribers current }\n  }\n": types.PriceVersionsListDocument,
    "\n  query PriceVersionsPreview($planCode: String!) {\n    previewPlanPriceMigration(planCode: $planCode) {\n      planCode targetVersion count\n      subscriptions { customerId company currentVersion currentPriceCents newPriceCents effectiveAt }\n    }\n  }\n": types.PriceVersionsPreviewDocument,
    "\n  mutation PriceVersionsMigrate($planCode: String!, $reason: String!) {\n    migratePlanSubscribers(planCode: $planCode, reason: $reason) { targetVersion count subscriptions { customerId } }\n  }\n": types.PriceVersionsMigrateDocument,
    "\n  query PriceVersionsMrr($month: String!) { mrrReport(month: $month, groupBy: CUSTOMER) { groups { key mrrCents } } }\n": types.PriceVersionsMrrDocument,
    "query PriceVersionsAudit($targetId: String) { auditLog(targetId: $targetId) { items { action actorEmail } } }": types.PriceVersionsAuditDocument,
    "mutation PortalBillingSignUp($input: SignUpInput!) { signUp(input: $input) { accountId checkoutUrl } }": types.PortalBillingSignUpDocument,
    "query PortalBillingInvoices { portalInvoices(page: 1, perPage: 10) { items { number status hostedInvoiceUrl invoicePdfUrl } } }": types.PortalBillingInvoicesDocument,
    "query PortalBillingDetailsRead { portalBillingDetails { email taxIds { type value country verificationStatus } } }": types.PortalBillingDetailsReadDocument,
    "mutation PortalBillingSetEmail($email: String!) { portalSetBillingEmail(email: $email) { email } }": types.PortalBillingSetEmailDocument,
    "mutation PortalBillingSetTaxId($input: TaxIdInput!) { portalSetTaxId(input: $input) { taxIds { type value country } } }": types.PortalBillingSetTaxIdDocument,
    "mutation PortalBillingRemoveTaxId { portalRemoveTaxId { taxIds { value } } }": types.PortalBillingRemoveTaxIdDocument,
    "\n  query PortalTestNextInvoice {\n    portalOverview {\n      subscription { cancelAtPeriodEnd currentPeriodEnd }\n      nextInvoice { dueAt planCode baseCents overageCredits overageCents totalCents currency }\n    }\n  }\n": types.PortalTestNextInvoiceDocument,
    "query PortalTestPlanPrices { plans { code priceCents } }": types.PortalTestPlanPricesDocument,
    "mutation PortalTestEstimateSignUp($input: SignUpInput!) { signUp(input: $input) { checkoutUrl } }": types.PortalTestEstimateSignUpDocument,
    "mutation PortalTestEstimateChange($plan: String!) { portalChangePlan(plan: $plan) { immediate } }": types.PortalTestEstimateChangeDocument,
    "mutation PortalTestEstimateCancel { portalCancelSubscription { cancelAtPeriodEnd } }": types.PortalTestEstimateCancelDocument,
    "query PortalTestOverview { portalOverview { plan { code } access { level } credits { usedCredits } usageByDay { calls rows { group calls } } } }": types.PortalTestOverviewDocument,
    "query PortalTestKeys { portalApiKeys(page: 1, perPage: 50) { items { id name } } }": types.PortalTestKeysDocument,
    "mutation PortalTestCreateKey($input: CreateApiKeyInput!) { portalCreateApiKey(input: $input) { secret apiKey { id scopes } } }": types.PortalTestCreateKeyDocument,
    "mutation PortalTestRevokeKey($id: ID!) { portalRevokeApiKey(id: $id) { status } }": types.PortalTestRevokeKeyDocument,
    "mutation PortalTestRotateKey($id: ID!) { portalRotateApiKey(id: $id) { secret } }": types.PortalTestRotateKeyDocument,
    "mutation PortalTestCancel { portalCancelSubscription { cancelAtPeriodEnd } }": types.PortalTestCancelDocument,
    "mutation PortalTestResume { portalResumeSubscription { cancelAtPeriodEnd } }": types.PortalTestResumeDocument,
    "query PortalTestEnding { portalOverview { subscription { status cancelAtPeriodEnd } } }": types.PortalTestEndingDocument,
    "mutation PortalTestChangePlan($plan: String!) { portalChangePlan(plan: $plan) { immediate } }": types.PortalTestChangePlanDocument,
    "query PortalTestPacks { creditPacks { code credits priceCents currency } }": types.PortalTestPacksDocument,
    "mutation PortalTestSignUp($input: SignUpInput!) { signUp(input: $input) { checkoutUrl } }": types.PortalTestSignUpDocument,
    "mutation PortalTestStripePortal { portalBillingPortal { url } }": types.PortalTestStripePortalDocument,
    "query PortalTestMe { me { id } }": types.PortalTestMeDocument,
    "mutation PortalTestRun($input: SimulationInput!) { runSimulation(input: $input) { iterationsRun } }": types.PortalTestRunDocument,
    "query QuoteRun($query: String!, $variables: JSONObject) { quote(query: $query, variables: $variables) { credits refusal } }": types.QuoteRunDocument,
    "mutation RunByWork($input: SimulationInput!) { runSimulation(input: $input) { runId iterationsRun } }": types.RunByWorkDocument,
    "query PlansWithWorkCap { plans { code maxWorkUnitsPerRun } }": types.PlansWithWorkCapDocument,
    "query MeId { me { id } }": types.MeIdDocument,
    "mutation LimitedCreateKey($input: CreateApiKeyInput!) { createApiKey(input: $input) { apiKey { id } } }": types.LimitedCreateKeyDocument,
    "mutation RevenueByMonthSignUp($input: SignUpInput!) { signUp(input: $input) { accountId checkoutUrl } }": types.RevenueByMonthSignUpDocument,
    "mutation RevenueByMonthRefund($id: ID!, $amountCents: Int, $reason: String!) { adminRefundInvoice(id: $id, amountCents: $amountCents, reason: $reason) { id amountRefundedCents } }": types.RevenueByMonthRefundDocument,
    "query RevenueByMonthMrr($month: String!) { mrrReport(month: $month, groupBy: CUSTOMER) { totalMrrCents groups { key mrrCents } } revenueMetrics(months: 1) { month mrrCents } }": types.RevenueByMonthMrrDocument,
    "query RevenueByMonthCollection { pastDueCents revenueMetrics(months: 36) { month paymentSuccessRate failedPaymentRecoveryRate } }": types.RevenueByMonthCollectionDocument,
    "query RevenueByMonthCohorts { revenueCohorts(months: 36) { cohort customers retention } }": types.RevenueByMonthCohortsDocument,
    "query RevenueByMonthReport($from: String!, $to: String!) { revenueReport(from: $from, to: $to) { billedCents refundedCents netCents mirrorSubtotalCents } }": types.RevenueByMonthReportDocument,
    "query ClickThroughInvoices($customerId: ID, $issuedMonth: String) { invoices(page: 1, perPage: 50, customerId: $customerId, issuedMonth: $issuedMonth) { totalCount items { id } } }": types.ClickThroughInvoicesDocument,
    "query ClickThroughCustomers($search: String, $planCode: String) { customers(page: 1, perPage: 50, search: $search, planCode: $planCode, sortField: CREATED_AT, sortOrder: DESC) { items { id } } }": types.ClickThroughCustomersDocument,
    "query ClickThroughMargins($from: String!, $to: String!) { customerMargins(from: $from, to: $to) { customerId company revenueCents computeSeconds computeCostCents marginCents marginRate } }": types.ClickThroughMarginsDocument,
    "mutation StoredWithChargeRun($input: SimulationInput!) {\n  runSimulation(input: $input) { runId iterationsRun }\n}": types.StoredWithChargeRunDocument,
    "mutation RunToDownload($input: SimulationInput!) { runSimulation(input: $input) { runId outputs { name mean } } }": types.RunToDownloadDocument,
    "query DownloadLinkOf($id: ID!, $format: ExportFormat!) { simulationDownload(id: $id, format: $format) { path expiresAt } }": types.DownloadLinkOfDocument,
    "query AdminDownloadLinkOf($id: ID!, $format: ExportFormat!) { adminSimulationDownload(id: $id, format: $format) { path expiresAt } }": types.AdminDownloadLinkOfDocument,
    "mutation StartSimulation($input: SimulationInput!) {\n  startSimulation(input: $input) { id status async progress iterations seed reproducibilityKey credits attempts }\n}": types.StartSimulationDocument,
    "query JobStatus($id: ID!) {\n  simulation(id: $id) { id status progress attempts iterationsRun error result { runId reproducibilityKey iterationsRun outputs { mean std percentiles { value } histogram { counts } } sensitivity { inputs { rankCorrelation } } } }\n}": types.JobStatusDocument,
    "mutation CancelJob($id: ID!) { cancelSimulation(id: $id) { id status progress } }": types.CancelJobDocument,
    "mutation RunForComparison($input: SimulationInput!) {\n  runSimulation(input: $input) { runId reproducibilityKey iterationsRun outputs { mean std percentiles { value } histogram { counts } } sensitivity { inputs { rankCorrelation } } }\n}": types.RunForComparisonDocument,
    "mutation RunSimulation($input: SimulationInput!) {\n  runSimulation(input: $input) {\n    runId engineVersion seed reproducibilityKey sampling chunkSize iterationsRequested iterationsRun stoppedEarly warnings\n    autoStop { estimate halfWidth }\n    correlationRepair { repaired inputs spearman pearson }\n    outputs {\n      name count nonFinite mean std skewness kurtosis min max\n      meanConfidenceInterval { level low high }\n      percentiles { percentile value }\n      histogram { edges counts }\n      cdf { value probability }\n      valueAtRisk { level value conditional }\n      exceedance { target probability }\n      convergence { iterations mean ciHalfWidth }\n    }\n    sensitivity { output sampleSize inputs { input rankCorrelation contributionToVariance decileMeans low high } }\n  }\n}": types.RunSimulationDocument,
    "query Simulation($id: ID!) {\n  simulation(id: $id) {\n    id status async progress iterations iterationsRun seed reproducibilityKey engineVersion credits attempts error\n    result {\n      runId engineVersion seed reproducibilityKey sampling chunkSize iterationsRequested iterationsRun stoppedEarly warnings\n      autoStop { estimate halfWidth }\n      correlationRepair { repaired inputs spearman pearson }\n      outputs {\n        name count nonFinite mean std skewness kurtosis min max\n        meanConfidenceInterval { level low high }\n        percentiles { percentile value }\n        histogram { edges counts }\n        cdf { value probability }\n        valueAtRisk { level value conditional }\n        exceedance { target probability }\n        convergence { iterations mean ciHalfWidth }\n      }\n      sensitivity { output sampleSize inputs { input rankCorrelation contributionToVariance decileMeans low high } }\n    }\n  }\n}": types.SimulationDocument,
    "query Simulations($page: Int!, $perPage: Int!, $status: SimulationStatus) {\n  simulations(page: $page, perPage: $perPage, status: $status) { totalCount items { id status iterations result { iterationsRun } } }\n}": types.SimulationsDocument,
    "query ReplayIteration($id: ID!, $iteration: Int!) {\n  replaySimulationIteration(id: $id, iteration: $iteration) { iteration inputs { name value } outputs { name value } }\n}": types.ReplayIterationDocument,
    "query SimulationTestPlans { plans { code } }": types.SimulationTestPlansDocument,
    "mutation CancelSimulationSync($id: ID!) { cancelSimulation(id: $id) { id status } }": types.CancelSimulationSyncDocument,
    "query SpendCapProbe { apiKeys(perPage: 1) { totalCount } }": types.SpendCapProbeDocument,
    "\n  mutation SpendCapSet($keyId: ID!, $capCredits: Int!, $window: SpendCapWindow!, $mode: SpendCapMode!) {\n    setApiKeySpendCap(keyId: $keyId, capCredits: $capCredits, window: $window, mode: $mode) { id spendCapCredits spendCapWindow spendCapMode }\n  }\n": types.SpendCapSetDocument,
    "mutation SpendCapClear($keyId: ID!) { clearApiKeySpendCap(keyId: $keyId) { id spendCapCredits } }": types.SpendCapClearDocument,
    "query StaffMe { adminMe { email totpEnabled passwordChangedAt } }": types.StaffMeDocument,
    "query StaffSessions($adminId: ID) { adminSessions(adminId: $adminId) { id ip current } }": types.StaffSessionsDocument,
    "mutation StaffEndSession($id: ID!) { endAdminSession(id: $id) }": types.StaffEndSessionDocument,
    "mutation StaffChangePassword($current: String!, $next: String!) { changeOwnAdminPassword(currentPassword: $current, newPassword: $next) { email passwordChangedAt } }": types.StaffChangePasswordDocument,
    "mutation StaffResetPassword($id: ID!) { resetAdminPassword(id: $id) { password admin { email } } }": types.StaffResetPasswordDocument,
    "mutation StaffStartTotp { startTotpEnrolment { secret otpauthUri qrSvg } }": types.StaffStartTotpDocument,
    "mutation StaffConfirmTotp($code: String!) { confirmTotpEnrolment(code: $code) { totpEnabled } }": types.StaffConfirmTotpDocument,
    "mutation StaffDisableTotp($password: String!) { disableOwnTotp(password: $password) { totpEnabled } }": types.StaffDisableTotpDocument,
    "mutation StaffClearTotp($id: ID!) { clearAdminTotp(id: $id) { totpEnabled } }": types.StaffClearTotpDocument,
    "query StaffAudit($targetId: String) { auditLog(targetId: $targetId) { items { action } } }": types.StaffAuditDocument,
    "query StorefrontMe { me { company plan { code } access { level } } }": types.StorefrontMeDocument,
    "query StorefrontPortalMe { portalMe { company member { email role emailVerified } } }": types.StorefrontPortalMeDocument,
    "mutation SignUpOnClock($input: SignUpInput!) { signUp(input: $input) { accountId checkoutUrl } }": types.SignUpOnClockDocument,
    "mutation MeteredRun($input: SimulationInput!) { runSimulation(input: $input) { iterationsRun } }": types.MeteredRunDocument,
    "query UsageReport($groupBy: UsageGroupBy!) { usage(groupBy: $groupBy) { calls chargedCredits rows { group calls chargedCredits } } }": types.UsageReportDocument,
    "query UsageCallsOnly { usage { calls } }": types.UsageCallsOnlyDocument,
    "mutation SignUpForOrder($input: SignUpInput!) { signUp(input: $input) { accountId checkoutUrl apiKey { secret } } }": types.SignUpForOrderDocument,
    "mutation BuyPack($pack: String!) { buyCredits(pack: $pack) { url } }": types.BuyPackDocument,
    "mutation CancelForOrder { cancelSubscription { cancelAtPeriodEnd } }": types.CancelForOrderDocument,
    "mutation DeliveriesCreateEndpoint($url: String!, $eventTypes: [String!]!) {\n    createWebhookEndpoint(url: $url, eventTypes: $eventTypes) { signingSecret endpoint { id } }\n  }": types.DeliveriesCreateEndpointDocument,
    "mutation DeliveriesDisable($id: ID!) { updateWebhookEndpoint(id: $id, enabled: false) { id enabled } }": types.DeliveriesDisableDocument,
    "query DeliveriesEndpoints { webhookEndpoints { id enabled failureStreak } }": types.DeliveriesEndpointsDocument,
    "mutation DeliveriesSendTest($endpointId: ID!) { sendTestWebhook(endpointId: $endpointId) }": types.DeliveriesSendTestDocument,
    "mutation DeliveriesResend($id: ID!) { resendWebhookDelivery(id: $id) }": types.DeliveriesResendDocument,
    "query DeliveriesFailure($endpointId: ID!) {\n    webhookDeliveries(endpointId: $endpointId) { items { status attempts lastStatusCode lastError responseExcerpt } }\n  }": types.DeliveriesFailureDocument,
    "query DeliveriesLog($endpointId: ID!, $status: String) {\n    webhookDeliveries(endpointId: $endpointId, status: $status) {\n      totalCount items { id eventId eventType status attempts lastStatusCode lastLatencyMs responseExcerpt nextAttemptAt }\n    }\n  }": types.DeliveriesLogDocument,
    "query WebhookEndpointsList { webhookEndpoints { id url description eventTypes enabled failureStreak } }": types.WebhookEndpointsListDocument,
    "mutation WebhookEndpointsCreate($url: String!, $eventTypes: [String!]!, $description: String) {\n    createWebhookEndpoint(url: $url, eventTypes: $eventTypes, description: $description) { signingSecret endpoint { id url eventTypes enabled } }\n  }": types.WebhookEndpointsCreateDocument,
    "mutation WebhookEndpointsUpdate($id: ID!, $eventTypes: [String!], $enabled: Boolean) {\n    updateWebhookEndpoint(id: $id, eventTypes: $eventTypes, enabled: $enabled) { id eventTypes enabled }\n  }": types.WebhookEndpointsUpdateDocument,
    "mutation WebhookEndpointsRoll($id: ID!) { rollWebhookEndpointSecret(id: $id) { signingSecret endpoint { id } } }": types.WebhookEndpointsRollDocument,
    "mutation WebhookEndpointsDelete($id: ID!) { deleteWebhookEndpoint(id: $id) }": types.WebhookEndpointsDeleteDocument,
    "mutation EventsCreateEndpoint($url: String!, $eventTypes: [String!]!) {\n    createWebhookEndpoint(url: $url, eventTypes: $eventTypes) { signingSecret endpoint { id } }\n  }": types.EventsCreateEndpointDocument,
    "mutation EventsRevokeKey($id: ID!) { revokeApiKey(id: $id) { id status } }": types.EventsRevokeKeyDocument,
    "mutation EventsSignUp($input: SignUpInput!) { signUp(input: $input) { accountId checkoutUrl } }": types.EventsSignUpDocument,
    "mutation EventsStartSimulation($input: SimulationInput!) { startSimulation(input: $input) { id } }": types.EventsStartSimulationDocument,
    "mutation RunForExport($input: SimulationInput!) {\n  runSimulation(input: $input) { runId iterationsRun seed outputs { name mean std min max percentiles { percentile value } histogram { edges counts } } }\n}": types.RunForExportDocument,
    "query ExportWorkbook($id: ID!) { simulationWorkbook(id: $id) { filename contentType base64 sampleCount } }": types.ExportWorkbookDocument,
    "query ExportSipmath($id: ID!) { simulationSipmath(id: $id) }": types.ExportSipmathDocument,
    "mutation RunWorkbook($input: ImportWorkbookInput!) {\n  runWorkbook(input: $input) { runId iterationsRun seed outputs { name count mean } }\n}": types.RunWorkbookDocument,
    "mutation StartWorkbook($input: ImportWorkbookInput!) { startWorkbook(input: $input) { id status credits } }": types.StartWorkbookDocument,
    "query WorkbookRun($id: ID!) { simulation(id: $id) { status credits iterationsRun } }": types.WorkbookRunDocument,
    "query QuoteWorkbook($query: String!, $variables: JSONObject) { quote(query: $query, variables: $variables) { credits refusal } }": types.QuoteWorkbookDocument,
    "mutation ImportWorkbook($input: ImportWorkbookInput!) {\n  importWorkbook(input: $input) { sheet model warnings cells { cell role name excel carlo notes } }\n}": types.ImportWorkbookDocument,
    "mutation RunImported($input: SimulationInput!) {\n  runSimulation(input: $input) { runId iterationsRun outputs { name count mean std percentiles { percentile value } } }\n}": types.RunImportedDocument,
    "query Probe { apiKeys(perPage: 1) { totalCount } }": types.ProbeDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BillingOpsCollection { pastDueCents revenueMetrics(months: 1) { month paymentSuccessRate } }"): (typeof documents)["query BillingOpsCollection { pastDueCents revenueMetrics(months: 1) { month paymentSuccessRate } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation BillingOpsSignUp($input: SignUpInput!) { signUp(input: $input) { accountId checkoutUrl } }"): (typeof documents)["mutation BillingOpsSignUp($input: SignUpInput!) { signUp(input: $input) { accountId checkoutUrl } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ConsoleInvoicesSignUp($input: SignUpInput!) { signUp(input: $input) { accountId checkoutUrl } }"): (typeof documents)["mutation ConsoleInvoicesSignUp($input: SignUpInput!) { signUp(input: $input) { accountId checkoutUrl } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ConsoleInvoicesCreateBySupport($customerId: ID!, $input: ManualInvoiceInput!, $reason: String!) { adminCreateInvoice(customerId: $customerId, input: $input, reason: $reason) { id } }"): (typeof documents)["mutation ConsoleInvoicesCreateBySupport($customerId: ID!, $input: ManualInvoiceInput!, $reason: String!) { adminCreateInvoice(customerId: $customerId, input: $input, reason: $reason) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ConsoleInvoicesCredit($id: ID!, $amountCents: Int!, $reason: String!) { adminCreditInvoice(id: $id, amountCents: $amountCents, reason: $reason) { id amountDueCents } }"): (typeof documents)["mutation ConsoleInvoicesCredit($id: ID!, $amountCents: Int!, $reason: String!) { adminCreditInvoice(id: $id, amountCents: $amountCents, reason: $reason) { id amountDueCents } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation BrowserKeyRunWithId($input: SimulationInput!) { runSimulation(input: $input) { runId } }"): (typeof documents)["mutation BrowserKeyRunWithId($input: SimulationInput!) { runSimulation(input: $input) { runId } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation BrowserPricesCreate($input: CreatePlanInput!) { createPlan(input: $input) { id } }"): (typeof documents)["mutation BrowserPricesCreate($input: CreatePlanInput!) { createPlan(input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation BrowserPricesSync { syncPlansToStripe { plans } }"): (typeof documents)["mutation BrowserPricesSync { syncPlansToStripe { plans } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation BrowserPricesArchive($code: String!) { updatePlan(code: $code, input: { active: false }) { active } }"): (typeof documents)["mutation BrowserPricesArchive($code: String!) { updatePlan(code: $code, input: { active: false }) { active } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ConsoleDownloadRun($input: SimulationInput!) { runSimulation(input: $input) { runId } }"): (typeof documents)["mutation ConsoleDownloadRun($input: SimulationInput!) { runSimulation(input: $input) { runId } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BrowserKeyMe { me { id access { level reason } } }"): (typeof documents)["query BrowserKeyMe { me { id access { level reason } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BrowserKeyList { apiKeys(page: 1, perPage: 5) { totalCount } }"): (typeof documents)["query BrowserKeyList { apiKeys(page: 1, perPage: 5) { totalCount } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation BrowserKeyRun($input: SimulationInput!) { runSimulation(input: $input) { iterationsRun } }"): (typeof documents)["mutation BrowserKeyRun($input: SimulationInput!) { runSimulation(input: $input) { iterationsRun } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BrowserKeyCredits { me { credits { prepaidRemaining } } }"): (typeof documents)["query BrowserKeyCredits { me { credits { prepaidRemaining } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BrowserKeyPlan { me { plan { code } } }"): (typeof documents)["query BrowserKeyPlan { me { plan { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PortalBrowserBillingSignUp($input: SignUpInput!) { signUp(input: $input) { checkoutUrl } }"): (typeof documents)["mutation PortalBrowserBillingSignUp($input: SignUpInput!) { signUp(input: $input) { checkoutUrl } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PortalBrowserRun($input: SimulationInput!) { runSimulation(input: $input) { iterationsRun } }"): (typeof documents)["mutation PortalBrowserRun($input: SimulationInput!) { runSimulation(input: $input) { iterationsRun } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PortalBrowserSignUp($input: SignUpInput!) { signUp(input: $input) { checkoutUrl } }"): (typeof documents)["mutation PortalBrowserSignUp($input: SignUpInput!) { signUp(input: $input) { checkoutUrl } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PortalBrowserKeyGrace { apiKeys(perPage: 10) { items { id graceUntil } } }"): (typeof documents)["query PortalBrowserKeyGrace { apiKeys(perPage: 10) { items { id graceUntil } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query StorefrontBrowserAccess { me { plan { code } access { level } } }"): (typeof documents)["query StorefrontBrowserAccess { me { plan { code } access { level } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation StartSpreadJob($input: SimulationInput!) { startSimulation(input: $input) { id } }"): (typeof documents)["mutation StartSpreadJob($input: SimulationInput!) { startSimulation(input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CancelSpreadJob($id: ID!) { cancelSimulation(id: $id) { status iterationsRun } }"): (typeof documents)["mutation CancelSpreadJob($id: ID!) { cancelSimulation(id: $id) { status iterationsRun } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation StartCrashJob($input: SimulationInput!) { startSimulation(input: $input) { id } }"): (typeof documents)["mutation StartCrashJob($input: SimulationInput!) { startSimulation(input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CrashJobStatus($id: ID!) {\n  simulation(id: $id) { status progress attempts result { runId iterationsRun outputs { mean std percentiles { value } histogram { counts } } } }\n}"): (typeof documents)["query CrashJobStatus($id: ID!) {\n  simulation(id: $id) { status progress attempts result { runId iterationsRun outputs { mean std percentiles { value } histogram { counts } } } }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RunCrashComparison($input: SimulationInput!) {\n  runSimulation(input: $input) { runId iterationsRun outputs { mean std percentiles { value } histogram { counts } } }\n}"): (typeof documents)["mutation RunCrashComparison($input: SimulationInput!) {\n  runSimulation(input: $input) { runId iterationsRun outputs { mean std percentiles { value } histogram { counts } } }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WorkerCreateEndpoint($url: String!, $eventTypes: [String!]!) {\n    createWebhookEndpoint(url: $url, eventTypes: $eventTypes) { endpoint { id } }\n  }\n"): (typeof documents)["\n  mutation WorkerCreateEndpoint($url: String!, $eventTypes: [String!]!) {\n    createWebhookEndpoint(url: $url, eventTypes: $eventTypes) { endpoint { id } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation WorkerSendTest($endpointId: ID!) { sendTestWebhook(endpointId: $endpointId) }"): (typeof documents)["mutation WorkerSendTest($endpointId: ID!) { sendTestWebhook(endpointId: $endpointId) }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AlertsList($status: AdminAlertStatus, $kind: AdminAlertKind) {\n    adminAlerts(status: $status, kind: $kind, perPage: 100) { totalCount items { id kind status subject customerId acknowledgedByEmail acknowledgementNote details } }\n  }\n"): (typeof documents)["\n  query AlertsList($status: AdminAlertStatus, $kind: AdminAlertKind) {\n    adminAlerts(status: $status, kind: $kind, perPage: 100) { totalCount items { id kind status subject customerId acknowledgedByEmail acknowledgementNote details } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AlertsAcknowledge($id: ID!, $note: String!) {\n    acknowledgeAdminAlert(id: $id, note: $note) { id status acknowledgedByEmail acknowledgementNote closedAt }\n  }\n"): (typeof documents)["\n  mutation AlertsAcknowledge($id: ID!, $note: String!) {\n    acknowledgeAdminAlert(id: $id, note: $note) { id status acknowledgedByEmail acknowledgementNote closedAt }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AlertsOptIn($enabled: Boolean!) { setMyAlertEmails(enabled: $enabled) { id alertEmails } }"): (typeof documents)["mutation AlertsOptIn($enabled: Boolean!) { setMyAlertEmails(enabled: $enabled) { id alertEmails } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation Login($email: String!, $password: String!) { adminLogin(email: $email, password: $password) { admin { email role } expiresAt } }"): (typeof documents)["mutation Login($email: String!, $password: String!) { adminLogin(email: $email, password: $password) { admin { email role } expiresAt } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation Logout { adminLogout }"): (typeof documents)["mutation Logout { adminLogout }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AdminMe { adminMe { email role } }"): (typeof documents)["query AdminMe { adminMe { email role } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation Suspend($id: ID!, $reason: String!) { suspendCustomer(id: $id, reason: $reason) { id status suspendedReason } }"): (typeof documents)["mutation Suspend($id: ID!, $reason: String!) { suspendCustomer(id: $id, reason: $reason) { id status suspendedReason } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation Reinstate($id: ID!) { reinstateCustomer(id: $id) { id status } }"): (typeof documents)["mutation Reinstate($id: ID!) { reinstateCustomer(id: $id) { id status } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateAdmin($input: CreateAdminUserInput!) { createAdminUser(input: $input) { id email role } }"): (typeof documents)["mutation CreateAdmin($input: CreateAdminUserInput!) { createAdminUser(input: $input) { id email role } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateAdmin($id: ID!, $role: AdminRole, $disabled: Boolean) { updateAdminUser(id: $id, role: $role, disabled: $disabled) { id role disabled } }"): (typeof documents)["mutation UpdateAdmin($id: ID!, $role: AdminRole, $disabled: Boolean) { updateAdminUser(id: $id, role: $role, disabled: $disabled) { id role disabled } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AccountAccess { me { access { level reason advice } } }"): (typeof documents)["query AccountAccess { me { access { level reason advice } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query KeysOfAccount { apiKeys { totalCount } }"): (typeof documents)["query KeysOfAccount { apiKeys { totalCount } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuditLog($targetId: String) { auditLog(targetId: $targetId) { totalCount items { action actorEmail targetType targetId before after } } }"): (typeof documents)["query AuditLog($targetId: String) { auditLog(targetId: $targetId) { totalCount items { action actorEmail targetType targetId before after } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AdminActionsSignUp($input: SignUpInput!) { signUp(input: $input) { accountId checkoutUrl apiKey { secret } } }"): (typeof documents)["mutation AdminActionsSignUp($input: SignUpInput!) { signUp(input: $input) { accountId checkoutUrl apiKey { secret } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AdminActionsMe { me { plan { code includedCredits maxIterationsSync } access { level reason } } }"): (typeof documents)["query AdminActionsMe { me { plan { code includedCredits maxIterationsSync } access { level reason } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AdminActionsPreview($customerId: ID!, $plan: String!) { adminPreviewPlanChange(customerId: $customerId, plan: $plan) { immediate prorationCents includedCreditsChange to { code } } }"): (typeof documents)["query AdminActionsPreview($customerId: ID!, $plan: String!) { adminPreviewPlanChange(customerId: $customerId, plan: $plan) { immediate prorationCents includedCreditsChange to { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AdminActionsChangePlan($customerId: ID!, $plan: String!) { adminChangePlan(customerId: $customerId, plan: $plan) { immediate prorationCents from { code } to { code } } }"): (typeof documents)["mutation AdminActionsChangePlan($customerId: ID!, $plan: String!) { adminChangePlan(customerId: $customerId, plan: $plan) { immediate prorationCents from { code } to { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AdminActionsUndoPreview($customerId: ID!, $plan: String!) { adminPreviewPlanChange(customerId: $customerId, plan: $plan) { prorationCents nextInvoiceCents releasedPlanCode from { code } to { code } } }"): (typeof documents)["query AdminActionsUndoPreview($customerId: ID!, $plan: String!) { adminPreviewPlanChange(customerId: $customerId, plan: $plan) { prorationCents nextInvoiceCents releasedPlanCode from { code } to { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AdminActionsCancel($customerId: ID!, $atPeriodEnd: Boolean) { adminCancelSubscription(customerId: $customerId, atPeriodEnd: $atPeriodEnd) { id status } }"): (typeof documents)["mutation AdminActionsCancel($customerId: ID!, $atPeriodEnd: Boolean) { adminCancelSubscription(customerId: $customerId, atPeriodEnd: $atPeriodEnd) { id status } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AdminActionsRetry($id: ID!) { retryOutboxRow(id: $id) { id identifier attempts deadAt sentAt } }"): (typeof documents)["mutation AdminActionsRetry($id: ID!) { retryOutboxRow(id: $id) { id identifier attempts deadAt sentAt } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminTestCustomersPage($page: Int!, $perPage: Int!) {\n    customers(page: $page, perPage: $perPage, sortField: CREATED_AT, sortOrder: DESC) {\n      totalCount\n      items { id company currentSubscription { planCode status priceCents } keyCounts { total active } }\n    }\n  }\n"): (typeof documents)["\n  query AdminTestCustomersPage($page: Int!, $perPage: Int!) {\n    customers(page: $page, perPage: $perPage, sortField: CREATED_AT, sortOrder: DESC) {\n      totalCount\n      items { id company currentSubscription { planCode status priceCents } keyCounts { total active } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminTestKeys($customerId: ID, $perPage: Int!) {\n    adminApiKeys(customerId: $customerId, perPage: $perPage) { totalCount items { id status customerId customer { id company } } }\n  }\n"): (typeof documents)["\n  query AdminTestKeys($customerId: ID, $perPage: Int!) {\n    adminApiKeys(customerId: $customerId, perPage: $perPage) { totalCount items { id status customerId customer { id company } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AdminTestRevoke($id: ID!, $reason: String!) { adminRevokeApiKey(id: $id, reason: $reason) { id status revokedAt } }"): (typeof documents)["mutation AdminTestRevoke($id: ID!, $reason: String!) { adminRevokeApiKey(id: $id, reason: $reason) { id status revokedAt } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AdminTestRotate($id: ID!) { adminRotateApiKey(id: $id) { secret apiKey { id status customerId } } }"): (typeof documents)["mutation AdminTestRotate($id: ID!) { adminRotateApiKey(id: $id) { secret apiKey { id status customerId } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AdminTestSignUp($input: SignUpInput!) { signUp(input: $input) { accountId checkoutUrl } }"): (typeof documents)["mutation AdminTestSignUp($input: SignUpInput!) { signUp(input: $input) { accountId checkoutUrl } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AdminTestMe { me { id } }"): (typeof documents)["query AdminTestMe { me { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AdminTestAudit($targetId: String) { auditLog(targetId: $targetId) { items { action actorEmail } } }"): (typeof documents)["query AdminTestAudit($targetId: String) { auditLog(targetId: $targetId) { items { action actorEmail } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AdminTestDashboard { adminDashboard { customersByStatus { key count } activeCustomersByPlan { key count } newCustomersByDay { day count } } }"): (typeof documents)["query AdminTestDashboard { adminDashboard { customersByStatus { key count } activeCustomersByPlan { key count } newCustomersByDay { day count } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AdminTestRevenue($month: String!) { mrrReport(month: $month) { totalMrrCents lineCount groups { key mrrCents } } revenueMetrics(months: 2) { month mrrCents } }"): (typeof documents)["query AdminTestRevenue($month: String!) { mrrReport(month: $month) { totalMrrCents lineCount groups { key mrrCents } } revenueMetrics(months: 2) { month mrrCents } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminTestExplorer { adminUsage(days: 7) { byDay { day calls } byOperation { operationName } topCustomers { customerId } } revenueMetrics(months: 1) { month billedCents overageCents } }\n"): (typeof documents)["\n  query AdminTestExplorer { adminUsage(days: 7) { byDay { day calls } byOperation { operationName } topCustomers { customerId } } revenueMetrics(months: 1) { month billedCents overageCents } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AdminTestSyncPlans { syncPlansToStripe { plans created } }"): (typeof documents)["mutation AdminTestSyncPlans { syncPlansToStripe { plans created } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AdminTestDrift($customerId: ID, $onlyDrift: Boolean!) { meterDrift(customerId: $customerId, onlyDrift: $onlyDrift) { totalCount items { driftCredits localCredits stripeCredits } } }"): (typeof documents)["query AdminTestDrift($customerId: ID, $onlyDrift: Boolean!) { meterDrift(customerId: $customerId, onlyDrift: $onlyDrift) { totalCount items { driftCredits localCredits stripeCredits } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminTestBilled($from: String!, $to: String!, $groupBy: RevenueGroupBy!) {\n    revenueReport(from: $from, to: $to, groupBy: $groupBy) { billedCents overageCents refundedCents netCents mirrorSubtotalCents invoiceCount lineCount groups { key amountCents } }\n  }\n"): (typeof documents)["\n  query AdminTestBilled($from: String!, $to: String!, $groupBy: RevenueGroupBy!) {\n    revenueReport(from: $from, to: $to, groupBy: $groupBy) { billedCents overageCents refundedCents netCents mirrorSubtotalCents invoiceCount lineCount groups { key amountCents } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Me { me { id company access { level reason } } }"): (typeof documents)["query Me { me { id company access { level reason } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ApiKeys($page: Int!, $perPage: Int!) { apiKeys(page: $page, perPage: $perPage) { totalCount items { id displayPrefix last4 status graceUntil } } }"): (typeof documents)["query ApiKeys($page: Int!, $perPage: Int!) { apiKeys(page: $page, perPage: $perPage) { totalCount items { id displayPrefix last4 status graceUntil } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateKey($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret apiKey { id displayPrefix last4 scopes } } }"): (typeof documents)["mutation CreateKey($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret apiKey { id displayPrefix last4 scopes } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RotateKey($id: ID!, $graceHours: Int) { rotateApiKey(id: $id, graceHours: $graceHours) { secret apiKey { id } } }"): (typeof documents)["mutation RotateKey($id: ID!, $graceHours: Int) { rotateApiKey(id: $id, graceHours: $graceHours) { secret apiKey { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RevokeKey($id: ID!) { revokeApiKey(id: $id) { id status } }"): (typeof documents)["mutation RevokeKey($id: ID!) { revokeApiKey(id: $id) { id status } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SignUpForAdmin($input: SignUpInput!) { signUp(input: $input) { accountId checkoutUrl } }"): (typeof documents)["mutation SignUpForAdmin($input: SignUpInput!) { signUp(input: $input) { accountId checkoutUrl } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BillingLists($customerId: ID) {\n  subscriptions(customerId: $customerId) { totalCount items { customerId planCode status stripeSubscriptionId } }\n  invoices(customerId: $customerId) { totalCount items { status totalCents amountPaidCents lines { amountCents } } }\n  stripeEvents(perPage: 5) { totalCount items { id type status } }\n  outbox(status: \"pending\") { totalCount }\n}"): (typeof documents)["query BillingLists($customerId: ID) {\n  subscriptions(customerId: $customerId) { totalCount items { customerId planCode status stripeSubscriptionId } }\n  invoices(customerId: $customerId) { totalCount items { status totalCents amountPaidCents lines { amountCents } } }\n  stripeEvents(perPage: 5) { totalCount items { id type status } }\n  outbox(status: \"pending\") { totalCount }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query InvoicesOnly($customerId: ID) { invoices(customerId: $customerId) { totalCount } }"): (typeof documents)["query InvoicesOnly($customerId: ID) { invoices(customerId: $customerId) { totalCount } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation Replay($id: ID!) { replayStripeEvent(id: $id) { id status } }"): (typeof documents)["mutation Replay($id: ID!) { replayStripeEvent(id: $id) { id status } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SignUpPaid($input: SignUpInput!) { signUp(input: $input) { accountId checkoutUrl apiKey { secret } } }"): (typeof documents)["mutation SignUpPaid($input: SignUpInput!) { signUp(input: $input) { accountId checkoutUrl apiKey { secret } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Access { me { plan { code } access { level reason advice } } }"): (typeof documents)["query Access { me { plan { code } access { level reason advice } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RunTiny($input: SimulationInput!) { runSimulation(input: $input) { iterationsRun } }"): (typeof documents)["mutation RunTiny($input: SimulationInput!) { runSimulation(input: $input) { iterationsRun } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation Portal { createBillingPortalSession { url } }"): (typeof documents)["mutation Portal { createBillingPortalSession { url } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation Cancel { cancelSubscription { status cancelAtPeriodEnd } }"): (typeof documents)["mutation Cancel { cancelSubscription { status cancelAtPeriodEnd } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Preview($plan: String!) { previewPlanChange(plan: $plan) { immediate prorationCents nextInvoiceCents includedCreditsChange featuresAdded featuresRemoved from { code } to { code } } }"): (typeof documents)["query Preview($plan: String!) { previewPlanChange(plan: $plan) { immediate prorationCents nextInvoiceCents includedCreditsChange featuresAdded featuresRemoved from { code } to { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation Change($plan: String!) { changePlan(plan: $plan) { immediate to { code } } }"): (typeof documents)["mutation Change($plan: String!) { changePlan(plan: $plan) { immediate to { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation BuyCredits($pack: String!) { buyCredits(pack: $pack) { url } }"): (typeof documents)["mutation BuyCredits($pack: String!) { buyCredits(pack: $pack) { url } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation OveragePriceOverrides($customerId: ID!, $input: CustomerOverridesInput!) { setCustomerOverrides(customerId: $customerId, input: $input) { overageCentsPer1000Credits } }"): (typeof documents)["mutation OveragePriceOverrides($customerId: ID!, $input: CustomerOverridesInput!) { setCustomerOverrides(customerId: $customerId, input: $input) { overageCentsPer1000Credits } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation OveragePriceChangePlan($customerId: ID!, $plan: String!) { adminChangePlan(customerId: $customerId, plan: $plan) { immediate overageCredits overageCents } }"): (typeof documents)["mutation OveragePriceChangePlan($customerId: ID!, $plan: String!) { adminChangePlan(customerId: $customerId, plan: $plan) { immediate overageCredits overageCents } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query WalkPreview($plan: String!) { previewPlanChange(plan: $plan) { immediate prorationCents nextInvoiceCents effectiveAt releasedPlanCode overageCredits overageCents } }"): (typeof documents)["query WalkPreview($plan: String!) { previewPlanChange(plan: $plan) { immediate prorationCents nextInvoiceCents effectiveAt releasedPlanCode overageCredits overageCents } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation WalkChange($plan: String!, $previewedAt: DateTime) { changePlan(plan: $plan, previewedAt: $previewedAt) { immediate prorationCents releasedPlanCode to { code } } }"): (typeof documents)["mutation WalkChange($plan: String!, $previewedAt: DateTime) { changePlan(plan: $plan, previewedAt: $previewedAt) { immediate prorationCents releasedPlanCode to { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation WalkBuyCredits($pack: String!) { buyCredits(pack: $pack) { url } }"): (typeof documents)["mutation WalkBuyCredits($pack: String!) { buyCredits(pack: $pack) { url } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation WalkReplay($id: ID!) { replayStripeEvent(id: $id) { id } }"): (typeof documents)["mutation WalkReplay($id: ID!) { replayStripeEvent(id: $id) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation WalkRefund($id: ID!, $amountCents: Int, $reason: String!) { adminRefundInvoice(id: $id, amountCents: $amountCents, reason: $reason) { amountRefundedCents } }"): (typeof documents)["mutation WalkRefund($id: ID!, $amountCents: Int, $reason: String!) { adminRefundInvoice(id: $id, amountCents: $amountCents, reason: $reason) { amountRefundedCents } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation WalkPortal { createBillingPortalSession { url } }"): (typeof documents)["mutation WalkPortal { createBillingPortalSession { url } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation WalkCancel { cancelSubscription { cancelAtPeriodEnd } }"): (typeof documents)["mutation WalkCancel { cancelSubscription { cancelAtPeriodEnd } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SignUpPlanChanger($input: SignUpInput!) { signUp(input: $input) { accountId checkoutUrl apiKey { secret } } }"): (typeof documents)["mutation SignUpPlanChanger($input: SignUpInput!) { signUp(input: $input) { accountId checkoutUrl apiKey { secret } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PreviewChange($plan: String!) { previewPlanChange(plan: $plan) { immediate prorationCents nextInvoiceCents releasedPlanCode from { code } to { code } } }"): (typeof documents)["query PreviewChange($plan: String!) { previewPlanChange(plan: $plan) { immediate prorationCents nextInvoiceCents releasedPlanCode from { code } to { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ApplyChange($plan: String!) { changePlan(plan: $plan) { immediate prorationCents releasedPlanCode to { code } } }"): (typeof documents)["mutation ApplyChange($plan: String!) { changePlan(plan: $plan) { immediate prorationCents releasedPlanCode to { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PreviewChangeAt($plan: String!) { previewPlanChange(plan: $plan) { prorationCents nextInvoiceCents effectiveAt } }"): (typeof documents)["query PreviewChangeAt($plan: String!) { previewPlanChange(plan: $plan) { prorationCents nextInvoiceCents effectiveAt } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ApplyChangeAt($plan: String!, $previewedAt: DateTime) { changePlan(plan: $plan, previewedAt: $previewedAt) { prorationCents effectiveAt } }"): (typeof documents)["mutation ApplyChangeAt($plan: String!, $previewedAt: DateTime) { changePlan(plan: $plan, previewedAt: $previewedAt) { prorationCents effectiveAt } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PreviewOverage($plan: String!) { previewPlanChange(plan: $plan) { immediate nextInvoiceCents overageCredits overageCents } }"): (typeof documents)["query PreviewOverage($plan: String!) { previewPlanChange(plan: $plan) { immediate nextInvoiceCents overageCredits overageCents } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RunForCredits($input: SimulationInput!) { runSimulation(input: $input) { iterationsRun } }"): (typeof documents)["mutation RunForCredits($input: SimulationInput!) { runSimulation(input: $input) { iterationsRun } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SignUpForPortal($input: SignUpInput!) { signUp(input: $input) { accountId checkoutUrl apiKey { secret } } }"): (typeof documents)["mutation SignUpForPortal($input: SignUpInput!) { signUp(input: $input) { accountId checkoutUrl apiKey { secret } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PortalSession { createBillingPortalSession { url } }"): (typeof documents)["mutation PortalSession { createBillingPortalSession { url } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SignUpForRenewal($input: SignUpInput!) { signUp(input: $input) { accountId checkoutUrl } }"): (typeof documents)["mutation SignUpForRenewal($input: SignUpInput!) { signUp(input: $input) { accountId checkoutUrl } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SignUp($input: SignUpInput!) { signUp(input: $input) { accountId checkoutUrl subscriptionStatus access apiKey { secret apiKey { id } } } }"): (typeof documents)["mutation SignUp($input: SignUpInput!) { signUp(input: $input) { accountId checkoutUrl subscriptionStatus access apiKey { secret apiKey { id } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MeAccess { me { id plan { code } access { level reason } } }"): (typeof documents)["query MeAccess { me { id plan { code } access { level reason } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RunSmall($input: SimulationInput!) { runSimulation(input: $input) { iterationsRun } }"): (typeof documents)["mutation RunSmall($input: SimulationInput!) { runSimulation(input: $input) { iterationsRun } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ExpirySignUp($input: SignUpInput!) { signUp(input: $input) { accountId checkoutUrl apiKey { secret } } }"): (typeof documents)["mutation ExpirySignUp($input: SignUpInput!) { signUp(input: $input) { accountId checkoutUrl apiKey { secret } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ExpiryCheckout($plan: String!) { createCheckoutSession(plan: $plan) { url } }"): (typeof documents)["mutation ExpiryCheckout($plan: String!) { createCheckoutSession(plan: $plan) { url } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ExpiryMeAccess { me { plan { code } access { level reason } } }"): (typeof documents)["query ExpiryMeAccess { me { plan { code } access { level reason } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PlansForSdk { plans { code includedCredits } }"): (typeof documents)["query PlansForSdk { plans { code includedCredits } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CouponCreate($input: CouponInput!) { createCoupon(input: $input) { id percentOff amountOffCents duration } }"): (typeof documents)["mutation CouponCreate($input: CouponInput!) { createCoupon(input: $input) { id percentOff amountOffCents duration } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CouponApply($customerId: ID!, $couponId: ID!, $reason: String!) { applyCoupon(customerId: $customerId, couponId: $couponId, reason: $reason) { id } }"): (typeof documents)["mutation CouponApply($customerId: ID!, $couponId: ID!, $reason: String!) { applyCoupon(customerId: $customerId, couponId: $couponId, reason: $reason) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CouponRemove($customerId: ID!, $reason: String!) { removeCoupon(customerId: $customerId, reason: $reason) }"): (typeof documents)["mutation CouponRemove($customerId: ID!, $reason: String!) { removeCoupon(customerId: $customerId, reason: $reason) }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CouponCurrent($customerId: ID!) { customerCoupon(customerId: $customerId) { id percentOff } }"): (typeof documents)["query CouponCurrent($customerId: ID!) { customerCoupon(customerId: $customerId) { id percentOff } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CouponList { coupons { id } }"): (typeof documents)["query CouponList { coupons { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CouponDiscountByKey { discount { name percentOff amountOffCents duration startedAt endsAt } }"): (typeof documents)["query CouponDiscountByKey { discount { name percentOff amountOffCents duration startedAt endsAt } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CouponDiscountInPortal { portalDiscount { percentOff duration endsAt } }"): (typeof documents)["query CouponDiscountInPortal { portalDiscount { percentOff duration endsAt } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SignUpForPeriods($input: SignUpInput!) { signUp(input: $input) { accountId checkoutUrl apiKey { secret } } }"): (typeof documents)["mutation SignUpForPeriods($input: SignUpInput!) { signUp(input: $input) { accountId checkoutUrl apiKey { secret } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MeCreditsForPeriods { me { access { level } credits { includedCredits includedRemaining prepaidRemaining periodStart } } }"): (typeof documents)["query MeCreditsForPeriods { me { access { level } credits { includedCredits includedRemaining prepaidRemaining periodStart } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RunForPeriods($input: SimulationInput!) { runSimulation(input: $input) { iterationsRun } }"): (typeof documents)["mutation RunForPeriods($input: SimulationInput!) { runSimulation(input: $input) { iterationsRun } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation GrantForPeriods($customerId: ID!, $credits: Int!, $reason: String!) {\n  grantCredits(customerId: $customerId, credits: $credits, reason: $reason) { prepaidRemaining }\n}"): (typeof documents)["mutation GrantForPeriods($customerId: ID!, $credits: Int!, $reason: String!) {\n  grantCredits(customerId: $customerId, credits: $credits, reason: $reason) { prepaidRemaining }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ChangeForPeriods($plan: String!) { changePlan(plan: $plan) { immediate } }"): (typeof documents)["mutation ChangeForPeriods($plan: String!) { changePlan(plan: $plan) { immediate } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation WarningsSetLine($credits: Int) { setLowBalanceThreshold(credits: $credits) }"): (typeof documents)["mutation WarningsSetLine($credits: Int) { setLowBalanceThreshold(credits: $credits) }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation WarningsPortalSetLine($credits: Int) { portalSetLowBalanceThreshold(credits: $credits) }"): (typeof documents)["mutation WarningsPortalSetLine($credits: Int) { portalSetLowBalanceThreshold(credits: $credits) }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query WarningsReadLine { me { lowBalanceThresholdCredits } }"): (typeof documents)["query WarningsReadLine { me { lowBalanceThresholdCredits } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query WarningsPortalReadLine { portalOverview { lowBalanceThresholdCredits } }"): (typeof documents)["query WarningsPortalReadLine { portalOverview { lowBalanceThresholdCredits } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation WarningsGrant($customerId: ID!, $credits: Int!, $reason: String!) { grantCredits(customerId: $customerId, credits: $credits, reason: $reason) { prepaidRemaining } }"): (typeof documents)["mutation WarningsGrant($customerId: ID!, $credits: Int!, $reason: String!) { grantCredits(customerId: $customerId, credits: $credits, reason: $reason) { prepaidRemaining } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation WarningsStart($input: SimulationInput!) { startSimulation(input: $input) { id } }"): (typeof documents)["mutation WarningsStart($input: SimulationInput!) { startSimulation(input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query WarningsQuote($query: String!, $variables: JSONObject) { quote(query: $query, variables: $variables) { credits } }"): (typeof documents)["query WarningsQuote($query: String!, $variables: JSONObject) { quote(query: $query, variables: $variables) { credits } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreditsStartJob($input: SimulationInput!) { startSimulation(input: $input) { id status credits } }"): (typeof documents)["mutation CreditsStartJob($input: SimulationInput!) { startSimulation(input: $input) { id status credits } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CreditsJobState($id: ID!) { simulation(id: $id) { id status progress iterations iterationsRun attempts } }"): (typeof documents)["query CreditsJobState($id: ID!) { simulation(id: $id) { id status progress iterations iterationsRun attempts } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreditsCancelJob($id: ID!) { cancelSimulation(id: $id) { id status progress iterations } }"): (typeof documents)["mutation CreditsCancelJob($id: ID!) { cancelSimulation(id: $id) { id status progress iterations } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CreditsProbe { apiKeys(perPage: 1) { totalCount } }"): (typeof documents)["query CreditsProbe { apiKeys(perPage: 1) { totalCount } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MeCredits { me { id credits { includedCredits includedRemaining prepaidRemaining reservedCredits usedCredits overageCredits } } }"): (typeof documents)["query MeCredits { me { id credits { includedCredits includedRemaining prepaidRemaining reservedCredits usedCredits overageCredits } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query KeysPage($perPage: Int!) { apiKeys(perPage: $perPage) { totalCount items { id } } }"): (typeof documents)["query KeysPage($perPage: Int!) { apiKeys(perPage: $perPage) { totalCount items { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ProbeAndMissingRun($id: ID!) { apiKeys(perPage: 1) { totalCount } simulation(id: $id) { id } }"): (typeof documents)["query ProbeAndMissingRun($id: ID!) { apiKeys(perPage: 1) { totalCount } simulation(id: $id) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation Grant($customerId: ID!, $credits: Int!, $reason: String!) { grantCredits(customerId: $customerId, credits: $credits, reason: $reason) { prepaidRemaining } }"): (typeof documents)["mutation Grant($customerId: ID!, $credits: Int!, $reason: String!) { grantCredits(customerId: $customerId, credits: $credits, reason: $reason) { prepaidRemaining } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Quote($query: String!, $variables: JSONObject) { quote(query: $query, variables: $variables) { credits coveredCredits overageCredits overageCents listPriceCents refusal } }"): (typeof documents)["query Quote($query: String!, $variables: JSONObject) { quote(query: $query, variables: $variables) { credits coveredCredits overageCredits overageCents listPriceCents refusal } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MailsPreferences { notificationPreferences { category enabled } }"): (typeof documents)["query MailsPreferences { notificationPreferences { category enabled } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MailsSetPreference($category: String!, $enabled: Boolean!) {\n    setNotificationPreference(category: $category, enabled: $enabled) { category enabled }\n  }"): (typeof documents)["mutation MailsSetPreference($category: String!, $enabled: Boolean!) {\n    setNotificationPreference(category: $category, enabled: $enabled) { category enabled }\n  }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ClockSignUp($input: SignUpInput!) { signUp(input: $input) { accountId checkoutUrl } }"): (typeof documents)["mutation ClockSignUp($input: SignUpInput!) { signUp(input: $input) { accountId checkoutUrl } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ProfileSignUp($input: SignUpInput!) { signUp(input: $input) { accountId checkoutUrl } }"): (typeof documents)["mutation ProfileSignUp($input: SignUpInput!) { signUp(input: $input) { accountId checkoutUrl } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProfileUpdate($id: ID!, $input: CustomerProfileInput!) {\n    adminUpdateCustomer(id: $id, input: $input) {\n      id company email billingEmail taxId notes tags stripeCustomerId\n      address { line1 line2 city state postalCode country }\n    }\n  }\n"): (typeof documents)["\n  mutation ProfileUpdate($id: ID!, $input: CustomerProfileInput!) {\n    adminUpdateCustomer(id: $id, input: $input) {\n      id company email billingEmail taxId notes tags stripeCustomerId\n      address { line1 line2 city state postalCode country }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProfileTimeline($customerId: ID!) { customerTimeline(customerId: $customerId) { at kind title actor targetType targetId } }\n"): (typeof documents)["\n  query ProfileTimeline($customerId: ID!) { customerTimeline(customerId: $customerId) { at kind title actor targetType targetId } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProfileIssueKey($customerId: ID!, $input: CreateApiKeyInput!, $reason: String!) {\n    adminIssueApiKey(customerId: $customerId, input: $input, reason: $reason) { secret apiKey { id name customerId createdBy status } }\n  }\n"): (typeof documents)["\n  mutation ProfileIssueKey($customerId: ID!, $input: CreateApiKeyInput!, $reason: String!) {\n    adminIssueApiKey(customerId: $customerId, input: $input, reason: $reason) { secret apiKey { id name customerId createdBy status } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ProfileMe { me { id company } }"): (typeof documents)["query ProfileMe { me { id company } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DunningQueue {\n    dunningQueue {\n      subscriptionId customerId company status pastDueSince invoiceId amountDueCents attemptCount nextAttemptAt remainingAttempts\n      degradesAt daysToDegradation suspendsAt daysToSuspension graceExtendedUntil customerStatus\n    }\n  }\n"): (typeof documents)["\n  query DunningQueue {\n    dunningQueue {\n      subscriptionId customerId company status pastDueSince invoiceId amountDueCents attemptCount nextAttemptAt remainingAttempts\n      degradesAt daysToDegradation suspendsAt daysToSuspension graceExtendedUntil customerStatus\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DunningRetry($id: ID!, $reason: String!) { dunningRetryNow(subscriptionId: $id, reason: $reason) { message } }"): (typeof documents)["mutation DunningRetry($id: ID!, $reason: String!) { dunningRetryNow(subscriptionId: $id, reason: $reason) { message } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DunningExtend($id: ID!, $days: Int!, $reason: String!) { dunningExtendGrace(subscriptionId: $id, days: $days, reason: $reason) { message } }"): (typeof documents)["mutation DunningExtend($id: ID!, $days: Int!, $reason: String!) { dunningExtendGrace(subscriptionId: $id, days: $days, reason: $reason) { message } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DunningWaive($id: ID!, $reason: String!) { dunningWaive(subscriptionId: $id, reason: $reason) { message } }"): (typeof documents)["mutation DunningWaive($id: ID!, $reason: String!) { dunningWaive(subscriptionId: $id, reason: $reason) { message } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DunningSuspend($id: ID!, $reason: String!) { dunningSuspend(subscriptionId: $id, reason: $reason) { message } }"): (typeof documents)["mutation DunningSuspend($id: ID!, $reason: String!) { dunningSuspend(subscriptionId: $id, reason: $reason) { message } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DunningVoid($id: ID!, $reason: String!) { adminVoidInvoice(id: $id, reason: $reason) { id status amountDueCents } }"): (typeof documents)["mutation DunningVoid($id: ID!, $reason: String!) { adminVoidInvoice(id: $id, reason: $reason) { id status amountDueCents } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DunningWriteOff($id: ID!, $reason: String!) { adminMarkInvoiceUncollectible(id: $id, reason: $reason) { id status } }"): (typeof documents)["mutation DunningWriteOff($id: ID!, $reason: String!) { adminMarkInvoiceUncollectible(id: $id, reason: $reason) { id status } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DunningCancel($customerId: ID!) { adminCancelSubscription(customerId: $customerId, atPeriodEnd: true) { cancelAtPeriodEnd } }"): (typeof documents)["mutation DunningCancel($customerId: ID!) { adminCancelSubscription(customerId: $customerId, atPeriodEnd: true) { cancelAtPeriodEnd } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DunningResume($customerId: ID!) { adminResumeSubscription(customerId: $customerId) { id } }"): (typeof documents)["mutation DunningResume($customerId: ID!) { adminResumeSubscription(customerId: $customerId) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DunningSetPreference($category: String!, $enabled: Boolean!) {\n    setNotificationPreference(category: $category, enabled: $enabled) { category enabled }\n  }"): (typeof documents)["mutation DunningSetPreference($category: String!, $enabled: Boolean!) {\n    setNotificationPreference(category: $category, enabled: $enabled) { category enabled }\n  }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation IdempotentRun($input: SimulationInput!) { runSimulation(input: $input) { runId iterationsRun } }"): (typeof documents)["mutation IdempotentRun($input: SimulationInput!) { runSimulation(input: $input) { runId iterationsRun } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation IdempotentCreateKey($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret apiKey { id } } }"): (typeof documents)["mutation IdempotentCreateKey($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret apiKey { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InvoiceDetailTest($id: ID!) {\n    adminInvoice(id: $id) {\n      invoice { id amountRefundedCents }\n      lines { id kind amountCents operations { operationName calls overageCredits } }\n      payments { amountCents paidAt }\n      refunds { amountCents actorEmail reason }\n    }\n  }\n"): (typeof documents)["\n  query InvoiceDetailTest($id: ID!) {\n    adminInvoice(id: $id) {\n      invoice { id amountRefundedCents }\n      lines { id kind amountCents operations { operationName calls overageCredits } }\n      payments { amountCents paidAt }\n      refunds { amountCents actorEmail reason }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation InvoiceOpsSignUp($input: SignUpInput!) { signUp(input: $input) { accountId checkoutUrl } }"): (typeof documents)["mutation InvoiceOpsSignUp($input: SignUpInput!) { signUp(input: $input) { accountId checkoutUrl } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation InvoiceOpsRefund($id: ID!, $amountCents: Int, $reason: String!) { adminRefundInvoice(id: $id, amountCents: $amountCents, reason: $reason) { id status amountPaidCents amountRefundedCents } }"): (typeof documents)["mutation InvoiceOpsRefund($id: ID!, $amountCents: Int, $reason: String!) { adminRefundInvoice(id: $id, amountCents: $amountCents, reason: $reason) { id status amountPaidCents amountRefundedCents } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation InvoiceOpsVoid($id: ID!, $reason: String!) { adminVoidInvoice(id: $id, reason: $reason) { id status } }"): (typeof documents)["mutation InvoiceOpsVoid($id: ID!, $reason: String!) { adminVoidInvoice(id: $id, reason: $reason) { id status } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation InvoiceOpsUncollectible($id: ID!, $reason: String!) { adminMarkInvoiceUncollectible(id: $id, reason: $reason) { id status } }"): (typeof documents)["mutation InvoiceOpsUncollectible($id: ID!, $reason: String!) { adminMarkInvoiceUncollectible(id: $id, reason: $reason) { id status } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation InvoiceOpsCredit($id: ID!, $amountCents: Int!, $refundCents: Int, $reason: String!) { adminCreditInvoice(id: $id, amountCents: $amountCents, refundCents: $refundCents, reason: $reason) { id status amountDueCents amountRefundedCents } }"): (typeof documents)["mutation InvoiceOpsCredit($id: ID!, $amountCents: Int!, $refundCents: Int, $reason: String!) { adminCreditInvoice(id: $id, amountCents: $amountCents, refundCents: $refundCents, reason: $reason) { id status amountDueCents amountRefundedCents } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query InvoiceOpsReport($from: String!, $to: String!) { revenueReport(from: $from, to: $to) { billedCents refundedCents creditedCents netCents mirrorSubtotalCents } }"): (typeof documents)["query InvoiceOpsReport($from: String!, $to: String!) { revenueReport(from: $from, to: $to) { billedCents refundedCents creditedCents netCents mirrorSubtotalCents } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ManualInvoiceSignUp($input: SignUpInput!) { signUp(input: $input) { accountId checkoutUrl } }"): (typeof documents)["mutation ManualInvoiceSignUp($input: SignUpInput!) { signUp(input: $input) { accountId checkoutUrl } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ManualInvoiceCreate($customerId: ID!, $input: ManualInvoiceInput!, $reason: String!) { adminCreateInvoice(customerId: $customerId, input: $input, reason: $reason) { id stripeInvoiceId number status billingReason totalCents amountDueCents amountPaidCents lines { description quantity amountCents } } }"): (typeof documents)["mutation ManualInvoiceCreate($customerId: ID!, $input: ManualInvoiceInput!, $reason: String!) { adminCreateInvoice(customerId: $customerId, input: $input, reason: $reason) { id stripeInvoiceId number status billingReason totalCents amountDueCents amountPaidCents lines { description quantity amountCents } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ManualInvoiceCredit($id: ID!, $amountCents: Int!, $refundCents: Int, $reason: String!) { adminCreditInvoice(id: $id, amountCents: $amountCents, refundCents: $refundCents, reason: $reason) { id creditNotes { number amountCents refundCents balanceCents status memo } } }"): (typeof documents)["mutation ManualInvoiceCredit($id: ID!, $amountCents: Int!, $refundCents: Int, $reason: String!) { adminCreditInvoice(id: $id, amountCents: $amountCents, refundCents: $refundCents, reason: $reason) { id creditNotes { number amountCents refundCents balanceCents status memo } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ManualInvoiceList($customerId: ID, $hasOverage: Boolean) { invoices(customerId: $customerId, hasOverage: $hasOverage, perPage: 50) { totalCount items { id billingReason status creditNotes { stripeCreditNoteId amountCents } } } }"): (typeof documents)["query ManualInvoiceList($customerId: ID, $hasOverage: Boolean) { invoices(customerId: $customerId, hasOverage: $hasOverage, perPage: 50) { totalCount items { id billingReason status creditNotes { stripeCreditNoteId amountCents } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ManualInvoiceReport($from: String!, $to: String!) { revenueReport(from: $from, to: $to, groupBy: CUSTOMER) { groups { key amountCents overageCents } } }"): (typeof documents)["query ManualInvoiceReport($from: String!, $to: String!) { revenueReport(from: $from, to: $to, groupBy: CUSTOMER) { groups { key amountCents overageCents } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ManualInvoiceVoidNote($id: ID!, $reason: String!) { adminVoidCreditNote(id: $id, reason: $reason) { id status amountDueCents creditNotes { id status } } }"): (typeof documents)["mutation ManualInvoiceVoidNote($id: ID!, $reason: String!) { adminVoidCreditNote(id: $id, reason: $reason) { id status amountDueCents creditNotes { id status } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ManualInvoiceNotes($id: ID!) { adminInvoice(id: $id) { invoice { creditNotes { id status refundCents } } } }"): (typeof documents)["query ManualInvoiceNotes($id: ID!) { adminInvoice(id: $id) { invoice { creditNotes { id status refundCents } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ManualInvoiceReplay($id: ID!) { replayStripeEvent(id: $id) { id status } }"): (typeof documents)["mutation ManualInvoiceReplay($id: ID!) { replayStripeEvent(id: $id) { id status } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ManualInvoiceMrr($month: String!) { mrrReport(month: $month) { lines { customerId mrrCents } } }"): (typeof documents)["query ManualInvoiceMrr($month: String!) { mrrReport(month: $month) { lines { customerId mrrCents } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MembersSignUp($input: SignUpInput!) { signUp(input: $input) { accountId apiKey { secret } member { email role emailVerified } } }"): (typeof documents)["mutation MembersSignUp($input: SignUpInput!) { signUp(input: $input) { accountId apiKey { secret } member { email role emailVerified } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MembersPortalMe { portalMe { accountId company member { id email role emailVerified invitationPending } } }"): (typeof documents)["query MembersPortalMe { portalMe { accountId company member { id email role emailVerified invitationPending } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MembersVerify($token: String!) { verifyMemberEmail(token: $token) }"): (typeof documents)["mutation MembersVerify($token: String!) { verifyMemberEmail(token: $token) }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MembersSignOut { memberSignOut }"): (typeof documents)["mutation MembersSignOut { memberSignOut }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MembersRequestReset($email: String!) { requestPasswordReset(email: $email) }"): (typeof documents)["mutation MembersRequestReset($email: String!) { requestPasswordReset(email: $email) }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MembersReset($token: String!, $password: String!) { resetPassword(token: $token, password: $password) }"): (typeof documents)["mutation MembersReset($token: String!, $password: String!) { resetPassword(token: $token, password: $password) }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MembersInvite($email: String!, $role: MemberRole!) { inviteMember(email: $email, role: $role) { id email role invitationPending } }"): (typeof documents)["mutation MembersInvite($email: String!, $role: MemberRole!) { inviteMember(email: $email, role: $role) { id email role invitationPending } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MembersAccept($token: String!, $password: String!) { acceptInvitation(token: $token, password: $password) { me { accountId member { role } } } }"): (typeof documents)["mutation MembersAccept($token: String!, $password: String!) { acceptInvitation(token: $token, password: $password) { me { accountId member { role } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MembersTeam { teamMembers { id email role invitationPending } }"): (typeof documents)["query MembersTeam { teamMembers { id email role invitationPending } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MembersRemove($id: ID!) { removeMember(id: $id) }"): (typeof documents)["mutation MembersRemove($id: ID!) { removeMember(id: $id) }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MembersClaim($email: String!) { claimAccount(email: $email) }"): (typeof documents)["mutation MembersClaim($email: String!) { claimAccount(email: $email) }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query WalkRevenue($from: String!, $to: String!) { revenueReport(from: $from, to: $to, groupBy: CUSTOMER) { groups { key amountCents } } }"): (typeof documents)["query WalkRevenue($from: String!, $to: String!) { revenueReport(from: $from, to: $to, groupBy: CUSTOMER) { groups { key amountCents } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query WalkMrr($month: String!) { mrrReport(month: $month, groupBy: CUSTOMER) { groups { key mrrCents } } }"): (typeof documents)["query WalkMrr($month: String!) { mrrReport(month: $month, groupBy: CUSTOMER) { groups { key mrrCents } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation WalkSignUp($input: SignUpInput!) { signUp(input: $input) { accountId checkoutUrl apiKey { secret } } }"): (typeof documents)["mutation WalkSignUp($input: SignUpInput!) { signUp(input: $input) { accountId checkoutUrl apiKey { secret } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation WalkOverrides($customerId: ID!, $input: CustomerOverridesInput!) { setCustomerOverrides(customerId: $customerId, input: $input) { includedCredits } }"): (typeof documents)["mutation WalkOverrides($customerId: ID!, $input: CustomerOverridesInput!) { setCustomerOverrides(customerId: $customerId, input: $input) { includedCredits } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation WalkRun($input: SimulationInput!) { runSimulation(input: $input) { iterationsRun } }"): (typeof documents)["mutation WalkRun($input: SimulationInput!) { runSimulation(input: $input) { iterationsRun } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query WalkAccess { me { plan { code } access { level reason } } }"): (typeof documents)["query WalkAccess { me { plan { code } access { level reason } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreatePlanTest($input: CreatePlanInput!) {\n    createPlan(input: $input) { id code name priceCents includedCredits overageCentsPer1000Credits }\n  }\n"): (typeof documents)["\n  mutation CreatePlanTest($input: CreatePlanInput!) {\n    createPlan(input: $input) { id code name priceCents includedCredits overageCentsPer1000Credits }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PlanCreateAuditTest($targetId: String) { auditLog(targetId: $targetId) { items { action actorEmail } } }\n"): (typeof documents)["\n  query PlanCreateAuditTest($targetId: String) { auditLog(targetId: $targetId) { items { action actorEmail } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AllPlansAfterCreateTest { allPlans { code } }\n"): (typeof documents)["\n  query AllPlansAfterCreateTest { allPlans { code } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PriceVersionsCreate($input: CreatePlanInput!) { createPlan(input: $input) { code } }"): (typeof documents)["mutation PriceVersionsCreate($input: CreatePlanInput!) { createPlan(input: $input) { code } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PriceVersionsSync { syncPlansToStripe { plans } }"): (typeof documents)["mutation PriceVersionsSync { syncPlansToStripe { plans } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PriceVersionsUpdate($code: String!, $input: UpdatePlanInput!) { updatePlan(code: $code, input: $input) { priceCents active } }\n"): (typeof documents)["\n  mutation PriceVersionsUpdate($code: String!, $input: UpdatePlanInput!) { updatePlan(code: $code, input: $input) { priceCents active } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PriceVersionsList($planCode: String!) {\n    planPriceVersions(planCode: $planCode) { version priceCents overageCentsPer1000Credits stripeBasePriceId stripeMeteredPriceId subscribers current }\n  }\n"): (typeof documents)["\n  query PriceVersionsList($planCode: String!) {\n    planPriceVersions(planCode: $planCode) { version priceCents overageCentsPer1000Credits stripeBasePriceId stripeMeteredPriceId subscribers current }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PriceVersionsPreview($planCode: String!) {\n    previewPlanPriceMigration(planCode: $planCode) {\n      planCode targetVersion count\n      subscriptions { customerId company currentVersion currentPriceCents newPriceCents effectiveAt }\n    }\n  }\n"): (typeof documents)["\n  query PriceVersionsPreview($planCode: String!) {\n    previewPlanPriceMigration(planCode: $planCode) {\n      planCode targetVersion count\n      subscriptions { customerId company currentVersion currentPriceCents newPriceCents effectiveAt }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PriceVersionsMigrate($planCode: String!, $reason: String!) {\n    migratePlanSubscribers(planCode: $planCode, reason: $reason) { targetVersion count subscriptions { customerId } }\n  }\n"): (typeof documents)["\n  mutation PriceVersionsMigrate($planCode: String!, $reason: String!) {\n    migratePlanSubscribers(planCode: $planCode, reason: $reason) { targetVersion count subscriptions { customerId } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PriceVersionsMrr($month: String!) { mrrReport(month: $month, groupBy: CUSTOMER) { groups { key mrrCents } } }\n"): (typeof documents)["\n  query PriceVersionsMrr($month: String!) { mrrReport(month: $month, groupBy: CUSTOMER) { groups { key mrrCents } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PriceVersionsAudit($targetId: String) { auditLog(targetId: $targetId) { items { action actorEmail } } }"): (typeof documents)["query PriceVersionsAudit($targetId: String) { auditLog(targetId: $targetId) { items { action actorEmail } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PortalBillingSignUp($input: SignUpInput!) { signUp(input: $input) { accountId checkoutUrl } }"): (typeof documents)["mutation PortalBillingSignUp($input: SignUpInput!) { signUp(input: $input) { accountId checkoutUrl } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PortalBillingInvoices { portalInvoices(page: 1, perPage: 10) { items { number status hostedInvoiceUrl invoicePdfUrl } } }"): (typeof documents)["query PortalBillingInvoices { portalInvoices(page: 1, perPage: 10) { items { number status hostedInvoiceUrl invoicePdfUrl } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PortalBillingDetailsRead { portalBillingDetails { email taxIds { type value country verificationStatus } } }"): (typeof documents)["query PortalBillingDetailsRead { portalBillingDetails { email taxIds { type value country verificationStatus } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PortalBillingSetEmail($email: String!) { portalSetBillingEmail(email: $email) { email } }"): (typeof documents)["mutation PortalBillingSetEmail($email: String!) { portalSetBillingEmail(email: $email) { email } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PortalBillingSetTaxId($input: TaxIdInput!) { portalSetTaxId(input: $input) { taxIds { type value country } } }"): (typeof documents)["mutation PortalBillingSetTaxId($input: TaxIdInput!) { portalSetTaxId(input: $input) { taxIds { type value country } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PortalBillingRemoveTaxId { portalRemoveTaxId { taxIds { value } } }"): (typeof documents)["mutation PortalBillingRemoveTaxId { portalRemoveTaxId { taxIds { value } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PortalTestNextInvoice {\n    portalOverview {\n      subscription { cancelAtPeriodEnd currentPeriodEnd }\n      nextInvoice { dueAt planCode baseCents overageCredits overageCents totalCents currency }\n    }\n  }\n"): (typeof documents)["\n  query PortalTestNextInvoice {\n    portalOverview {\n      subscription { cancelAtPeriodEnd currentPeriodEnd }\n      nextInvoice { dueAt planCode baseCents overageCredits overageCents totalCents currency }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PortalTestPlanPrices { plans { code priceCents } }"): (typeof documents)["query PortalTestPlanPrices { plans { code priceCents } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PortalTestEstimateSignUp($input: SignUpInput!) { signUp(input: $input) { checkoutUrl } }"): (typeof documents)["mutation PortalTestEstimateSignUp($input: SignUpInput!) { signUp(input: $input) { checkoutUrl } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PortalTestEstimateChange($plan: String!) { portalChangePlan(plan: $plan) { immediate } }"): (typeof documents)["mutation PortalTestEstimateChange($plan: String!) { portalChangePlan(plan: $plan) { immediate } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PortalTestEstimateCancel { portalCancelSubscription { cancelAtPeriodEnd } }"): (typeof documents)["mutation PortalTestEstimateCancel { portalCancelSubscription { cancelAtPeriodEnd } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PortalTestOverview { portalOverview { plan { code } access { level } credits { usedCredits } usageByDay { calls rows { group calls } } } }"): (typeof documents)["query PortalTestOverview { portalOverview { plan { code } access { level } credits { usedCredits } usageByDay { calls rows { group calls } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PortalTestKeys { portalApiKeys(page: 1, perPage: 50) { items { id name } } }"): (typeof documents)["query PortalTestKeys { portalApiKeys(page: 1, perPage: 50) { items { id name } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PortalTestCreateKey($input: CreateApiKeyInput!) { portalCreateApiKey(input: $input) { secret apiKey { id scopes } } }"): (typeof documents)["mutation PortalTestCreateKey($input: CreateApiKeyInput!) { portalCreateApiKey(input: $input) { secret apiKey { id scopes } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PortalTestRevokeKey($id: ID!) { portalRevokeApiKey(id: $id) { status } }"): (typeof documents)["mutation PortalTestRevokeKey($id: ID!) { portalRevokeApiKey(id: $id) { status } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PortalTestRotateKey($id: ID!) { portalRotateApiKey(id: $id) { secret } }"): (typeof documents)["mutation PortalTestRotateKey($id: ID!) { portalRotateApiKey(id: $id) { secret } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PortalTestCancel { portalCancelSubscription { cancelAtPeriodEnd } }"): (typeof documents)["mutation PortalTestCancel { portalCancelSubscription { cancelAtPeriodEnd } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PortalTestResume { portalResumeSubscription { cancelAtPeriodEnd } }"): (typeof documents)["mutation PortalTestResume { portalResumeSubscription { cancelAtPeriodEnd } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PortalTestEnding { portalOverview { subscription { status cancelAtPeriodEnd } } }"): (typeof documents)["query PortalTestEnding { portalOverview { subscription { status cancelAtPeriodEnd } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PortalTestChangePlan($plan: String!) { portalChangePlan(plan: $plan) { immediate } }"): (typeof documents)["mutation PortalTestChangePlan($plan: String!) { portalChangePlan(plan: $plan) { immediate } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PortalTestPacks { creditPacks { code credits priceCents currency } }"): (typeof documents)["query PortalTestPacks { creditPacks { code credits priceCents currency } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PortalTestSignUp($input: SignUpInput!) { signUp(input: $input) { checkoutUrl } }"): (typeof documents)["mutation PortalTestSignUp($input: SignUpInput!) { signUp(input: $input) { checkoutUrl } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PortalTestStripePortal { portalBillingPortal { url } }"): (typeof documents)["mutation PortalTestStripePortal { portalBillingPortal { url } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PortalTestMe { me { id } }"): (typeof documents)["query PortalTestMe { me { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PortalTestRun($input: SimulationInput!) { runSimulation(input: $input) { iterationsRun } }"): (typeof documents)["mutation PortalTestRun($input: SimulationInput!) { runSimulation(input: $input) { iterationsRun } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query QuoteRun($query: String!, $variables: JSONObject) { quote(query: $query, variables: $variables) { credits refusal } }"): (typeof documents)["query QuoteRun($query: String!, $variables: JSONObject) { quote(query: $query, variables: $variables) { credits refusal } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RunByWork($input: SimulationInput!) { runSimulation(input: $input) { runId iterationsRun } }"): (typeof documents)["mutation RunByWork($input: SimulationInput!) { runSimulation(input: $input) { runId iterationsRun } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PlansWithWorkCap { plans { code maxWorkUnitsPerRun } }"): (typeof documents)["query PlansWithWorkCap { plans { code maxWorkUnitsPerRun } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MeId { me { id } }"): (typeof documents)["query MeId { me { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LimitedCreateKey($input: CreateApiKeyInput!) { createApiKey(input: $input) { apiKey { id } } }"): (typeof documents)["mutation LimitedCreateKey($input: CreateApiKeyInput!) { createApiKey(input: $input) { apiKey { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RevenueByMonthSignUp($input: SignUpInput!) { signUp(input: $input) { accountId checkoutUrl } }"): (typeof documents)["mutation RevenueByMonthSignUp($input: SignUpInput!) { signUp(input: $input) { accountId checkoutUrl } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RevenueByMonthRefund($id: ID!, $amountCents: Int, $reason: String!) { adminRefundInvoice(id: $id, amountCents: $amountCents, reason: $reason) { id amountRefundedCents } }"): (typeof documents)["mutation RevenueByMonthRefund($id: ID!, $amountCents: Int, $reason: String!) { adminRefundInvoice(id: $id, amountCents: $amountCents, reason: $reason) { id amountRefundedCents } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RevenueByMonthMrr($month: String!) { mrrReport(month: $month, groupBy: CUSTOMER) { totalMrrCents groups { key mrrCents } } revenueMetrics(months: 1) { month mrrCents } }"): (typeof documents)["query RevenueByMonthMrr($month: String!) { mrrReport(month: $month, groupBy: CUSTOMER) { totalMrrCents groups { key mrrCents } } revenueMetrics(months: 1) { month mrrCents } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RevenueByMonthCollection { pastDueCents revenueMetrics(months: 36) { month paymentSuccessRate failedPaymentRecoveryRate } }"): (typeof documents)["query RevenueByMonthCollection { pastDueCents revenueMetrics(months: 36) { month paymentSuccessRate failedPaymentRecoveryRate } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RevenueByMonthCohorts { revenueCohorts(months: 36) { cohort customers retention } }"): (typeof documents)["query RevenueByMonthCohorts { revenueCohorts(months: 36) { cohort customers retention } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RevenueByMonthReport($from: String!, $to: String!) { revenueReport(from: $from, to: $to) { billedCents refundedCents netCents mirrorSubtotalCents } }"): (typeof documents)["query RevenueByMonthReport($from: String!, $to: String!) { revenueReport(from: $from, to: $to) { billedCents refundedCents netCents mirrorSubtotalCents } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ClickThroughInvoices($customerId: ID, $issuedMonth: String) { invoices(page: 1, perPage: 50, customerId: $customerId, issuedMonth: $issuedMonth) { totalCount items { id } } }"): (typeof documents)["query ClickThroughInvoices($customerId: ID, $issuedMonth: String) { invoices(page: 1, perPage: 50, customerId: $customerId, issuedMonth: $issuedMonth) { totalCount items { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ClickThroughCustomers($search: String, $planCode: String) { customers(page: 1, perPage: 50, search: $search, planCode: $planCode, sortField: CREATED_AT, sortOrder: DESC) { items { id } } }"): (typeof documents)["query ClickThroughCustomers($search: String, $planCode: String) { customers(page: 1, perPage: 50, search: $search, planCode: $planCode, sortField: CREATED_AT, sortOrder: DESC) { items { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ClickThroughMargins($from: String!, $to: String!) { customerMargins(from: $from, to: $to) { customerId company revenueCents computeSeconds computeCostCents marginCents marginRate } }"): (typeof documents)["query ClickThroughMargins($from: String!, $to: String!) { customerMargins(from: $from, to: $to) { customerId company revenueCents computeSeconds computeCostCents marginCents marginRate } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation StoredWithChargeRun($input: SimulationInput!) {\n  runSimulation(input: $input) { runId iterationsRun }\n}"): (typeof documents)["mutation StoredWithChargeRun($input: SimulationInput!) {\n  runSimulation(input: $input) { runId iterationsRun }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RunToDownload($input: SimulationInput!) { runSimulation(input: $input) { runId outputs { name mean } } }"): (typeof documents)["mutation RunToDownload($input: SimulationInput!) { runSimulation(input: $input) { runId outputs { name mean } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DownloadLinkOf($id: ID!, $format: ExportFormat!) { simulationDownload(id: $id, format: $format) { path expiresAt } }"): (typeof documents)["query DownloadLinkOf($id: ID!, $format: ExportFormat!) { simulationDownload(id: $id, format: $format) { path expiresAt } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AdminDownloadLinkOf($id: ID!, $format: ExportFormat!) { adminSimulationDownload(id: $id, format: $format) { path expiresAt } }"): (typeof documents)["query AdminDownloadLinkOf($id: ID!, $format: ExportFormat!) { adminSimulationDownload(id: $id, format: $format) { path expiresAt } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation StartSimulation($input: SimulationInput!) {\n  startSimulation(input: $input) { id status async progress iterations seed reproducibilityKey credits attempts }\n}"): (typeof documents)["mutation StartSimulation($input: SimulationInput!) {\n  startSimulation(input: $input) { id status async progress iterations seed reproducibilityKey credits attempts }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query JobStatus($id: ID!) {\n  simulation(id: $id) { id status progress attempts iterationsRun error result { runId reproducibilityKey iterationsRun outputs { mean std percentiles { value } histogram { counts } } sensitivity { inputs { rankCorrelation } } } }\n}"): (typeof documents)["query JobStatus($id: ID!) {\n  simulation(id: $id) { id status progress attempts iterationsRun error result { runId reproducibilityKey iterationsRun outputs { mean std percentiles { value } histogram { counts } } sensitivity { inputs { rankCorrelation } } } }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CancelJob($id: ID!) { cancelSimulation(id: $id) { id status progress } }"): (typeof documents)["mutation CancelJob($id: ID!) { cancelSimulation(id: $id) { id status progress } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RunForComparison($input: SimulationInput!) {\n  runSimulation(input: $input) { runId reproducibilityKey iterationsRun outputs { mean std percentiles { value } histogram { counts } } sensitivity { inputs { rankCorrelation } } }\n}"): (typeof documents)["mutation RunForComparison($input: SimulationInput!) {\n  runSimulation(input: $input) { runId reproducibilityKey iterationsRun outputs { mean std percentiles { value } histogram { counts } } sensitivity { inputs { rankCorrelation } } }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RunSimulation($input: SimulationInput!) {\n  runSimulation(input: $input) {\n    runId engineVersion seed reproducibilityKey sampling chunkSize iterationsRequested iterationsRun stoppedEarly warnings\n    autoStop { estimate halfWidth }\n    correlationRepair { repaired inputs spearman pearson }\n    outputs {\n      name count nonFinite mean std skewness kurtosis min max\n      meanConfidenceInterval { level low high }\n      percentiles { percentile value }\n      histogram { edges counts }\n      cdf { value probability }\n      valueAtRisk { level value conditional }\n      exceedance { target probability }\n      convergence { iterations mean ciHalfWidth }\n    }\n    sensitivity { output sampleSize inputs { input rankCorrelation contributionToVariance decileMeans low high } }\n  }\n}"): (typeof documents)["mutation RunSimulation($input: SimulationInput!) {\n  runSimulation(input: $input) {\n    runId engineVersion seed reproducibilityKey sampling chunkSize iterationsRequested iterationsRun stoppedEarly warnings\n    autoStop { estimate halfWidth }\n    correlationRepair { repaired inputs spearman pearson }\n    outputs {\n      name count nonFinite mean std skewness kurtosis min max\n      meanConfidenceInterval { level low high }\n      percentiles { percentile value }\n      histogram { edges counts }\n      cdf { value probability }\n      valueAtRisk { level value conditional }\n      exceedance { target probability }\n      convergence { iterations mean ciHalfWidth }\n    }\n    sensitivity { output sampleSize inputs { input rankCorrelation contributionToVariance decileMeans low high } }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Simulation($id: ID!) {\n  simulation(id: $id) {\n    id status async progress iterations iterationsRun seed reproducibilityKey engineVersion credits attempts error\n    result {\n      runId engineVersion seed reproducibilityKey sampling chunkSize iterationsRequested iterationsRun stoppedEarly warnings\n      autoStop { estimate halfWidth }\n      correlationRepair { repaired inputs spearman pearson }\n      outputs {\n        name count nonFinite mean std skewness kurtosis min max\n        meanConfidenceInterval { level low high }\n        percentiles { percentile value }\n        histogram { edges counts }\n        cdf { value probability }\n        valueAtRisk { level value conditional }\n        exceedance { target probability }\n        convergence { iterations mean ciHalfWidth }\n      }\n      sensitivity { output sampleSize inputs { input rankCorrelation contributionToVariance decileMeans low high } }\n    }\n  }\n}"): (typeof documents)["query Simulation($id: ID!) {\n  simulation(id: $id) {\n    id status async progress iterations iterationsRun seed reproducibilityKey engineVersion credits attempts error\n    result {\n      runId engineVersion seed reproducibilityKey sampling chunkSize iterationsRequested iterationsRun stoppedEarly warnings\n      autoStop { estimate halfWidth }\n      correlationRepair { repaired inputs spearman pearson }\n      outputs {\n        name count nonFinite mean std skewness kurtosis min max\n        meanConfidenceInterval { level low high }\n        percentiles { percentile value }\n        histogram { edges counts }\n        cdf { value probability }\n        valueAtRisk { level value conditional }\n        exceedance { target probability }\n        convergence { iterations mean ciHalfWidth }\n      }\n      sensitivity { output sampleSize inputs { input rankCorrelation contributionToVariance decileMeans low high } }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Simulations($page: Int!, $perPage: Int!, $status: SimulationStatus) {\n  simulations(page: $page, perPage: $perPage, status: $status) { totalCount items { id status iterations result { iterationsRun } } }\n}"): (typeof documents)["query Simulations($page: Int!, $perPage: Int!, $status: SimulationStatus) {\n  simulations(page: $page, perPage: $perPage, status: $status) { totalCount items { id status iterations result { iterationsRun } } }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReplayIteration($id: ID!, $iteration: Int!) {\n  replaySimulationIteration(id: $id, iteration: $iteration) { iteration inputs { name value } outputs { name value } }\n}"): (typeof documents)["query ReplayIteration($id: ID!, $iteration: Int!) {\n  replaySimulationIteration(id: $id, iteration: $iteration) { iteration inputs { name value } outputs { name value } }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SimulationTestPlans { plans { code } }"): (typeof documents)["query SimulationTestPlans { plans { code } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CancelSimulationSync($id: ID!) { cancelSimulation(id: $id) { id status } }"): (typeof documents)["mutation CancelSimulationSync($id: ID!) { cancelSimulation(id: $id) { id status } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SpendCapProbe { apiKeys(perPage: 1) { totalCount } }"): (typeof documents)["query SpendCapProbe { apiKeys(perPage: 1) { totalCount } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SpendCapSet($keyId: ID!, $capCredits: Int!, $window: SpendCapWindow!, $mode: SpendCapMode!) {\n    setApiKeySpendCap(keyId: $keyId, capCredits: $capCredits, window: $window, mode: $mode) { id spendCapCredits spendCapWindow spendCapMode }\n  }\n"): (typeof documents)["\n  mutation SpendCapSet($keyId: ID!, $capCredits: Int!, $window: SpendCapWindow!, $mode: SpendCapMode!) {\n    setApiKeySpendCap(keyId: $keyId, capCredits: $capCredits, window: $window, mode: $mode) { id spendCapCredits spendCapWindow spendCapMode }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SpendCapClear($keyId: ID!) { clearApiKeySpendCap(keyId: $keyId) { id spendCapCredits } }"): (typeof documents)["mutation SpendCapClear($keyId: ID!) { clearApiKeySpendCap(keyId: $keyId) { id spendCapCredits } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query StaffMe { adminMe { email totpEnabled passwordChangedAt } }"): (typeof documents)["query StaffMe { adminMe { email totpEnabled passwordChangedAt } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query StaffSessions($adminId: ID) { adminSessions(adminId: $adminId) { id ip current } }"): (typeof documents)["query StaffSessions($adminId: ID) { adminSessions(adminId: $adminId) { id ip current } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation StaffEndSession($id: ID!) { endAdminSession(id: $id) }"): (typeof documents)["mutation StaffEndSession($id: ID!) { endAdminSession(id: $id) }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation StaffChangePassword($current: String!, $next: String!) { changeOwnAdminPassword(currentPassword: $current, newPassword: $next) { email passwordChangedAt } }"): (typeof documents)["mutation StaffChangePassword($current: String!, $next: String!) { changeOwnAdminPassword(currentPassword: $current, newPassword: $next) { email passwordChangedAt } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation StaffResetPassword($id: ID!) { resetAdminPassword(id: $id) { password admin { email } } }"): (typeof documents)["mutation StaffResetPassword($id: ID!) { resetAdminPassword(id: $id) { password admin { email } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation StaffStartTotp { startTotpEnrolment { secret otpauthUri qrSvg } }"): (typeof documents)["mutation StaffStartTotp { startTotpEnrolment { secret otpauthUri qrSvg } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation StaffConfirmTotp($code: String!) { confirmTotpEnrolment(code: $code) { totpEnabled } }"): (typeof documents)["mutation StaffConfirmTotp($code: String!) { confirmTotpEnrolment(code: $code) { totpEnabled } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation StaffDisableTotp($password: String!) { disableOwnTotp(password: $password) { totpEnabled } }"): (typeof documents)["mutation StaffDisableTotp($password: String!) { disableOwnTotp(password: $password) { totpEnabled } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation StaffClearTotp($id: ID!) { clearAdminTotp(id: $id) { totpEnabled } }"): (typeof documents)["mutation StaffClearTotp($id: ID!) { clearAdminTotp(id: $id) { totpEnabled } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query StaffAudit($targetId: String) { auditLog(targetId: $targetId) { items { action } } }"): (typeof documents)["query StaffAudit($targetId: String) { auditLog(targetId: $targetId) { items { action } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query StorefrontMe { me { company plan { code } access { level } } }"): (typeof documents)["query StorefrontMe { me { company plan { code } access { level } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query StorefrontPortalMe { portalMe { company member { email role emailVerified } } }"): (typeof documents)["query StorefrontPortalMe { portalMe { company member { email role emailVerified } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SignUpOnClock($input: SignUpInput!) { signUp(input: $input) { accountId checkoutUrl } }"): (typeof documents)["mutation SignUpOnClock($input: SignUpInput!) { signUp(input: $input) { accountId checkoutUrl } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MeteredRun($input: SimulationInput!) { runSimulation(input: $input) { iterationsRun } }"): (typeof documents)["mutation MeteredRun($input: SimulationInput!) { runSimulation(input: $input) { iterationsRun } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query UsageReport($groupBy: UsageGroupBy!) { usage(groupBy: $groupBy) { calls chargedCredits rows { group calls chargedCredits } } }"): (typeof documents)["query UsageReport($groupBy: UsageGroupBy!) { usage(groupBy: $groupBy) { calls chargedCredits rows { group calls chargedCredits } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query UsageCallsOnly { usage { calls } }"): (typeof documents)["query UsageCallsOnly { usage { calls } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SignUpForOrder($input: SignUpInput!) { signUp(input: $input) { accountId checkoutUrl apiKey { secret } } }"): (typeof documents)["mutation SignUpForOrder($input: SignUpInput!) { signUp(input: $input) { accountId checkoutUrl apiKey { secret } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation BuyPack($pack: String!) { buyCredits(pack: $pack) { url } }"): (typeof documents)["mutation BuyPack($pack: String!) { buyCredits(pack: $pack) { url } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CancelForOrder { cancelSubscription { cancelAtPeriodEnd } }"): (typeof documents)["mutation CancelForOrder { cancelSubscription { cancelAtPeriodEnd } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DeliveriesCreateEndpoint($url: String!, $eventTypes: [String!]!) {\n    createWebhookEndpoint(url: $url, eventTypes: $eventTypes) { signingSecret endpoint { id } }\n  }"): (typeof documents)["mutation DeliveriesCreateEndpoint($url: String!, $eventTypes: [String!]!) {\n    createWebhookEndpoint(url: $url, eventTypes: $eventTypes) { signingSecret endpoint { id } }\n  }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DeliveriesDisable($id: ID!) { updateWebhookEndpoint(id: $id, enabled: false) { id enabled } }"): (typeof documents)["mutation DeliveriesDisable($id: ID!) { updateWebhookEndpoint(id: $id, enabled: false) { id enabled } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DeliveriesEndpoints { webhookEndpoints { id enabled failureStreak } }"): (typeof documents)["query DeliveriesEndpoints { webhookEndpoints { id enabled failureStreak } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DeliveriesSendTest($endpointId: ID!) { sendTestWebhook(endpointId: $endpointId) }"): (typeof documents)["mutation DeliveriesSendTest($endpointId: ID!) { sendTestWebhook(endpointId: $endpointId) }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DeliveriesResend($id: ID!) { resendWebhookDelivery(id: $id) }"): (typeof documents)["mutation DeliveriesResend($id: ID!) { resendWebhookDelivery(id: $id) }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DeliveriesFailure($endpointId: ID!) {\n    webhookDeliveries(endpointId: $endpointId) { items { status attempts lastStatusCode lastError responseExcerpt } }\n  }"): (typeof documents)["query DeliveriesFailure($endpointId: ID!) {\n    webhookDeliveries(endpointId: $endpointId) { items { status attempts lastStatusCode lastError responseExcerpt } }\n  }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DeliveriesLog($endpointId: ID!, $status: String) {\n    webhookDeliveries(endpointId: $endpointId, status: $status) {\n      totalCount items { id eventId eventType status attempts lastStatusCode lastLatencyMs responseExcerpt nextAttemptAt }\n    }\n  }"): (typeof documents)["query DeliveriesLog($endpointId: ID!, $status: String) {\n    webhookDeliveries(endpointId: $endpointId, status: $status) {\n      totalCount items { id eventId eventType status attempts lastStatusCode lastLatencyMs responseExcerpt nextAttemptAt }\n    }\n  }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query WebhookEndpointsList { webhookEndpoints { id url description eventTypes enabled failureStreak } }"): (typeof documents)["query WebhookEndpointsList { webhookEndpoints { id url description eventTypes enabled failureStreak } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation WebhookEndpointsCreate($url: String!, $eventTypes: [String!]!, $description: String) {\n    createWebhookEndpoint(url: $url, eventTypes: $eventTypes, description: $description) { signingSecret endpoint { id url eventTypes enabled } }\n  }"): (typeof documents)["mutation WebhookEndpointsCreate($url: String!, $eventTypes: [String!]!, $description: String) {\n    createWebhookEndpoint(url: $url, eventTypes: $eventTypes, description: $description) { signingSecret endpoint { id url eventTypes enabled } }\n  }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation WebhookEndpointsUpdate($id: ID!, $eventTypes: [String!], $enabled: Boolean) {\n    updateWebhookEndpoint(id: $id, eventTypes: $eventTypes, enabled: $enabled) { id eventTypes enabled }\n  }"): (typeof documents)["mutation WebhookEndpointsUpdate($id: ID!, $eventTypes: [String!], $enabled: Boolean) {\n    updateWebhookEndpoint(id: $id, eventTypes: $eventTypes, enabled: $enabled) { id eventTypes enabled }\n  }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation WebhookEndpointsRoll($id: ID!) { rollWebhookEndpointSecret(id: $id) { signingSecret endpoint { id } } }"): (typeof documents)["mutation WebhookEndpointsRoll($id: ID!) { rollWebhookEndpointSecret(id: $id) { signingSecret endpoint { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation WebhookEndpointsDelete($id: ID!) { deleteWebhookEndpoint(id: $id) }"): (typeof documents)["mutation WebhookEndpointsDelete($id: ID!) { deleteWebhookEndpoint(id: $id) }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation EventsCreateEndpoint($url: String!, $eventTypes: [String!]!) {\n    createWebhookEndpoint(url: $url, eventTypes: $eventTypes) { signingSecret endpoint { id } }\n  }"): (typeof documents)["mutation EventsCreateEndpoint($url: String!, $eventTypes: [String!]!) {\n    createWebhookEndpoint(url: $url, eventTypes: $eventTypes) { signingSecret endpoint { id } }\n  }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation EventsRevokeKey($id: ID!) { revokeApiKey(id: $id) { id status } }"): (typeof documents)["mutation EventsRevokeKey($id: ID!) { revokeApiKey(id: $id) { id status } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation EventsSignUp($input: SignUpInput!) { signUp(input: $input) { accountId checkoutUrl } }"): (typeof documents)["mutation EventsSignUp($input: SignUpInput!) { signUp(input: $input) { accountId checkoutUrl } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation EventsStartSimulation($input: SimulationInput!) { startSimulation(input: $input) { id } }"): (typeof documents)["mutation EventsStartSimulation($input: SimulationInput!) { startSimulation(input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RunForExport($input: SimulationInput!) {\n  runSimulation(input: $input) { runId iterationsRun seed outputs { name mean std min max percentiles { percentile value } histogram { edges counts } } }\n}"): (typeof documents)["mutation RunForExport($input: SimulationInput!) {\n  runSimulation(input: $input) { runId iterationsRun seed outputs { name mean std min max percentiles { percentile value } histogram { edges counts } } }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ExportWorkbook($id: ID!) { simulationWorkbook(id: $id) { filename contentType base64 sampleCount } }"): (typeof documents)["query ExportWorkbook($id: ID!) { simulationWorkbook(id: $id) { filename contentType base64 sampleCount } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ExportSipmath($id: ID!) { simulationSipmath(id: $id) }"): (typeof documents)["query ExportSipmath($id: ID!) { simulationSipmath(id: $id) }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RunWorkbook($input: ImportWorkbookInput!) {\n  runWorkbook(input: $input) { runId iterationsRun seed outputs { name count mean } }\n}"): (typeof documents)["mutation RunWorkbook($input: ImportWorkbookInput!) {\n  runWorkbook(input: $input) { runId iterationsRun seed outputs { name count mean } }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation StartWorkbook($input: ImportWorkbookInput!) { startWorkbook(input: $input) { id status credits } }"): (typeof documents)["mutation StartWorkbook($input: ImportWorkbookInput!) { startWorkbook(input: $input) { id status credits } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query WorkbookRun($id: ID!) { simulation(id: $id) { status credits iterationsRun } }"): (typeof documents)["query WorkbookRun($id: ID!) { simulation(id: $id) { status credits iterationsRun } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query QuoteWorkbook($query: String!, $variables: JSONObject) { quote(query: $query, variables: $variables) { credits refusal } }"): (typeof documents)["query QuoteWorkbook($query: String!, $variables: JSONObject) { quote(query: $query, variables: $variables) { credits refusal } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ImportWorkbook($input: ImportWorkbookInput!) {\n  importWorkbook(input: $input) { sheet model warnings cells { cell role name excel carlo notes } }\n}"): (typeof documents)["mutation ImportWorkbook($input: ImportWorkbookInput!) {\n  importWorkbook(input: $input) { sheet model warnings cells { cell role name excel carlo notes } }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RunImported($input: SimulationInput!) {\n  runSimulation(input: $input) { runId iterationsRun outputs { name count mean std percentiles { percentile value } } }\n}"): (typeof documents)["mutation RunImported($input: SimulationInput!) {\n  runSimulation(input: $input) { runId iterationsRun outputs { name count mean std percentiles { percentile value } } }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Probe { apiKeys(perPage: 1) { totalCount } }"): (typeof documents)["query Probe { apiKeys(perPage: 1) { totalCount } }"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;