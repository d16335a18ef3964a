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
    "\n  query ConsoleAccountMe { adminMe { id email name role totpEnabled passwordChangedAt } }\n": typeof types.ConsoleAccountMeDocument,
    "\n  query ConsoleSessions($adminId: ID) { adminSessions(adminId: $adminId) { id ip createdAt expiresAt current } }\n": typeof types.ConsoleSessionsDocument,
    "mutation ConsoleEndSession($id: ID!) { endAdminSession(id: $id) }": typeof types.ConsoleEndSessionDocument,
    "\n  mutation ConsoleChangeOwnPassword($currentPassword: String!, $newPassword: String!) {\n    changeOwnAdminPassword(currentPassword: $currentPassword, newPassword: $newPassword) { id passwordChangedAt }\n  }\n": typeof types.ConsoleChangeOwnPasswordDocument,
    "mutation ConsoleStartTotp { startTotpEnrolment { secret otpauthUri qrSvg } }": typeof types.ConsoleStartTotpDocument,
    "\n  mutation ConsoleConfirmTotp($code: String!) { confirmTotpEnrolment(code: $code) { id totpEnabled } }\n": typeof types.ConsoleConfirmTotpDocument,
    "\n  mutation ConsoleDisableOwnTotp($password: String!) { disableOwnTotp(password: $password) { id totpEnabled } }\n": typeof types.ConsoleDisableOwnTotpDocument,
    "\n  mutation ConsoleResetAdminPassword($id: ID!) { resetAdminPassword(id: $id) { password admin { id email } } }\n": typeof types.ConsoleResetAdminPasswordDocument,
    "mutation ConsoleClearAdminTotp($id: ID!) { clearAdminTotp(id: $id) { id totpEnabled } }": typeof types.ConsoleClearAdminTotpDocument,
    "\n  query ConsoleDashboard {\n    adminDashboard {\n      customersByStatus { key count }\n      activeCustomersByPlan { key count }\n      newCustomersByDay { day count }\n      apiKeysByStatus { key count }\n      failedPaymentsByDay { day count }\n    }\n    adminUsage(days: 30) { byDay { day calls chargedCredits overageCredits errors p95LatencyMs } }\n  }\n": typeof types.ConsoleDashboardDocument,
    "\n  query ConsoleRevenueMetrics($months: Int!) {\n    revenueMetrics(months: $months) {\n      month mrrCents arrCents payingCustomers newCustomers churnedCustomers logoChurnRate revenueChurnRate arpuCents netRevenueRetention billedCents overageCents\n      upgradedCustomers downgradedCustomers upgradeRate downgradeRate ltvCents paymentSuccessRate failedPaymentRecoveryRate\n    }\n    pastDueCents\n  }\n": typeof types.ConsoleRevenueMetricsDocument,
    "\n  query ConsoleUsageExplorer($days: Int!) {\n    adminUsage(days: $days) {\n      byDay { day calls chargedCredits overageCredits errors p95LatencyMs }\n      byOperation { operationName calls chargedCredits }\n      topCustomers { customerId company calls chargedCredits }\n    }\n  }\n": typeof types.ConsoleUsageExplorerDocument,
    "\n  mutation ConsoleAdminLogin($email: String!, $password: String!, $totpCode: String) {\n    adminLogin(email: $email, password: $password, totpCode: $totpCode) { expiresAt admin { id email name role } }\n  }\n": typeof types.ConsoleAdminLoginDocument,
    "mutation ConsoleAdminLogout { adminLogout }": typeof types.ConsoleAdminLogoutDocument,
    "query ConsoleAdminMe { adminMe { id email name role } }": typeof types.ConsoleAdminMeDocument,
    "\n  query ConsoleRevenueReport($from: String!, $to: String!, $groupBy: RevenueGroupBy!) {\n    revenueReport(from: $from, to: $to, groupBy: $groupBy) {\n      from to billedCents overageCents refundedCents creditedCents netCents mirrorSubtotalCents invoiceCount lineCount\n      groups { key label amountCents overageCents lines }\n      lines { invoiceId invoiceNumber customerId company issuedAt status currency kind planCode description amountCents }\n    }\n  }\n": typeof types.ConsoleRevenueReportDocument,
    "\n  query ConsoleMrrReport($month: String!, $groupBy: MrrGroupBy!) {\n    mrrReport(month: $month, groupBy: $groupBy) {\n      month totalMrrCents lineCount\n      groups { key label mrrCents lines }\n    }\n  }\n": typeof types.ConsoleMrrReportDocument,
    "\n  query ConsoleRevenueCohorts($months: Int!) {\n    revenueCohorts(months: $months) { cohort customers retention }\n  }\n": typeof types.ConsoleRevenueCohortsDocument,
    "\n  query ConsoleCustomerMargins($from: String!, $to: String!) {\n    customerMargins(from: $from, to: $to) { customerId company revenueCents computeSeconds computeCostCents marginCents marginRate }\n  }\n": typeof types.ConsoleCustomerMarginsDocument,
    "\n  query ConsoleAdminUsers($page: Int!, $perPage: Int!) {\n    adminUsers(page: $page, perPage: $perPage) { totalCount items { id email name role disabled totpEnabled lastLoginAt createdAt } }\n  }\n": typeof types.ConsoleAdminUsersDocument,
    "\n  mutation ConsoleCreateAdminUser($input: CreateAdminUserInput!) { createAdminUser(input: $input) { id email name role disabled totpEnabled lastLoginAt createdAt } }\n": typeof types.ConsoleCreateAdminUserDocument,
    "\n  mutation ConsoleUpdateAdminUser($id: ID!, $role: AdminRole, $disabled: Boolean) {\n    updateAdminUser(id: $id, role: $role, disabled: $disabled) { id email name role disabled totpEnabled lastLoginAt createdAt }\n  }\n": typeof types.ConsoleUpdateAdminUserDocument,
    "\n  query ConsoleAdminAlerts($status: AdminAlertStatus, $kind: AdminAlertKind, $page: Int!, $perPage: Int!) {\n    adminAlerts(status: $status, kind: $kind, page: $page, perPage: $perPage) {\n      totalCount\n      items { id kind status subject customerId openedAt closedAt acknowledgedByEmail acknowledgementNote details }\n    }\n  }\n": typeof types.ConsoleAdminAlertsDocument,
    "\n  query ConsoleOpenAlertCount { adminAlerts(status: OPEN, perPage: 1) { totalCount } }\n": typeof types.ConsoleOpenAlertCountDocument,
    "\n  mutation ConsoleAcknowledgeAlert($id: ID!, $note: String!) { acknowledgeAdminAlert(id: $id, note: $note) { id status } }\n": typeof types.ConsoleAcknowledgeAlertDocument,
    "query ConsoleAlertMail { adminMe { id alertEmails } }": typeof types.ConsoleAlertMailDocument,
    "\n  mutation ConsoleSetAlertMail($enabled: Boolean!) { setMyAlertEmails(enabled: $enabled) { id alertEmails } }\n": typeof types.ConsoleSetAlertMailDocument,
    "\n  query ConsoleApiKeys($page: Int!, $perPage: Int!, $id: ID, $customerId: ID, $status: ApiKeyStatus, $search: String) {\n    adminApiKeys(page: $page, perPage: $perPage, id: $id, customerId: $customerId, status: $status, search: $search) {\n      totalCount\n      items { id name mode displayPrefix last4 scopes status expiresAt graceUntil lastUsedAt createdAt revokedAt createdBy customerId customer { id company } }\n    }\n  }\n": typeof types.ConsoleApiKeysDocument,
    "\n  mutation ConsoleRevokeApiKey($id: ID!, $reason: String!) { adminRevokeApiKey(id: $id, reason: $reason) { id status revokedAt } }\n": typeof types.ConsoleRevokeApiKeyDocument,
    "\n  mutation ConsoleRotateApiKey($id: ID!) { adminRotateApiKey(id: $id) { secret apiKey { id displayPrefix last4 } } }\n": typeof types.ConsoleRotateApiKeyDocument,
    "\n  query ConsoleAuditLog($page: Int!, $perPage: Int!, $id: ID, $targetType: String, $targetId: String) {\n    auditLog(page: $page, perPage: $perPage, id: $id, targetType: $targetType, targetId: $targetId) {\n      totalCount\n      items { id actorEmail action targetType targetId before after ip createdAt }\n    }\n  }\n": typeof types.ConsoleAuditLogDocument,
    "\n  query ConsoleSubscriptions($page: Int!, $perPage: Int!, $id: ID, $customerId: ID, $status: String) {\n    subscriptions(page: $page, perPage: $perPage, id: $id, customerId: $customerId, status: $status) {\n      totalCount\n      items { id customerId planCode status currentPeriodStart currentPeriodEnd cancelAtPeriodEnd trialEnd pastDueSince canceledAt createdAt }\n    }\n  }\n": typeof types.ConsoleSubscriptionsDocument,
    "\n  query ConsoleInvoices($page: Int!, $perPage: Int!, $id: ID, $customerId: ID, $status: String, $issuedMonth: String, $hasOverage: Boolean) {\n    invoices(page: $page, perPage: $perPage, id: $id, customerId: $customerId, status: $status, issuedMonth: $issuedMonth, hasOverage: $hasOverage) {\n      totalCount\n      items { id customerId number status billingReason currency subtotalCents totalCents amountPaidCents amountDueCents amountRefundedCents periodStart periodEnd paidAt issuedAt hostedInvoiceUrl invoicePdfUrl }\n    }\n  }\n": typeof types.ConsoleInvoicesDocument,
    "\n  query ConsoleStripeEvents($page: Int!, $perPage: Int!, $id: ID, $status: String) {\n    stripeEvents(page: $page, perPage: $perPage, id: $id, status: $status) {\n      totalCount\n      items { id type objectId status eventCreatedAt receivedAt processedAt attempts error }\n    }\n  }\n": typeof types.ConsoleStripeEventsDocument,
    "mutation ConsoleReplayStripeEvent($id: ID!) { replayStripeEvent(id: $id) { id status attempts error } }": typeof types.ConsoleReplayStripeEventDocument,
    "\n  query ConsoleOutbox($page: Int!, $perPage: Int!, $customerId: ID, $status: String) {\n    outbox(page: $page, perPage: $perPage, customerId: $customerId, status: $status) {\n      totalCount\n      items { id identifier customerId hourStart credits attempts nextAttemptAt sentAt deadAt lastError }\n    }\n  }\n": typeof types.ConsoleOutboxDocument,
    "\n  query ConsoleMeterDrift($page: Int!, $perPage: Int!, $customerId: ID, $onlyDrift: Boolean!) {\n    meterDrift(page: $page, perPage: $perPage, customerId: $customerId, onlyDrift: $onlyDrift) {\n      totalCount\n      items { id customerId hourStart localCredits stripeCredits driftCredits checkedAt }\n    }\n  }\n": typeof types.ConsoleMeterDriftDocument,
    "mutation ConsoleRetryOutboxRow($id: ID!) { retryOutboxRow(id: $id) { id identifier attempts deadAt sentAt } }": typeof types.ConsoleRetryOutboxRowDocument,
    "\n  query ConsoleInvoiceDetail($id: ID!) {\n    adminInvoice(id: $id) {\n      invoice { id stripeInvoiceId customerId number status billingReason currency subtotalCents totalCents amountPaidCents amountDueCents amountRefundedCents periodStart periodEnd paidAt issuedAt\n        creditNotes { id number status amountCents refundCents balanceCents reason memo issuedAt } }\n      lines { id kind description amountCents quantity periodStart periodEnd operations { operationName calls overageCredits } }\n      payments { amountCents paidAt }\n      refunds { amountCents refundedAt actorEmail reason }\n    }\n  }\n": typeof types.ConsoleInvoiceDetailDocument,
    "\n  mutation ConsoleRefundInvoice($id: ID!, $amountCents: Int, $reason: String!) {\n    adminRefundInvoice(id: $id, amountCents: $amountCents, reason: $reason) { id status amountRefundedCents }\n  }\n": typeof types.ConsoleRefundInvoiceDocument,
    "\n  mutation ConsoleVoidInvoice($id: ID!, $reason: String!) { adminVoidInvoice(id: $id, reason: $reason) { id status } }\n": typeof types.ConsoleVoidInvoiceDocument,
    "\n  mutation ConsoleMarkInvoiceUncollectible($id: ID!, $reason: String!) { adminMarkInvoiceUncollectible(id: $id, reason: $reason) { id status } }\n": typeof types.ConsoleMarkInvoiceUncollectibleDocument,
    "\n  mutation ConsoleCreditInvoice($id: ID!, $amountCents: Int!, $refundCents: Int!, $reason: String!) {\n    adminCreditInvoice(id: $id, amountCents: $amountCents, refundCents: $refundCents, reason: $reason) {\n      id status amountDueCents amountRefundedCents\n    }\n  }\n": typeof types.ConsoleCreditInvoiceDocument,
    "\n  mutation ConsoleCreateInvoice($customerId: ID!, $input: ManualInvoiceInput!, $reason: String!) {\n    adminCreateInvoice(customerId: $customerId, input: $input, reason: $reason) { id number status totalCents currency }\n  }\n": typeof types.ConsoleCreateInvoiceDocument,
    "\n  mutation ConsoleVoidCreditNote($id: ID!, $reason: String!) {\n    adminVoidCreditNote(id: $id, reason: $reason) { id status amountDueCents creditNotes { id status } }\n  }\n": typeof types.ConsoleVoidCreditNoteDocument,
    "\n  query ConsoleCoupons { coupons { id name percentOff amountOffCents currency duration durationInMonths timesRedeemed createdAt } }\n": typeof types.ConsoleCouponsDocument,
    "\n  mutation ConsoleCreateCoupon($input: CouponInput!) { createCoupon(input: $input) { id name } }\n": typeof types.ConsoleCreateCouponDocument,
    "\n  mutation ConsoleDeleteCoupon($id: ID!) { deleteCoupon(id: $id) }\n": typeof types.ConsoleDeleteCouponDocument,
    "\n  query ConsoleCustomerCoupon($customerId: ID!) {\n    customerCoupon(customerId: $customerId) { id name percentOff amountOffCents currency duration durationInMonths }\n  }\n": typeof types.ConsoleCustomerCouponDocument,
    "\n  mutation ConsoleApplyCoupon($couponId: ID!, $customerId: ID!, $reason: String!) {\n    applyCoupon(couponId: $couponId, customerId: $customerId, reason: $reason) { id }\n  }\n": typeof types.ConsoleApplyCouponDocument,
    "\n  mutation ConsoleRemoveCoupon($customerId: ID!, $reason: String!) { removeCoupon(customerId: $customerId, reason: $reason) }\n": typeof types.ConsoleRemoveCouponDocument,
    "\n  query ConsoleCustomerCredits($customerId: ID!) {\n    customerCredits(customerId: $customerId) {\n      periodStart periodEnd includedCredits includedRemaining prepaidRemaining reservedCredits usedCredits overageCredits overageCentsPer1000Credits\n    }\n  }\n": typeof types.ConsoleCustomerCreditsDocument,
    "\n  mutation ConsoleGrantCredits($customerId: ID!, $credits: Int!, $reason: String!) {\n    grantCredits(customerId: $customerId, credits: $credits, reason: $reason) { includedRemaining prepaidRemaining }\n  }\n": typeof types.ConsoleGrantCreditsDocument,
    "\n  query ConsoleCustomerOverrides($customerId: ID!) {\n    customerOverrides(customerId: $customerId) { rateLimitCreditsPerSecond burstCredits includedCredits overageCentsPer1000Credits hardStop maxIterationsSync }\n  }\n": typeof types.ConsoleCustomerOverridesDocument,
    "\n  mutation ConsoleSetCustomerOverrides($customerId: ID!, $input: CustomerOverridesInput!) {\n    setCustomerOverrides(customerId: $customerId, input: $input) { rateLimitCreditsPerSecond burstCredits includedCredits overageCentsPer1000Credits hardStop maxIterationsSync }\n  }\n": typeof types.ConsoleSetCustomerOverridesDocument,
    "\n  query ConsoleCustomerUsage($id: ID!, $days: Int!) {\n    customer(id: $id) {\n      id\n      usageByDay(days: $days) { day calls chargedCredits overageCredits errors p95LatencyMs }\n      usageByOperation(days: $days) { operationName calls chargedCredits }\n      ledger(limit: 50) { id kind credits reason requestId periodStart createdAt }\n    }\n  }\n": typeof types.ConsoleCustomerUsageDocument,
    "\n  query ConsoleCustomers($page: Int!, $perPage: Int!, $search: String, $status: CustomerStatus, $planCode: String, $sortField: CustomerSortField!, $sortOrder: SortOrder!) {\n    customers(page: $page, perPage: $perPage, search: $search, status: $status, planCode: $planCode, sortField: $sortField, sortOrder: $sortOrder) {\n      totalCount\n      items {\n        id company email billingEmail taxId status suspendedReason createdAt\n        currentSubscription { id status planCode planName priceCents currentPeriodStart currentPeriodEnd cancelAtPeriodEnd trialEnd pastDueSince canceledAt }\n        keyCounts { total active }\n      }\n    }\n  }\n": typeof types.ConsoleCustomersDocument,
    "\n  query ConsoleCustomer($id: ID!) {\n    customer(id: $id) {\n      id company email billingEmail taxId status suspendedReason createdAt stripeCustomerId notes tags\n      address { line1 line2 city state postalCode country }\n      currentSubscription { id status planCode planName priceCents currentPeriodStart currentPeriodEnd cancelAtPeriodEnd trialEnd pastDueSince canceledAt }\n      keyCounts { total active }\n    }\n  }\n": typeof types.ConsoleCustomerDocument,
    "\n  mutation ConsoleSuspendCustomer($id: ID!, $reason: String!) { suspendCustomer(id: $id, reason: $reason) { id status suspendedReason } }\n": typeof types.ConsoleSuspendCustomerDocument,
    "\n  mutation ConsoleReinstateCustomer($id: ID!) { reinstateCustomer(id: $id) { id status suspendedReason } }\n": typeof types.ConsoleReinstateCustomerDocument,
    "\n  query ConsolePlansOnSale { plans { id code name priceCents currency includedCredits rateLimitCreditsPerSecond maxIterationsSync maxConcurrentJobs } }\n": typeof types.ConsolePlansOnSaleDocument,
    "\n  query ConsoleAdminPreviewPlanChange($customerId: ID!, $plan: String!) {\n    adminPreviewPlanChange(customerId: $customerId, plan: $plan) {\n      immediate prorationCents nextInvoiceCents currency effectiveAt\n      includedCreditsChange rateLimitChange maxIterationsSyncChange maxConcurrentJobsChange featuresAdded featuresRemoved\n    }\n  }\n": typeof types.ConsoleAdminPreviewPlanChangeDocument,
    "\n  mutation ConsoleAdminChangePlan($customerId: ID!, $plan: String!) { adminChangePlan(customerId: $customerId, plan: $plan) { immediate effectiveAt to { code name } } }\n": typeof types.ConsoleAdminChangePlanDocument,
    "\n  mutation ConsoleAdminCancelSubscription($customerId: ID!, $atPeriodEnd: Boolean!) { adminCancelSubscription(customerId: $customerId, atPeriodEnd: $atPeriodEnd) { id status cancelAtPeriodEnd } }\n": typeof types.ConsoleAdminCancelSubscriptionDocument,
    "\n  mutation ConsoleUpdateCustomer($id: ID!, $input: CustomerProfileInput!) {\n    adminUpdateCustomer(id: $id, input: $input) {\n      id company email billingEmail taxId status suspendedReason createdAt stripeCustomerId notes tags\n      address { line1 line2 city state postalCode country }\n    }\n  }\n": typeof types.ConsoleUpdateCustomerDocument,
    "\n  query ConsoleCustomerTimeline($customerId: ID!) { customerTimeline(customerId: $customerId) { at kind title actor targetType targetId } }\n": typeof types.ConsoleCustomerTimelineDocument,
    "\n  query ConsoleCustomerWebhooks($customerId: ID!) {\n    customerWebhooks(customerId: $customerId, deliveries: 10) {\n      endpoint { id url description eventTypes enabled failureStreak createdAt }\n      recentDeliveries {\n        totalCount\n        items { id eventId eventType status attempts lastStatusCode lastLatencyMs lastError nextAttemptAt lastAttemptAt createdAt }\n      }\n    }\n  }\n": typeof types.ConsoleCustomerWebhooksDocument,
    "\n  mutation ConsoleIssueApiKey($customerId: ID!, $input: CreateApiKeyInput!, $reason: String!) {\n    adminIssueApiKey(customerId: $customerId, input: $input, reason: $reason) { secret apiKey { id name displayPrefix } }\n  }\n": typeof types.ConsoleIssueApiKeyDocument,
    "\n  query ConsoleDunningQueue {\n    dunningQueue {\n      subscriptionId customerId company customerStatus planName status pastDueSince graceExtendedUntil invoiceId invoiceNumber\n      amountDueCents currency attemptCount nextAttemptAt remainingAttempts degradesAt daysToDegradation suspendsAt daysToSuspension\n    }\n  }\n": typeof types.ConsoleDunningQueueDocument,
    "\n  mutation ConsoleDunningRetry($id: ID!, $reason: String!) { dunningRetryNow(subscriptionId: $id, reason: $reason) { message } }\n": typeof types.ConsoleDunningRetryDocument,
    "\n  mutation ConsoleDunningExtend($id: ID!, $days: Int!, $reason: String!) { dunningExtendGrace(subscriptionId: $id, days: $days, reason: $reason) { message } }\n": typeof types.ConsoleDunningExtendDocument,
    "\n  mutation ConsoleDunningWaive($id: ID!, $reason: String!) { dunningWaive(subscriptionId: $id, reason: $reason) { message } }\n": typeof types.ConsoleDunningWaiveDocument,
    "\n  mutation ConsoleDunningSuspend($id: ID!, $reason: String!) { dunningSuspend(subscriptionId: $id, reason: $reason) { message } }\n": typeof types.ConsoleDunningSuspendDocument,
    "\n  mutation ConsoleAdminResumeSubscription($customerId: ID!) { adminResumeSubscription(customerId: $customerId) { id } }\n": typeof types.ConsoleAdminResumeSubscriptionDocument,
    "\n  query ConsoleAllPlans {\n    allPlans { id code name priceCents currency includedCredits overageCentsPer1000Credits rateLimitCreditsPerSecond burstCredits maxIterationsSync maxConcurrentJobs maxWorkUnitsPerRun features active }\n  }\n": typeof types.ConsoleAllPlansDocument,
    "\n  mutation ConsoleUpdatePlan($code: String!, $input: UpdatePlanInput!) {\n    updatePlan(code: $code, input: $input) { id code name priceCents currency includedCredits overageCentsPer1000Credits rateLimitCreditsPerSecond burstCredits maxIterationsSync maxConcurrentJobs maxWorkUnitsPerRun features active }\n  }\n": typeof types.ConsoleUpdatePlanDocument,
    "mutation ConsoleSyncPlans { syncPlansToStripe { plans created } }": typeof types.ConsoleSyncPlansDocument,
    "\n  mutation ConsoleCreatePlan($input: CreatePlanInput!) {\n    createPlan(input: $input) { id code name priceCents currency includedCredits overageCentsPer1000Credits rateLimitCreditsPerSecond burstCredits maxIterationsSync maxConcurrentJobs maxWorkUnitsPerRun features active }\n  }\n": typeof types.ConsoleCreatePlanDocument,
    "\n  query ConsolePlanPriceVersions($planCode: String!) {\n    planPriceVersions(planCode: $planCode) { id version priceCents overageCentsPer1000Credits stripeBasePriceId stripeMeteredPriceId createdAt subscribers current }\n  }\n": typeof types.ConsolePlanPriceVersionsDocument,
    "\n  query ConsolePreviewPriceMigration($planCode: String!) {\n    previewPlanPriceMigration(planCode: $planCode) {\n      targetVersion count\n      subscriptions { subscriptionId company currentVersion currentPriceCents newPriceCents effectiveAt }\n    }\n  }\n": typeof types.ConsolePreviewPriceMigrationDocument,
    "\n  mutation ConsoleMigratePlanSubscribers($planCode: String!, $reason: String!) {\n    migratePlanSubscribers(planCode: $planCode, reason: $reason) { targetVersion count }\n  }\n": typeof types.ConsoleMigratePlanSubscribersDocument,
    "\n  query ConsoleSimulations($page: Int!, $perPage: Int!, $customerId: ID, $status: SimulationStatus) {\n    adminSimulations(page: $page, perPage: $perPage, customerId: $customerId, status: $status) {\n      totalCount\n      items { id customerId customer { id company } run { id status async progress iterations iterationsRun credits durationMs error createdAt finishedAt } }\n    }\n  }\n": typeof types.ConsoleSimulationsDocument,
    "\n  query ConsoleSimulation($id: ID!) {\n    adminSimulation(id: $id) {\n      id customerId customer { id company }\n      run {\n        id status async progress iterations iterationsRun seed reproducibilityKey engineVersion credits attempts error input createdAt startedAt finishedAt durationMs\n        result {\n          stoppedEarly warnings\n          outputs { name count mean std min max percentiles { percentile value } histogram { edges counts } }\n          sensitivity { output inputs { input rankCorrelation contributionToVariance low high } }\n        }\n      }\n    }\n  }\n": typeof types.ConsoleSimulationDocument,
    "\n  query ConsoleSimulationDownload($id: ID!, $format: ExportFormat!) {\n    adminSimulationDownload(id: $id, format: $format) { path expiresAt }\n  }\n": typeof types.ConsoleSimulationDownloadDocument,
};
const documents: Documents = {
    "\n  query ConsoleAccountMe { adminMe { id email name role totpEnabled passwordChangedAt } }\n": types.ConsoleAccountMeDocument,
    "\n  query ConsoleSessions($adminId: ID) { adminSessions(adminId: $adminId) { id ip createdAt expiresAt current } }\n": types.ConsoleSessionsDocument,
    "mutation ConsoleEndSession($id: ID!) { endAdminSession(id: $id) }": types.ConsoleEndSessionDocument,
    "\n  mutation ConsoleChangeOwnPassword($currentPassword: String!, $newPassword: String!) {\n    changeOwnAdminPassword(currentPassword: $currentPassword, newPassword: $newPassword) { id passwordChangedAt }\n  }\n": types.ConsoleChangeOwnPasswordDocument,
    "mutation ConsoleStartTotp { startTotpEnrolment { secret otpauthUri qrSvg } }": types.ConsoleStartTotpDocument,
    "\n  mutation ConsoleConfirmTotp($code: String!) { confirmTotpEnrolment(code: $code) { id totpEnabled } }\n": types.ConsoleConfirmTotpDocument,
    "\n  mutation ConsoleDisableOwnTotp($password: String!) { disableOwnTotp(password: $password) { id totpEnabled } }\n": types.ConsoleDisableOwnTotpDocument,
    "\n  mutation ConsoleResetAdminPassword($id: ID!) { resetAdminPassword(id: $id) { password admin { id email } } }\n": types.ConsoleResetAdminPasswordDocument,
    "mutation ConsoleClearAdminTotp($id: ID!) { clearAdminTotp(id: $id) { id totpEnabled } }": types.ConsoleClearAdminTotpDocument,
    "\n  query ConsoleDashboard {\n    adminDashboard {\n      customersByStatus { key count }\n      activeCustomersByPlan { key count }\n      newCustomersByDay { day count }\n      apiKeysByStatus { key count }\n      failedPaymentsByDay { day count }\n    }\n    adminUsage(days: 30) { byDay { day calls chargedCredits overageCredits errors p95LatencyMs } }\n  }\n": types.ConsoleDashboardDocument,
    "\n  query ConsoleRevenueMetrics($months: Int!) {\n    revenueMetrics(months: $months) {\n      month mrrCents arrCents payingCustomers newCustomers churnedCustomers logoChurnRate revenueChurnRate arpuCents netRevenueRetention billedCents overageCents\n      upgradedCustomers downgradedCustomers upgradeRate downgradeRate ltvCents paymentSuccessRate failedPaymentRecoveryRate\n    }\n    pastDueCents\n  }\n": types.ConsoleRevenueMetricsDocument,
    "\n  query ConsoleUsageExplorer($days: Int!) {\n    adminUsage(days: $days) {\n      byDay { day calls chargedCredits overageCredits errors p95LatencyMs }\n      byOperation { operationName calls chargedCredits }\n      topCustomers { customerId company calls chargedCredits }\n    }\n  }\n": types.ConsoleUsageExplorerDocument,
    "\n  mutation ConsoleAdminLogin($email: String!, $password: String!, $totpCode: String) {\n    adminLogin(email: $email, password: $password, totpCode: $totpCode) { expiresAt admin { id email name role } }\n  }\n": types.ConsoleAdminLoginDocument,
    "mutation ConsoleAdminLogout { adminLogout }": types.ConsoleAdminLogoutDocument,
    "query ConsoleAdminMe { adminMe { id email name role } }": types.ConsoleAdminMeDocument,
    "\n  query ConsoleRevenueReport($from: String!, $to: String!, $groupBy: RevenueGroupBy!) {\n    revenueReport(from: $from, to: $to, groupBy: $groupBy) {\n      from to billedCents overageCents refundedCents creditedCents netCents mirrorSubtotalCents invoiceCount lineCount\n      groups { key label amountCents overageCents lines }\n      lines { invoiceId invoiceNumber customerId company issuedAt status currency kind planCode description amountCents }\n    }\n  }\n": types.ConsoleRevenueReportDocument,
    "\n  query ConsoleMrrReport($month: String!, $groupBy: MrrGroupBy!) {\n    mrrReport(month: $month, groupBy: $groupBy) {\n      month totalMrrCents lineCount\n      groups { key label mrrCents lines }\n    }\n  }\n": types.ConsoleMrrReportDocument,
    "\n  query ConsoleRevenueCohorts($months: Int!) {\n    revenueCohorts(months: $months) { cohort customers retention }\n  }\n": types.ConsoleRevenueCohortsDocument,
    "\n  query ConsoleCustomerMargins($from: String!, $to: String!) {\n    customerMargins(from: $from, to: $to) { customerId company revenueCents computeSeconds computeCostCents marginCents marginRate }\n  }\n": types.ConsoleCustomerMarginsDocument,
    "\n  query ConsoleAdminUsers($page: Int!, $perPage: Int!) {\n    adminUsers(page: $page, perPage: $perPage) { totalCount items { id email name role disabled totpEnabled lastLoginAt createdAt } }\n  }\n": types.ConsoleAdminUsersDocument,
    "\n  mutation ConsoleCreateAdminUser($input: CreateAdminUserInput!) { createAdminUser(input: $input) { id email name role disabled totpEnabled lastLoginAt createdAt } }\n": types.ConsoleCreateAdminUserDocument,
    "\n  mutation ConsoleUpdateAdminUser($id: ID!, $role: AdminRole, $disabled: Boolean) {\n    updateAdminUser(id: $id, role: $role, disabled: $disabled) { id email name role disabled totpEnabled lastLoginAt createdAt }\n  }\n": types.ConsoleUpdateAdminUserDocument,
    "\n  query ConsoleAdminAlerts($status: AdminAlertStatus, $kind: AdminAlertKind, $page: Int!, $perPage: Int!) {\n    adminAlerts(status: $status, kind: $kind, page: $page, perPage: $perPage) {\n      totalCount\n      items { id kind status subject customerId openedAt closedAt acknowledgedByEmail acknowledgementNote details }\n    }\n  }\n": types.ConsoleAdminAlertsDocument,
    "\n  query ConsoleOpenAlertCount { adminAlerts(status: OPEN, perPage: 1) { totalCount } }\n": types.ConsoleOpenAlertCountDocument,
    "\n  mutation ConsoleAcknowledgeAlert($id: ID!, $note: String!) { acknowledgeAdminAlert(id: $id, note: $note) { id status } }\n": types.ConsoleAcknowledgeAlertDocument,
    "query ConsoleAlertMail { adminMe { id alertEmails } }": types.ConsoleAlertMailDocument,
    "\n  mutation ConsoleSetAlertMail($enabled: Boolean!) { setMyAlertEmails(enabled: $enabled) { id alertEmails } }\n": types.ConsoleSetAlertMailDocument,
    "\n  query ConsoleApiKeys($page: Int!, $perPage: Int!, $id: ID, $customerId: ID, $status: ApiKeyStatus, $search: String) {\n    adminApiKeys(page: $page, perPage: $perPage, id: $id, customerId: $customerId, status: $status, search: $search) {\n      totalCount\n      items { id name mode displayPrefix last4 scopes status expiresAt graceUntil lastUsedAt createdAt revokedAt createdBy customerId customer { id company } }\n    }\n  }\n": types.ConsoleApiKeysDocument,
    "\n  mutation ConsoleRevokeApiKey($id: ID!, $reason: String!) { adminRevokeApiKey(id: $id, reason: $reason) { id status revokedAt } }\n": types.ConsoleRevokeApiKeyDocument,
    "\n  mutation ConsoleRotateApiKey($id: ID!) { adminRotateApiKey(id: $id) { secret apiKey { id displayPrefix last4 } } }\n": types.ConsoleRotateApiKeyDocument,
    "\n  query ConsoleAuditLog($page: Int!, $perPage: Int!, $id: ID, $targetType: String, $targetId: String) {\n    auditLog(page: $page, perPage: $perPage, id: $id, targetType: $targetType, targetId: $targetId) {\n      totalCount\n      items { id actorEmail action targetType targetId before after ip createdAt }\n    }\n  }\n": types.ConsoleAuditLogDocument,
    "\n  query ConsoleSubscriptions($page: Int!, $perPage: Int!, $id: ID, $customerId: ID, $status: String) {\n    subscriptions(page: $page, perPage: $perPage, id: $id, customerId: $customerId, status: $status) {\n      totalCount\n      items { id customerId planCode status currentPeriodStart currentPeriodEnd cancelAtPeriodEnd trialEnd pastDueSince canceledAt createdAt }\n    }\n  }\n": types.ConsoleSubscriptionsDocument,
    "\n  query ConsoleInvoices($page: Int!, $perPage: Int!, $id: ID, $customerId: ID, $status: String, $issuedMonth: String, $hasOverage: Boolean) {\n    invoices(page: $page, perPage: $perPage, id: $id, customerId: $customerId, status: $status, issuedMonth: $issuedMonth, hasOverage: $hasOverage) {\n      totalCount\n      items { id customerId number status billingReason currency subtotalCents totalCents amountPaidCents amountDueCents amountRefundedCents periodStart periodEnd paidAt issuedAt hostedInvoiceUrl invoicePdfUrl }\n    }\n  }\n": types.ConsoleInvoicesDocument,
    "\n  query ConsoleStripeEvents($page: Int!, $perPage: Int!, $id: ID, $status: String) {\n    stripeEvents(page: $page, perPage: $perPage, id: $id, status: $status) {\n      totalCount\n      items { id type objectId status eventCreatedAt receivedAt processedAt attempts error }\n    }\n  }\n": types.ConsoleStripeEventsDocument,
    "mutation ConsoleReplayStripeEvent($id: ID!) { replayStripeEvent(id: $id) { id status attempts error } }": types.ConsoleReplayStripeEventDocument,
    "\n  query ConsoleOutbox($page: Int!, $perPage: Int!, $customerId: ID, $status: String) {\n    outbox(page: $page, perPage: $perPage, customerId: $customerId, status: $status) {\n      totalCount\n      items { id identifier customerId hourStart credits attempts nextAttemptAt sentAt deadAt lastError }\n    }\n  }\n": types.ConsoleOutboxDocument,
    "\n  query ConsoleMeterDrift($page: Int!, $perPage: Int!, $customerId: ID, $onlyDrift: Boolean!) {\n    meterDrift(page: $page, perPage: $perPage, customerId: $customerId, onlyDrift: $onlyDrift) {\n      totalCount\n      items { id customerId hourStart localCredits stripeCredits driftCredits checkedAt }\n    }\n  }\n": types.ConsoleMeterDriftDocument,
    "mutation ConsoleRetryOutboxRow($id: ID!) { retryOutboxRow(id: $id) { id identifier attempts deadAt sentAt } }": types.ConsoleRetryOutboxRowDocument,
    "\n  query ConsoleInvoiceDetail($id: ID!) {\n    adminInvoice(id: $id) {\n      invoice { id stripeInvoiceId customerId number status billingReason currency subtotalCents totalCents amountPaidCents amountDueCents amountRefundedCents periodStart periodEnd paidAt issuedAt\n        creditNotes { id number status amountCents refundCents balanceCents reason memo issuedAt } }\n      lines { id kind description amountCents quantity periodStart periodEnd operations { operationName calls overageCredits } }\n      payments { amountCents paidAt }\n      refunds { amountCents refundedAt actorEmail reason }\n    }\n  }\n": types.ConsoleInvoiceDetailDocument,
    "\n  mutation ConsoleRefundInvoice($id: ID!, $amountCents: Int, $reason: String!) {\n    adminRefundInvoice(id: $id, amountCents: $amountCents, reason: $reason) { id status amountRefundedCents }\n  }\n": types.ConsoleRefundInvoiceDocument,
    "\n  mutation ConsoleVoidInvoice($id: ID!, $reason: String!) { adminVoidInvoice(id: $id, reason: $reason) { id status } }\n": types.ConsoleVoidInvoiceDocument,
    "\n  mutation ConsoleMarkInvoiceUncollectible($id: ID!, $reason: String!) { adminMarkInvoiceUncollectible(id: $id, reason: $reason) { id status } }\n": types.ConsoleMarkInvoiceUncollectibleDocument,
    "\n  mutation ConsoleCreditInvoice($id: ID!, $amountCents: Int!, $refundCents: Int!, $reason: String!) {\n    adminCreditInvoice(id: $id, amountCents: $amountCents, refundCents: $refundCents, reason: $reason) {\n      id status amountDueCents amountRefundedCents\n    }\n  }\n": types.ConsoleCreditInvoiceDocument,
    "\n  mutation ConsoleCreateInvoice($customerId: ID!, $input: ManualInvoiceInput!, $reason: String!) {\n    adminCreateInvoice(customerId: $customerId, input: $input, reason: $reason) { id number status totalCents currency }\n  }\n": types.ConsoleCreateInvoiceDocument,
    "\n  mutation ConsoleVoidCreditNote($id: ID!, $reason: String!) {\n    adminVoidCreditNote(id: $id, reason: $reason) { id status amountDueCents creditNotes { id status } }\n  }\n": types.ConsoleVoidCreditNoteDocument,
    "\n  query ConsoleCoupons { coupons { id name percentOff amountOffCents currency duration durationInMonths timesRedeemed createdAt } }\n": types.ConsoleCouponsDocument,
    "\n  mutation ConsoleCreateCoupon($input: CouponInput!) { createCoupon(input: $input) { id name } }\n": types.ConsoleCreateCouponDocument,
    "\n  mutation ConsoleDeleteCoupon($id: ID!) { deleteCoupon(id: $id) }\n": types.ConsoleDeleteCouponDocument,
    "\n  query ConsoleCustomerCoupon($customerId: ID!) {\n    customerCoupon(customerId: $customerId) { id name percentOff amountOffCents currency duration durationInMonths }\n  }\n": types.ConsoleCustomerCouponDocument,
    "\n  mutation ConsoleApplyCoupon($couponId: ID!, $customerId: ID!, $reason: String!) {\n    applyCoupon(couponId: $couponId, customerId: $customerId, reason: $reason) { id }\n  }\n": types.ConsoleApplyCouponDocument,
    "\n  mutation ConsoleRemoveCoupon($customerId: ID!, $reason: String!) { removeCoupon(customerId: $customerId, reason: $reason) }\n": types.ConsoleRemoveCouponDocument,
    "\n  query ConsoleCustomerCredits($customerId: ID!) {\n    customerCredits(customerId: $customerId) {\n      periodStart periodEnd includedCredits includedRemaining prepaidRemaining reservedCredits usedCredits overageCredits overageCentsPer1000Credits\n    }\n  }\n": types.ConsoleCustomerCreditsDocument,
    "\n  mutation ConsoleGrantCredits($customerId: ID!, $credits: Int!, $reason: String!) {\n    grantCredits(customerId: $customerId, credits: $credits, reason: $reason) { includedRemaining prepaidRemaining }\n  }\n": types.ConsoleGrantCreditsDocument,
    "\n  query ConsoleCustomerOverrides($customerId: ID!) {\n    customerOverrides(customerId: $customerId) { rateLimitCreditsPerSecond burstCredits includedCredits overageCentsPer1000Credits hardStop maxIterationsSync }\n  }\n": types.ConsoleCustomerOverridesDocument,
    "\n  mutation ConsoleSetCustomerOverrides($customerId: ID!, $input: CustomerOverridesInput!) {\n    setCustomerOverrides(customerId: $customerId, input: $input) { rateLimitCreditsPerSecond burstCredits includedCredits overageCentsPer1000Credits hardStop maxIterationsSync }\n  }\n": types.ConsoleSetCustomerOverridesDocument,
    "\n  query ConsoleCustomerUsage($id: ID!, $days: Int!) {\n    customer(id: $id) {\n      id\n      usageByDay(days: $days) { day calls chargedCredits overageCredits errors p95LatencyMs }\n      usageByOperation(days: $days) { operationName calls chargedCredits }\n      ledger(limit: 50) { id kind credits reason requestId periodStart createdAt }\n    }\n  }\n": types.ConsoleCustomerUsageDocument,
    "\n  query ConsoleCustomers($page: Int!, $perPage: Int!, $search: String, $status: CustomerStatus, $planCode: String, $sortField: CustomerSortField!, $sortOrder: SortOrder!) {\n    customers(page: $page, perPage: $perPage, search: $search, status: $status, planCode: $planCode, sortField: $sortField, sortOrder: $sortOrder) {\n      totalCount\n      items {\n        id company email billingEmail taxId status suspendedReason createdAt\n        currentSubscription { id status planCode planName priceCents currentPeriodStart currentPeriodEnd cancelAtPeriodEnd trialEnd pastDueSince canceledAt }\n        keyCounts { total active }\n      }\n    }\n  }\n": types.ConsoleCustomersDocument,
    "\n  query ConsoleCustomer($id: ID!) {\n    customer(id: $id) {\n      id company email billingEmail taxId status suspendedReason createdAt stripeCustomerId notes tags\n      address { line1 line2 city state postalCode country }\n      currentSubscription { id status planCode planName priceCents currentPeriodStart currentPeriodEnd cancelAtPeriodEnd trialEnd pastDueSince canceledAt }\n      keyCounts { total active }\n    }\n  }\n": types.ConsoleCustomerDocument,
    "\n  mutation ConsoleSuspendCustomer($id: ID!, $reason: String!) { suspendCustomer(id: $id, reason: $reason) { id status suspendedReason } }\n": types.ConsoleSuspendCustomerDocument,
    "\n  mutation ConsoleReinstateCustomer($id: ID!) { reinstateCustomer(id: $id) { id status suspendedReason } }\n": types.ConsoleReinstateCustomerDocument,
    "\n  query ConsolePlansOnSale { plans { id code name priceCents currency includedCredits rateLimitCreditsPerSecond maxIterationsSync maxConcurrentJobs } }\n": types.ConsolePlansOnSaleDocument,
    "\n  query ConsoleAdminPreviewPlanChange($customerId: ID!, $plan: String!) {\n    adminPreviewPlanChange(customerId: $customerId, plan: $plan) {\n      immediate prorationCents nextInvoiceCents currency effectiveAt\n      includedCreditsChange rateLimitChange maxIterationsSyncChange maxConcurrentJobsChange featuresAdded featuresRemoved\n    }\n  }\n": types.ConsoleAdminPreviewPlanChangeDocument,
    "\n  mutation ConsoleAdminChangePlan($customerId: ID!, $plan: String!) { adminChangePlan(customerId: $customerId, plan: $plan) { immediate effectiveAt to { code name } } }\n": types.ConsoleAdminChangePlanDocument,
    "\n  mutation ConsoleAdminCancelSubscription($customerId: ID!, $atPeriodEnd: Boolean!) { adminCancelSubscription(customerId: $customerId, atPeriodEnd: $atPeriodEnd) { id status cancelAtPeriodEnd } }\n": types.ConsoleAdminCancelSubscriptionDocument,
    "\n  mutation ConsoleUpdateCustomer($id: ID!, $input: CustomerProfileInput!) {\n    adminUpdateCustomer(id: $id, input: $input) {\n      id company email billingEmail taxId status suspendedReason createdAt stripeCustomerId notes tags\n      address { line1 line2 city state postalCode country }\n    }\n  }\n": types.ConsoleUpdateCustomerDocument,
    "\n  query ConsoleCustomerTimeline($customerId: ID!) { customerTimeline(customerId: $customerId) { at kind title actor targetType targetId } }\n": types.ConsoleCustomerTimelineDocument,
    "\n  query ConsoleCustomerWebhooks($customerId: ID!) {\n    customerWebhooks(customerId: $customerId, deliveries: 10) {\n      endpoint { id url description eventTypes enabled failureStreak createdAt }\n      recentDeliveries {\n        totalCount\n        items { id eventId eventType status attempts lastStatusCode lastLatencyMs lastError nextAttemptAt lastAttemptAt createdAt }\n      }\n    }\n  }\n": types.ConsoleCustomerWebhooksDocument,
    "\n  mutation ConsoleIssueApiKey($customerId: ID!, $input: CreateApiKeyInput!, $reason: String!) {\n    adminIssueApiKey(customerId: $customerId, input: $input, reason: $reason) { secret apiKey { id name displayPrefix } }\n  }\n": types.ConsoleIssueApiKeyDocument,
    "\n  query ConsoleDunningQueue {\n    dunningQueue {\n      subscriptionId customerId company customerStatus planName status pastDueSince graceExtendedUntil invoiceId invoiceNumber\n      amountDueCents currency attemptCount nextAttemptAt remainingAttempts degradesAt daysToDegradation suspendsAt daysToSuspension\n    }\n  }\n": types.ConsoleDunningQueueDocument,
    "\n  mutation ConsoleDunningRetry($id: ID!, $reason: String!) { dunningRetryNow(subscriptionId: $id, reason: $reason) { message } }\n": types.ConsoleDunningRetryDocument,
    "\n  mutation ConsoleDunningExtend($id: ID!, $days: Int!, $reason: String!) { dunningExtendGrace(subscriptionId: $id, days: $days, reason: $reason) { message } }\n": types.ConsoleDunningExtendDocument,
    "\n  mutation ConsoleDunningWaive($id: ID!, $reason: String!) { dunningWaive(subscriptionId: $id, reason: $reason) { message } }\n": types.ConsoleDunningWaiveDocument,
    "\n  mutation ConsoleDunningSuspend($id: ID!, $reason: String!) { dunningSuspend(subscriptionId: $id, reason: $reason) { message } }\n": types.ConsoleDunningSuspendDocument,
    "\n  mutation ConsoleAdminResumeSubscription($customerId: ID!) { adminResumeSubscription(customerId: $customerId) { id } }\n": types.ConsoleAdminResumeSubscriptionDocument,
    "\n  query ConsoleAllPlans {\n    allPlans { id code name priceCents currency includedCredits overageCentsPer1000Credits rateLimitCreditsPerSecond burstCredits maxIterationsSync maxConcurrentJobs maxWorkUnitsPerRun features active }\n  }\n": types.ConsoleAllPlansDocument,
    "\n  mutation ConsoleUpdatePlan($code: String!, $input: UpdatePlanInput!) {\n    updatePlan(code: $code, input: $input) { id code name priceCents currency includedCredits overageCentsPer1000Credits rateLimitCreditsPerSecond burstCredits maxIterationsSync maxConcurrentJobs maxWorkUnitsPerRun features active }\n  }\n": types.ConsoleUpdatePlanDocument,
    "mutation ConsoleSyncPlans { syncPlansToStripe { plans created } }": types.ConsoleSyncPlansDocument,
    "\n  mutation ConsoleCreatePlan($input: CreatePlanInput!) {\n    createPlan(input: $input) { id code name priceCents currency includedCredits overageCentsPer1000Credits rateLimitCreditsPerSecond burstCredits maxIterationsSync maxConcurrentJobs maxWorkUnitsPerRun features active }\n  }\n": types.ConsoleCreatePlanDocument,
    "\n  query ConsolePlanPriceVersions($planCode: String!) {\n    planPriceVersions(planCode: $planCode) { id version priceCents overageCentsPer1000Credits stripeBasePriceId stripeMeteredPriceId createdAt subscribers current }\n  }\n": types.ConsolePlanPriceVersionsDocument,
    "\n  query ConsolePreviewPriceMigration($planCode: String!) {\n    previewPlanPriceMigration(planCode: $planCode) {\n      targetVersion count\n      subscriptions { subscriptionId company currentVersion currentPriceCents newPriceCents effectiveAt }\n    }\n  }\n": types.ConsolePreviewPriceMigrationDocument,
    "\n  mutation ConsoleMigratePlanSubscribers($planCode: String!, $reason: String!) {\n    migratePlanSubscribers(planCode: $planCode, reason: $reason) { targetVersion count }\n  }\n": types.ConsoleMigratePlanSubscribersDocument,
    "\n  query ConsoleSimulations($page: Int!, $perPage: Int!, $customerId: ID, $status: SimulationStatus) {\n    adminSimulations(page: $page, perPage: $perPage, customerId: $customerId, status: $status) {\n      totalCount\n      items { id customerId customer { id company } run { id status async progress iterations iterationsRun credits durationMs error createdAt finishedAt } }\n    }\n  }\n": types.ConsoleSimulationsDocument,
    "\n  query ConsoleSimulation($id: ID!) {\n    adminSimulation(id: $id) {\n      id customerId customer { id company }\n      run {\n        id status async progress iterations iterationsRun seed reproducibilityKey engineVersion credits attempts error input createdAt startedAt finishedAt durationMs\n        result {\n          stoppedEarly warnings\n          outputs { name count mean std min max percentiles { percentile value } histogram { edges counts } }\n          sensitivity { output inputs { input rankCorrelation contributionToVariance low high } }\n        }\n      }\n    }\n  }\n": types.ConsoleSimulationDocument,
    "\n  query ConsoleSimulationDownload($id: ID!, $format: ExportFormat!) {\n    adminSimulationDownload(id: $id, format: $format) { path expiresAt }\n  }\n": types.ConsoleSimulationDownloadDocument,
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
export function graphql(source: "\n  query ConsoleAccountMe { adminMe { id email name role totpEnabled passwordChangedAt } }\n"): (typeof documents)["\n  query ConsoleAccountMe { adminMe { id email name role totpEnabled passwordChangedAt } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleSessions($adminId: ID) { adminSessions(adminId: $adminId) { id ip createdAt expiresAt current } }\n"): (typeof documents)["\n  query ConsoleSessions($adminId: ID) { adminSessions(adminId: $adminId) { id ip createdAt expiresAt current } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ConsoleEndSession($id: ID!) { endAdminSession(id: $id) }"): (typeof documents)["mutation ConsoleEndSession($id: ID!) { endAdminSession(id: $id) }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleChangeOwnPassword($currentPassword: String!, $newPassword: String!) {\n    changeOwnAdminPassword(currentPassword: $currentPassword, newPassword: $newPassword) { id passwordChangedAt }\n  }\n"): (typeof documents)["\n  mutation ConsoleChangeOwnPassword($currentPassword: String!, $newPassword: String!) {\n    changeOwnAdminPassword(currentPassword: $currentPassword, newPassword: $newPassword) { id passwordChangedAt }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ConsoleStartTotp { startTotpEnrolment { secret otpauthUri qrSvg } }"): (typeof documents)["mutation ConsoleStartTotp { startTotpEnrolment { secret otpauthUri qrSvg } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleConfirmTotp($code: String!) { confirmTotpEnrolment(code: $code) { id totpEnabled } }\n"): (typeof documents)["\n  mutation ConsoleConfirmTotp($code: String!) { confirmTotpEnrolment(code: $code) { id totpEnabled } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleDisableOwnTotp($password: String!) { disableOwnTotp(password: $password) { id totpEnabled } }\n"): (typeof documents)["\n  mutation ConsoleDisableOwnTotp($password: String!) { disableOwnTotp(password: $password) { id totpEnabled } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleResetAdminPassword($id: ID!) { resetAdminPassword(id: $id) { password admin { id email } } }\n"): (typeof documents)["\n  mutation ConsoleResetAdminPassword($id: ID!) { resetAdminPassword(id: $id) { password admin { id email } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ConsoleClearAdminTotp($id: ID!) { clearAdminTotp(id: $id) { id totpEnabled } }"): (typeof documents)["mutation ConsoleClearAdminTotp($id: ID!) { clearAdminTotp(id: $id) { id totpEnabled } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleDashboard {\n    adminDashboard {\n      customersByStatus { key count }\n      activeCustomersByPlan { key count }\n      newCustomersByDay { day count }\n      apiKeysByStatus { key count }\n      failedPaymentsByDay { day count }\n    }\n    adminUsage(days: 30) { byDay { day calls chargedCredits overageCredits errors p95LatencyMs } }\n  }\n"): (typeof documents)["\n  query ConsoleDashboard {\n    adminDashboard {\n      customersByStatus { key count }\n      activeCustomersByPlan { key count }\n      newCustomersByDay { day count }\n      apiKeysByStatus { key count }\n      failedPaymentsByDay { day count }\n    }\n    adminUsage(days: 30) { byDay { day calls chargedCredits overageCredits errors p95LatencyMs } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleRevenueMetrics($months: Int!) {\n    revenueMetrics(months: $months) {\n      month mrrCents arrCents payingCustomers newCustomers churnedCustomers logoChurnRate revenueChurnRate arpuCents netRevenueRetention billedCents overageCents\n      upgradedCustomers downgradedCustomers upgradeRate downgradeRate ltvCents paymentSuccessRate failedPaymentRecoveryRate\n    }\n    pastDueCents\n  }\n"): (typeof documents)["\n  query ConsoleRevenueMetrics($months: Int!) {\n    revenueMetrics(months: $months) {\n      month mrrCents arrCents payingCustomers newCustomers churnedCustomers logoChurnRate revenueChurnRate arpuCents netRevenueRetention billedCents overageCents\n      upgradedCustomers downgradedCustomers upgradeRate downgradeRate ltvCents paymentSuccessRate failedPaymentRecoveryRate\n    }\n    pastDueCents\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleUsageExplorer($days: Int!) {\n    adminUsage(days: $days) {\n      byDay { day calls chargedCredits overageCredits errors p95LatencyMs }\n      byOperation { operationName calls chargedCredits }\n      topCustomers { customerId company calls chargedCredits }\n    }\n  }\n"): (typeof documents)["\n  query ConsoleUsageExplorer($days: Int!) {\n    adminUsage(days: $days) {\n      byDay { day calls chargedCredits overageCredits errors p95LatencyMs }\n      byOperation { operationName calls chargedCredits }\n      topCustomers { customerId company calls chargedCredits }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleAdminLogin($email: String!, $password: String!, $totpCode: String) {\n    adminLogin(email: $email, password: $password, totpCode: $totpCode) { expiresAt admin { id email name role } }\n  }\n"): (typeof documents)["\n  mutation ConsoleAdminLogin($email: String!, $password: String!, $totpCode: String) {\n    adminLogin(email: $email, password: $password, totpCode: $totpCode) { expiresAt admin { id email name role } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ConsoleAdminLogout { adminLogout }"): (typeof documents)["mutation ConsoleAdminLogout { adminLogout }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ConsoleAdminMe { adminMe { id email name role } }"): (typeof documents)["query ConsoleAdminMe { adminMe { id email name role } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleRevenueReport($from: String!, $to: String!, $groupBy: RevenueGroupBy!) {\n    revenueReport(from: $from, to: $to, groupBy: $groupBy) {\n      from to billedCents overageCents refundedCents creditedCents netCents mirrorSubtotalCents invoiceCount lineCount\n      groups { key label amountCents overageCents lines }\n      lines { invoiceId invoiceNumber customerId company issuedAt status currency kind planCode description amountCents }\n    }\n  }\n"): (typeof documents)["\n  query ConsoleRevenueReport($from: String!, $to: String!, $groupBy: RevenueGroupBy!) {\n    revenueReport(from: $from, to: $to, groupBy: $groupBy) {\n      from to billedCents overageCents refundedCents creditedCents netCents mirrorSubtotalCents invoiceCount lineCount\n      groups { key label amountCents overageCents lines }\n      lines { invoiceId invoiceNumber customerId company issuedAt status currency kind planCode description amountCents }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleMrrReport($month: String!, $groupBy: MrrGroupBy!) {\n    mrrReport(month: $month, groupBy: $groupBy) {\n      month totalMrrCents lineCount\n      groups { key label mrrCents lines }\n    }\n  }\n"): (typeof documents)["\n  query ConsoleMrrReport($month: String!, $groupBy: MrrGroupBy!) {\n    mrrReport(month: $month, groupBy: $groupBy) {\n      month totalMrrCents lineCount\n      groups { key label mrrCents lines }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleRevenueCohorts($months: Int!) {\n    revenueCohorts(months: $months) { cohort customers retention }\n  }\n"): (typeof documents)["\n  query ConsoleRevenueCohorts($months: Int!) {\n    revenueCohorts(months: $months) { cohort customers retention }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleCustomerMargins($from: String!, $to: String!) {\n    customerMargins(from: $from, to: $to) { customerId company revenueCents computeSeconds computeCostCents marginCents marginRate }\n  }\n"): (typeof documents)["\n  query ConsoleCustomerMargins($from: String!, $to: String!) {\n    customerMargins(from: $from, to: $to) { customerId company revenueCents computeSeconds computeCostCents marginCents marginRate }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleAdminUsers($page: Int!, $perPage: Int!) {\n    adminUsers(page: $page, perPage: $perPage) { totalCount items { id email name role disabled totpEnabled lastLoginAt createdAt } }\n  }\n"): (typeof documents)["\n  query ConsoleAdminUsers($page: Int!, $perPage: Int!) {\n    adminUsers(page: $page, perPage: $perPage) { totalCount items { id email name role disabled totpEnabled lastLoginAt createdAt } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleCreateAdminUser($input: CreateAdminUserInput!) { createAdminUser(input: $input) { id email name role disabled totpEnabled lastLoginAt createdAt } }\n"): (typeof documents)["\n  mutation ConsoleCreateAdminUser($input: CreateAdminUserInput!) { createAdminUser(input: $input) { id email name role disabled totpEnabled lastLoginAt createdAt } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleUpdateAdminUser($id: ID!, $role: AdminRole, $disabled: Boolean) {\n    updateAdminUser(id: $id, role: $role, disabled: $disabled) { id email name role disabled totpEnabled lastLoginAt createdAt }\n  }\n"): (typeof documents)["\n  mutation ConsoleUpdateAdminUser($id: ID!, $role: AdminRole, $disabled: Boolean) {\n    updateAdminUser(id: $id, role: $role, disabled: $disabled) { id email name role disabled totpEnabled lastLoginAt createdAt }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleAdminAlerts($status: AdminAlertStatus, $kind: AdminAlertKind, $page: Int!, $perPage: Int!) {\n    adminAlerts(status: $status, kind: $kind, page: $page, perPage: $perPage) {\n      totalCount\n      items { id kind status subject customerId openedAt closedAt acknowledgedByEmail acknowledgementNote details }\n    }\n  }\n"): (typeof documents)["\n  query ConsoleAdminAlerts($status: AdminAlertStatus, $kind: AdminAlertKind, $page: Int!, $perPage: Int!) {\n    adminAlerts(status: $status, kind: $kind, page: $page, perPage: $perPage) {\n      totalCount\n      items { id kind status subject customerId openedAt closedAt acknowledgedByEmail acknowledgementNote details }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleOpenAlertCount { adminAlerts(status: OPEN, perPage: 1) { totalCount } }\n"): (typeof documents)["\n  query ConsoleOpenAlertCount { adminAlerts(status: OPEN, perPage: 1) { totalCount } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleAcknowledgeAlert($id: ID!, $note: String!) { acknowledgeAdminAlert(id: $id, note: $note) { id status } }\n"): (typeof documents)["\n  mutation ConsoleAcknowledgeAlert($id: ID!, $note: String!) { acknowledgeAdminAlert(id: $id, note: $note) { id status } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ConsoleAlertMail { adminMe { id alertEmails } }"): (typeof documents)["query ConsoleAlertMail { adminMe { id alertEmails } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleSetAlertMail($enabled: Boolean!) { setMyAlertEmails(enabled: $enabled) { id alertEmails } }\n"): (typeof documents)["\n  mutation ConsoleSetAlertMail($enabled: Boolean!) { setMyAlertEmails(enabled: $enabled) { id alertEmails } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleApiKeys($page: Int!, $perPage: Int!, $id: ID, $customerId: ID, $status: ApiKeyStatus, $search: String) {\n    adminApiKeys(page: $page, perPage: $perPage, id: $id, customerId: $customerId, status: $status, search: $search) {\n      totalCount\n      items { id name mode displayPrefix last4 scopes status expiresAt graceUntil lastUsedAt createdAt revokedAt createdBy customerId customer { id company } }\n    }\n  }\n"): (typeof documents)["\n  query ConsoleApiKeys($page: Int!, $perPage: Int!, $id: ID, $customerId: ID, $status: ApiKeyStatus, $search: String) {\n    adminApiKeys(page: $page, perPage: $perPage, id: $id, customerId: $customerId, status: $status, search: $search) {\n      totalCount\n      items { id name mode displayPrefix last4 scopes status expiresAt graceUntil lastUsedAt createdAt revokedAt createdBy customerId customer { id company } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleRevokeApiKey($id: ID!, $reason: String!) { adminRevokeApiKey(id: $id, reason: $reason) { id status revokedAt } }\n"): (typeof documents)["\n  mutation ConsoleRevokeApiKey($id: ID!, $reason: String!) { adminRevokeApiKey(id: $id, reason: $reason) { id status revokedAt } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleRotateApiKey($id: ID!) { adminRotateApiKey(id: $id) { secret apiKey { id displayPrefix last4 } } }\n"): (typeof documents)["\n  mutation ConsoleRotateApiKey($id: ID!) { adminRotateApiKey(id: $id) { secret apiKey { id displayPrefix last4 } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleAuditLog($page: Int!, $perPage: Int!, $id: ID, $targetType: String, $targetId: String) {\n    auditLog(page: $page, perPage: $perPage, id: $id, targetType: $targetType, targetId: $targetId) {\n      totalCount\n      items { id actorEmail action targetType targetId before after ip createdAt }\n    }\n  }\n"): (typeof documents)["\n  query ConsoleAuditLog($page: Int!, $perPage: Int!, $id: ID, $targetType: String, $targetId: String) {\n    auditLog(page: $page, perPage: $perPage, id: $id, targetType: $targetType, targetId: $targetId) {\n      totalCount\n      items { id actorEmail action targetType targetId before after ip createdAt }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleSubscriptions($page: Int!, $perPage: Int!, $id: ID, $customerId: ID, $status: String) {\n    subscriptions(page: $page, perPage: $perPage, id: $id, customerId: $customerId, status: $status) {\n      totalCount\n      items { id customerId planCode status currentPeriodStart currentPeriodEnd cancelAtPeriodEnd trialEnd pastDueSince canceledAt createdAt }\n    }\n  }\n"): (typeof documents)["\n  query ConsoleSubscriptions($page: Int!, $perPage: Int!, $id: ID, $customerId: ID, $status: String) {\n    subscriptions(page: $page, perPage: $perPage, id: $id, customerId: $customerId, status: $status) {\n      totalCount\n      items { id customerId planCode status currentPeriodStart currentPeriodEnd cancelAtPeriodEnd trialEnd pastDueSince canceledAt createdAt }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleInvoices($page: Int!, $perPage: Int!, $id: ID, $customerId: ID, $status: String, $issuedMonth: String, $hasOverage: Boolean) {\n    invoices(page: $page, perPage: $perPage, id: $id, customerId: $customerId, status: $status, issuedMonth: $issuedMonth, hasOverage: $hasOverage) {\n      totalCount\n      items { id customerId number status billingReason currency subtotalCents totalCents amountPaidCents amountDueCents amountRefundedCents periodStart periodEnd paidAt issuedAt hostedInvoiceUrl invoicePdfUrl }\n    }\n  }\n"): (typeof documents)["\n  query ConsoleInvoices($page: Int!, $perPage: Int!, $id: ID, $customerId: ID, $status: String, $issuedMonth: String, $hasOverage: Boolean) {\n    invoices(page: $page, perPage: $perPage, id: $id, customerId: $customerId, status: $status, issuedMonth: $issuedMonth, hasOverage: $hasOverage) {\n      totalCount\n      items { id customerId number status billingReason currency subtotalCents totalCents amountPaidCents amountDueCents amountRefundedCents periodStart periodEnd paidAt issuedAt hostedInvoiceUrl invoicePdfUrl }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleStripeEvents($page: Int!, $perPage: Int!, $id: ID, $status: String) {\n    stripeEvents(page: $page, perPage: $perPage, id: $id, status: $status) {\n      totalCount\n      items { id type objectId status eventCreatedAt receivedAt processedAt attempts error }\n    }\n  }\n"): (typeof documents)["\n  query ConsoleStripeEvents($page: Int!, $perPage: Int!, $id: ID, $status: String) {\n    stripeEvents(page: $page, perPage: $perPage, id: $id, status: $status) {\n      totalCount\n      items { id type objectId status eventCreatedAt receivedAt processedAt attempts error }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ConsoleReplayStripeEvent($id: ID!) { replayStripeEvent(id: $id) { id status attempts error } }"): (typeof documents)["mutation ConsoleReplayStripeEvent($id: ID!) { replayStripeEvent(id: $id) { id status attempts error } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleOutbox($page: Int!, $perPage: Int!, $customerId: ID, $status: String) {\n    outbox(page: $page, perPage: $perPage, customerId: $customerId, status: $status) {\n      totalCount\n      items { id identifier customerId hourStart credits attempts nextAttemptAt sentAt deadAt lastError }\n    }\n  }\n"): (typeof documents)["\n  query ConsoleOutbox($page: Int!, $perPage: Int!, $customerId: ID, $status: String) {\n    outbox(page: $page, perPage: $perPage, customerId: $customerId, status: $status) {\n      totalCount\n      items { id identifier customerId hourStart credits attempts nextAttemptAt sentAt deadAt lastError }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleMeterDrift($page: Int!, $perPage: Int!, $customerId: ID, $onlyDrift: Boolean!) {\n    meterDrift(page: $page, perPage: $perPage, customerId: $customerId, onlyDrift: $onlyDrift) {\n      totalCount\n      items { id customerId hourStart localCredits stripeCredits driftCredits checkedAt }\n    }\n  }\n"): (typeof documents)["\n  query ConsoleMeterDrift($page: Int!, $perPage: Int!, $customerId: ID, $onlyDrift: Boolean!) {\n    meterDrift(page: $page, perPage: $perPage, customerId: $customerId, onlyDrift: $onlyDrift) {\n      totalCount\n      items { id customerId hourStart localCredits stripeCredits driftCredits checkedAt }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ConsoleRetryOutboxRow($id: ID!) { retryOutboxRow(id: $id) { id identifier attempts deadAt sentAt } }"): (typeof documents)["mutation ConsoleRetryOutboxRow($id: ID!) { retryOutboxRow(id: $id) { id identifier attempts deadAt sentAt } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleInvoiceDetail($id: ID!) {\n    adminInvoice(id: $id) {\n      invoice { id stripeInvoiceId customerId number status billingReason currency subtotalCents totalCents amountPaidCents amountDueCents amountRefundedCents periodStart periodEnd paidAt issuedAt\n        creditNotes { id number status amountCents refundCents balanceCents reason memo issuedAt } }\n      lines { id kind description amountCents quantity periodStart periodEnd operations { operationName calls overageCredits } }\n      payments { amountCents paidAt }\n      refunds { amountCents refundedAt actorEmail reason }\n    }\n  }\n"): (typeof documents)["\n  query ConsoleInvoiceDetail($id: ID!) {\n    adminInvoice(id: $id) {\n      invoice { id stripeInvoiceId customerId number status billingReason currency subtotalCents totalCents amountPaidCents amountDueCents amountRefundedCents periodStart periodEnd paidAt issuedAt\n        creditNotes { id number status amountCents refundCents balanceCents reason memo issuedAt } }\n      lines { id kind description amountCents quantity periodStart periodEnd operations { operationName calls overageCredits } }\n      payments { amountCents paidAt }\n      refunds { amountCents refundedAt actorEmail reason }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleRefundInvoice($id: ID!, $amountCents: Int, $reason: String!) {\n    adminRefundInvoice(id: $id, amountCents: $amountCents, reason: $reason) { id status amountRefundedCents }\n  }\n"): (typeof documents)["\n  mutation ConsoleRefundInvoice($id: ID!, $amountCents: Int, $reason: String!) {\n    adminRefundInvoice(id: $id, amountCents: $amountCents, reason: $reason) { id status amountRefundedCents }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleVoidInvoice($id: ID!, $reason: String!) { adminVoidInvoice(id: $id, reason: $reason) { id status } }\n"): (typeof documents)["\n  mutation ConsoleVoidInvoice($id: ID!, $reason: String!) { adminVoidInvoice(id: $id, reason: $reason) { id status } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleMarkInvoiceUncollectible($id: ID!, $reason: String!) { adminMarkInvoiceUncollectible(id: $id, reason: $reason) { id status } }\n"): (typeof documents)["\n  mutation ConsoleMarkInvoiceUncollectible($id: ID!, $reason: String!) { adminMarkInvoiceUncollectible(id: $id, reason: $reason) { id status } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleCreditInvoice($id: ID!, $amountCents: Int!, $refundCents: Int!, $reason: String!) {\n    adminCreditInvoice(id: $id, amountCents: $amountCents, refundCents: $refundCents, reason: $reason) {\n      id status amountDueCents amountRefundedCents\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleCreditInvoice($id: ID!, $amountCents: Int!, $refundCents: Int!, $reason: String!) {\n    adminCreditInvoice(id: $id, amountCents: $amountCents, refundCents: $refundCents, reason: $reason) {\n      id status amountDueCents amountRefundedCents\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleCreateInvoice($customerId: ID!, $input: ManualInvoiceInput!, $reason: String!) {\n    adminCreateInvoice(customerId: $customerId, input: $input, reason: $reason) { id number status totalCents currency }\n  }\n"): (typeof documents)["\n  mutation ConsoleCreateInvoice($customerId: ID!, $input: ManualInvoiceInput!, $reason: String!) {\n    adminCreateInvoice(customerId: $customerId, input: $input, reason: $reason) { id number status totalCents currency }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleVoidCreditNote($id: ID!, $reason: String!) {\n    adminVoidCreditNote(id: $id, reason: $reason) { id status amountDueCents creditNotes { id status } }\n  }\n"): (typeof documents)["\n  mutation ConsoleVoidCreditNote($id: ID!, $reason: String!) {\n    adminVoidCreditNote(id: $id, reason: $reason) { id status amountDueCents creditNotes { id status } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleCoupons { coupons { id name percentOff amountOffCents currency duration durationInMonths timesRedeemed createdAt } }\n"): (typeof documents)["\n  query ConsoleCoupons { coupons { id name percentOff amountOffCents currency duration durationInMonths timesRedeemed createdAt } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleCreateCoupon($input: CouponInput!) { createCoupon(input: $input) { id name } }\n"): (typeof documents)["\n  mutation ConsoleCreateCoupon($input: CouponInput!) { createCoupon(input: $input) { id name } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleDeleteCoupon($id: ID!) { deleteCoupon(id: $id) }\n"): (typeof documents)["\n  mutation ConsoleDeleteCoupon($id: ID!) { deleteCoupon(id: $id) }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleCustomerCoupon($customerId: ID!) {\n    customerCoupon(customerId: $customerId) { id name percentOff amountOffCents currency duration durationInMonths }\n  }\n"): (typeof documents)["\n  query ConsoleCustomerCoupon($customerId: ID!) {\n    customerCoupon(customerId: $customerId) { id name percentOff amountOffCents currency duration durationInMonths }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleApplyCoupon($couponId: ID!, $customerId: ID!, $reason: String!) {\n    applyCoupon(couponId: $couponId, customerId: $customerId, reason: $reason) { id }\n  }\n"): (typeof documents)["\n  mutation ConsoleApplyCoupon($couponId: ID!, $customerId: ID!, $reason: String!) {\n    applyCoupon(couponId: $couponId, customerId: $customerId, reason: $reason) { id }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleRemoveCoupon($customerId: ID!, $reason: String!) { removeCoupon(customerId: $customerId, reason: $reason) }\n"): (typeof documents)["\n  mutation ConsoleRemoveCoupon($customerId: ID!, $reason: String!) { removeCoupon(customerId: $customerId, reason: $reason) }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleCustomerCredits($customerId: ID!) {\n    customerCredits(customerId: $customerId) {\n      periodStart periodEnd includedCredits includedRemaining prepaidRemaining reservedCredits usedCredits overageCredits overageCentsPer1000Credits\n    }\n  }\n"): (typeof documents)["\n  query ConsoleCustomerCredits($customerId: ID!) {\n    customerCredits(customerId: $customerId) {\n      periodStart periodEnd includedCredits includedRemaining prepaidRemaining reservedCredits usedCredits overageCredits overageCentsPer1000Credits\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleGrantCredits($customerId: ID!, $credits: Int!, $reason: String!) {\n    grantCredits(customerId: $customerId, credits: $credits, reason: $reason) { includedRemaining prepaidRemaining }\n  }\n"): (typeof documents)["\n  mutation ConsoleGrantCredits($customerId: ID!, $credits: Int!, $reason: String!) {\n    grantCredits(customerId: $customerId, credits: $credits, reason: $reason) { includedRemaining prepaidRemaining }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleCustomerOverrides($customerId: ID!) {\n    customerOverrides(customerId: $customerId) { rateLimitCreditsPerSecond burstCredits includedCredits overageCentsPer1000Credits hardStop maxIterationsSync }\n  }\n"): (typeof documents)["\n  query ConsoleCustomerOverrides($customerId: ID!) {\n    customerOverrides(customerId: $customerId) { rateLimitCreditsPerSecond burstCredits includedCredits overageCentsPer1000Credits hardStop maxIterationsSync }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleSetCustomerOverrides($customerId: ID!, $input: CustomerOverridesInput!) {\n    setCustomerOverrides(customerId: $customerId, input: $input) { rateLimitCreditsPerSecond burstCredits includedCredits overageCentsPer1000Credits hardStop maxIterationsSync }\n  }\n"): (typeof documents)["\n  mutation ConsoleSetCustomerOverrides($customerId: ID!, $input: CustomerOverridesInput!) {\n    setCustomerOverrides(customerId: $customerId, input: $input) { rateLimitCreditsPerSecond burstCredits includedCredits overageCentsPer1000Credits hardStop maxIterationsSync }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleCustomerUsage($id: ID!, $days: Int!) {\n    customer(id: $id) {\n      id\n      usageByDay(days: $days) { day calls chargedCredits overageCredits errors p95LatencyMs }\n      usageByOperation(days: $days) { operationName calls chargedCredits }\n      ledger(limit: 50) { id kind credits reason requestId periodStart createdAt }\n    }\n  }\n"): (typeof documents)["\n  query ConsoleCustomerUsage($id: ID!, $days: Int!) {\n    customer(id: $id) {\n      id\n      usageByDay(days: $days) { day calls chargedCredits overageCredits errors p95LatencyMs }\n      usageByOperation(days: $days) { operationName calls chargedCredits }\n      ledger(limit: 50) { id kind credits reason requestId periodStart createdAt }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleCustomers($page: Int!, $perPage: Int!, $search: String, $status: CustomerStatus, $planCode: String, $sortField: CustomerSortField!, $sortOrder: SortOrder!) {\n    customers(page: $page, perPage: $perPage, search: $search, status: $status, planCode: $planCode, sortField: $sortField, sortOrder: $sortOrder) {\n      totalCount\n      items {\n        id company email billingEmail taxId status suspendedReason createdAt\n        currentSubscription { id status planCode planName priceCents currentPeriodStart currentPeriodEnd cancelAtPeriodEnd trialEnd pastDueSince canceledAt }\n        keyCounts { total active }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConsoleCustomers($page: Int!, $perPage: Int!, $search: String, $status: CustomerStatus, $planCode: String, $sortField: CustomerSortField!, $sortOrder: SortOrder!) {\n    customers(page: $page, perPage: $perPage, search: $search, status: $status, planCode: $planCode, sortField: $sortField, sortOrder: $sortOrder) {\n      totalCount\n      items {\n        id company email billingEmail taxId status suspendedReason createdAt\n        currentSubscription { id status planCode planName priceCents currentPeriodStart currentPeriodEnd cancelAtPeriodEnd trialEnd pastDueSince canceledAt }\n        keyCounts { total active }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleCustomer($id: ID!) {\n    customer(id: $id) {\n      id company email billingEmail taxId status suspendedReason createdAt stripeCustomerId notes tags\n      address { line1 line2 city state postalCode country }\n      currentSubscription { id status planCode planName priceCents currentPeriodStart currentPeriodEnd cancelAtPeriodEnd trialEnd pastDueSince canceledAt }\n      keyCounts { total active }\n    }\n  }\n"): (typeof documents)["\n  query ConsoleCustomer($id: ID!) {\n    customer(id: $id) {\n      id company email billingEmail taxId status suspendedReason createdAt stripeCustomerId notes tags\n      address { line1 line2 city state postalCode country }\n      currentSubscription { id status planCode planName priceCents currentPeriodStart currentPeriodEnd cancelAtPeriodEnd trialEnd pastDueSince canceledAt }\n      keyCounts { total active }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleSuspendCustomer($id: ID!, $reason: String!) { suspendCustomer(id: $id, reason: $reason) { id status suspendedReason } }\n"): (typeof documents)["\n  mutation ConsoleSuspendCustomer($id: ID!, $reason: String!) { suspendCustomer(id: $id, reason: $reason) { id status suspendedReason } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleReinstateCustomer($id: ID!) { reinstateCustomer(id: $id) { id status suspendedReason } }\n"): (typeof documents)["\n  mutation ConsoleReinstateCustomer($id: ID!) { reinstateCustomer(id: $id) { id status suspendedReason } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsolePlansOnSale { plans { id code name priceCents currency includedCredits rateLimitCreditsPerSecond maxIterationsSync maxConcurrentJobs } }\n"): (typeof documents)["\n  query ConsolePlansOnSale { plans { id code name priceCents currency includedCredits rateLimitCreditsPerSecond maxIterationsSync maxConcurrentJobs } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleAdminPreviewPlanChange($customerId: ID!, $plan: String!) {\n    adminPreviewPlanChange(customerId: $customerId, plan: $plan) {\n      immediate prorationCents nextInvoiceCents currency effectiveAt\n      includedCreditsChange rateLimitChange maxIterationsSyncChange maxConcurrentJobsChange featuresAdded featuresRemoved\n    }\n  }\n"): (typeof documents)["\n  query ConsoleAdminPreviewPlanChange($customerId: ID!, $plan: String!) {\n    adminPreviewPlanChange(customerId: $customerId, plan: $plan) {\n      immediate prorationCents nextInvoiceCents currency effectiveAt\n      includedCreditsChange rateLimitChange maxIterationsSyncChange maxConcurrentJobsChange featuresAdded featuresRemoved\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleAdminChangePlan($customerId: ID!, $plan: String!) { adminChangePlan(customerId: $customerId, plan: $plan) { immediate effectiveAt to { code name } } }\n"): (typeof documents)["\n  mutation ConsoleAdminChangePlan($customerId: ID!, $plan: String!) { adminChangePlan(customerId: $customerId, plan: $plan) { immediate effectiveAt to { code name } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleAdminCancelSubscription($customerId: ID!, $atPeriodEnd: Boolean!) { adminCancelSubscription(customerId: $customerId, atPeriodEnd: $atPeriodEnd) { id status cancelAtPeriodEnd } }\n"): (typeof documents)["\n  mutation ConsoleAdminCancelSubscription($customerId: ID!, $atPeriodEnd: Boolean!) { adminCancelSubscription(customerId: $customerId, atPeriodEnd: $atPeriodEnd) { id status cancelAtPeriodEnd } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleUpdateCustomer($id: ID!, $input: CustomerProfileInput!) {\n    adminUpdateCustomer(id: $id, input: $input) {\n      id company email billingEmail taxId status suspendedReason createdAt stripeCustomerId notes tags\n      address { line1 line2 city state postalCode country }\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleUpdateCustomer($id: ID!, $input: CustomerProfileInput!) {\n    adminUpdateCustomer(id: $id, input: $input) {\n      id company email billingEmail taxId status suspendedReason createdAt stripeCustomerId notes tags\n      address { line1 line2 city state postalCode country }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleCustomerTimeline($customerId: ID!) { customerTimeline(customerId: $customerId) { at kind title actor targetType targetId } }\n"): (typeof documents)["\n  query ConsoleCustomerTimeline($customerId: ID!) { customerTimeline(customerId: $customerId) { at kind title actor targetType targetId } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleCustomerWebhooks($customerId: ID!) {\n    customerWebhooks(customerId: $customerId, deliveries: 10) {\n      endpoint { id url description eventTypes enabled failureStreak createdAt }\n      recentDeliveries {\n        totalCount\n        items { id eventId eventType status attempts lastStatusCode lastLatencyMs lastError nextAttemptAt lastAttemptAt createdAt }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConsoleCustomerWebhooks($customerId: ID!) {\n    customerWebhooks(customerId: $customerId, deliveries: 10) {\n      endpoint { id url description eventTypes enabled failureStreak createdAt }\n      recentDeliveries {\n        totalCount\n        items { id eventId eventType status attempts lastStatusCode lastLatencyMs lastError nextAttemptAt lastAttemptAt createdAt }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleIssueApiKey($customerId: ID!, $input: CreateApiKeyInput!, $reason: String!) {\n    adminIssueApiKey(customerId: $customerId, input: $input, reason: $reason) { secret apiKey { id name displayPrefix } }\n  }\n"): (typeof documents)["\n  mutation ConsoleIssueApiKey($customerId: ID!, $input: CreateApiKeyInput!, $reason: String!) {\n    adminIssueApiKey(customerId: $customerId, input: $input, reason: $reason) { secret apiKey { id name displayPrefix } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleDunningQueue {\n    dunningQueue {\n      subscriptionId customerId company customerStatus planName status pastDueSince graceExtendedUntil invoiceId invoiceNumber\n      amountDueCents currency attemptCount nextAttemptAt remainingAttempts degradesAt daysToDegradation suspendsAt daysToSuspension\n    }\n  }\n"): (typeof documents)["\n  query ConsoleDunningQueue {\n    dunningQueue {\n      subscriptionId customerId company customerStatus planName status pastDueSince graceExtendedUntil invoiceId invoiceNumber\n      amountDueCents currency attemptCount nextAttemptAt remainingAttempts degradesAt daysToDegradation suspendsAt daysToSuspension\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleDunningRetry($id: ID!, $reason: String!) { dunningRetryNow(subscriptionId: $id, reason: $reason) { message } }\n"): (typeof documents)["\n  mutation ConsoleDunningRetry($id: ID!, $reason: String!) { dunningRetryNow(subscriptionId: $id, reason: $reason) { message } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleDunningExtend($id: ID!, $days: Int!, $reason: String!) { dunningExtendGrace(subscriptionId: $id, days: $days, reason: $reason) { message } }\n"): (typeof documents)["\n  mutation ConsoleDunningExtend($id: ID!, $days: Int!, $reason: String!) { dunningExtendGrace(subscriptionId: $id, days: $days, reason: $reason) { message } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleDunningWaive($id: ID!, $reason: String!) { dunningWaive(subscriptionId: $id, reason: $reason) { message } }\n"): (typeof documents)["\n  mutation ConsoleDunningWaive($id: ID!, $reason: String!) { dunningWaive(subscriptionId: $id, reason: $reason) { message } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleDunningSuspend($id: ID!, $reason: String!) { dunningSuspend(subscriptionId: $id, reason: $reason) { message } }\n"): (typeof documents)["\n  mutation ConsoleDunningSuspend($id: ID!, $reason: String!) { dunningSuspend(subscriptionId: $id, reason: $reason) { message } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleAdminResumeSubscription($customerId: ID!) { adminResumeSubscription(customerId: $customerId) { id } }\n"): (typeof documents)["\n  mutation ConsoleAdminResumeSubscription($customerId: ID!) { adminResumeSubscription(customerId: $customerId) { id } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleAllPlans {\n    allPlans { id code name priceCents currency includedCredits overageCentsPer1000Credits rateLimitCreditsPerSecond burstCredits maxIterationsSync maxConcurrentJobs maxWorkUnitsPerRun features active }\n  }\n"): (typeof documents)["\n  query ConsoleAllPlans {\n    allPlans { id code name priceCents currency includedCredits overageCentsPer1000Credits rateLimitCreditsPerSecond burstCredits maxIterationsSync maxConcurrentJobs maxWorkUnitsPerRun features active }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleUpdatePlan($code: String!, $input: UpdatePlanInput!) {\n    updatePlan(code: $code, input: $input) { id code name priceCents currency includedCredits overageCentsPer1000Credits rateLimitCreditsPerSecond burstCredits maxIterationsSync maxConcurrentJobs maxWorkUnitsPerRun features active }\n  }\n"): (typeof documents)["\n  mutation ConsoleUpdatePlan($code: String!, $input: UpdatePlanInput!) {\n    updatePlan(code: $code, input: $input) { id code name priceCents currency includedCredits overageCentsPer1000Credits rateLimitCreditsPerSecond burstCredits maxIterationsSync maxConcurrentJobs maxWorkUnitsPerRun features active }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ConsoleSyncPlans { syncPlansToStripe { plans created } }"): (typeof documents)["mutation ConsoleSyncPlans { syncPlansToStripe { plans created } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleCreatePlan($input: CreatePlanInput!) {\n    createPlan(input: $input) { id code name priceCents currency includedCredits overageCentsPer1000Credits rateLimitCreditsPerSecond burstCredits maxIterationsSync maxConcurrentJobs maxWorkUnitsPerRun features active }\n  }\n"): (typeof documents)["\n  mutation ConsoleCreatePlan($input: CreatePlanInput!) {\n    createPlan(input: $input) { id code name priceCents currency includedCredits overageCentsPer1000Credits rateLimitCreditsPerSecond burstCredits maxIterationsSync maxConcurrentJobs maxWorkUnitsPerRun features active }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsolePlanPriceVersions($planCode: String!) {\n    planPriceVersions(planCode: $planCode) { id version priceCents overageCentsPer1000Credits stripeBasePriceId stripeMeteredPriceId createdAt subscribers current }\n  }\n"): (typeof documents)["\n  query ConsolePlanPriceVersions($planCode: String!) {\n    planPriceVersions(planCode: $planCode) { id version priceCents overageCentsPer1000Credits stripeBasePriceId stripeMeteredPriceId createdAt subscribers current }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsolePreviewPriceMigration($planCode: String!) {\n    previewPlanPriceMigration(planCode: $planCode) {\n      targetVersion count\n      subscriptions { subscriptionId company currentVersion currentPriceCents newPriceCents effectiveAt }\n    }\n  }\n"): (typeof documents)["\n  query ConsolePreviewPriceMigration($planCode: String!) {\n    previewPlanPriceMigration(planCode: $planCode) {\n      targetVersion count\n      subscriptions { subscriptionId company currentVersion currentPriceCents newPriceCents effectiveAt }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleMigratePlanSubscribers($planCode: String!, $reason: String!) {\n    migratePlanSubscribers(planCode: $planCode, reason: $reason) { targetVersion count }\n  }\n"): (typeof documents)["\n  mutation ConsoleMigratePlanSubscribers($planCode: String!, $reason: String!) {\n    migratePlanSubscribers(planCode: $planCode, reason: $reason) { targetVersion count }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleSimulations($page: Int!, $perPage: Int!, $customerId: ID, $status: SimulationStatus) {\n    adminSimulations(page: $page, perPage: $perPage, customerId: $customerId, status: $status) {\n      totalCount\n      items { id customerId customer { id company } run { id status async progress iterations iterationsRun credits durationMs error createdAt finishedAt } }\n    }\n  }\n"): (typeof documents)["\n  query ConsoleSimulations($page: Int!, $perPage: Int!, $customerId: ID, $status: SimulationStatus) {\n    adminSimulations(page: $page, perPage: $perPage, customerId: $customerId, status: $status) {\n      totalCount\n      items { id customerId customer { id company } run { id status async progress iterations iterationsRun credits durationMs error createdAt finishedAt } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleSimulation($id: ID!) {\n    adminSimulation(id: $id) {\n      id customerId customer { id company }\n      run {\n        id status async progress iterations iterationsRun seed reproducibilityKey engineVersion credits attempts error input createdAt startedAt finishedAt durationMs\n        result {\n          stoppedEarly warnings\n          outputs { name count mean std min max percentiles { percentile value } histogram { edges counts } }\n          sensitivity { output inputs { input rankCorrelation contributionToVariance low high } }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConsoleSimulation($id: ID!) {\n    adminSimulation(id: $id) {\n      id customerId customer { id company }\n      run {\n        id status async progress iterations iterationsRun seed reproducibilityKey engineVersion credits attempts error input createdAt startedAt finishedAt durationMs\n        result {\n          stoppedEarly warnings\n          outputs { name count mean std min max percentiles { percentile value } histogram { edges counts } }\n          sensitivity { output inputs { input rankCorrelation contributionToVariance low high } }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleSimulationDownload($id: ID!, $format: ExportFormat!) {\n    adminSimulationDownload(id: $id, format: $format) { path expiresAt }\n  }\n"): (typeof documents)["\n  query ConsoleSimulationDownload($id: ID!, $format: ExportFormat!) {\n    adminSimulationDownload(id: $id, format: $format) { path expiresAt }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;