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
    "\n  mutation PortalVerifyEmail($token: String!) { verifyMemberEmail(token: $token) }\n": typeof types.PortalVerifyEmailDocument,
    "\n  mutation PortalRequestReset($email: String!) { requestPasswordReset(email: $email) }\n": typeof types.PortalRequestResetDocument,
    "\n  mutation PortalResetPassword($token: String!, $password: String!) { resetPassword(token: $token, password: $password) }\n": typeof types.PortalResetPasswordDocument,
    "\n  mutation PortalAcceptInvitation($token: String!, $password: String!) {\n    acceptInvitation(token: $token, password: $password) { expiresAt }\n  }\n": typeof types.PortalAcceptInvitationDocument,
    "\n  query PortalBillingDetails { portalBillingDetails { email taxIds { id type value country verificationStatus } } }\n": typeof types.PortalBillingDetailsDocument,
    "\n  mutation PortalSetBillingEmail($email: String!) { portalSetBillingEmail(email: $email) { email taxIds { id type value country verificationStatus } } }\n": typeof types.PortalSetBillingEmailDocument,
    "\n  mutation PortalSetTaxId($input: TaxIdInput!) { portalSetTaxId(input: $input) { email taxIds { id type value country verificationStatus } } }\n": typeof types.PortalSetTaxIdDocument,
    "\n  mutation PortalRemoveTaxId { portalRemoveTaxId { email taxIds { id type value country verificationStatus } } }\n": typeof types.PortalRemoveTaxIdDocument,
    "\n  query PortalBilling {\n    plans { code name priceCents currency includedCredits }\n    creditPacks { code credits priceCents currency }\n    portalOverview { plan { code name priceCents } subscription { status cancelAtPeriodEnd currentPeriodEnd } }\n    portalInvoices(page: 1, perPage: 50) {\n      totalCount\n      items { id number status currency totalCents amountPaidCents issuedAt hostedInvoiceUrl invoicePdfUrl lines { id description amountCents } }\n    }\n  }\n": typeof types.PortalBillingDocument,
    "\n  query PortalPreviewPlan($plan: String!) {\n    portalPreviewPlanChange(plan: $plan) {\n      to { code name } immediate prorationCents nextInvoiceCents currency effectiveAt\n      includedCreditsChange rateLimitChange maxIterationsSyncChange featuresAdded featuresRemoved\n    }\n  }\n": typeof types.PortalPreviewPlanDocument,
    "\n  mutation PortalChangePlan($plan: String!) { portalChangePlan(plan: $plan) { to { name } immediate effectiveAt } }\n": typeof types.PortalChangePlanDocument,
    "\n  mutation PortalBuyCredits($pack: String!) { portalBuyCredits(pack: $pack) { url } }\n": typeof types.PortalBuyCreditsDocument,
    "\n  mutation PortalBillingPortal { portalBillingPortal { url } }\n": typeof types.PortalBillingPortalDocument,
    "\n  mutation PortalCancelSubscription { portalCancelSubscription { id cancelAtPeriodEnd currentPeriodEnd } }\n": typeof types.PortalCancelSubscriptionDocument,
    "\n  mutation PortalResumeSubscription { portalResumeSubscription { id cancelAtPeriodEnd currentPeriodEnd } }\n": typeof types.PortalResumeSubscriptionDocument,
    "\n  query PortalDiscount { portalDiscount { name percentOff amountOffCents currency duration startedAt endsAt } }\n": typeof types.PortalDiscountDocument,
    "\n  query PortalKeys {\n    portalApiKeys(page: 1, perPage: 100) {\n      totalCount\n      items { id name mode displayPrefix last4 scopes status expiresAt graceUntil lastUsedAt createdAt spendCapCredits spendCapWindow spendCapMode }\n    }\n  }\n": typeof types.PortalKeysDocument,
    "\n  mutation PortalCreateKey($input: CreateApiKeyInput!) {\n    portalCreateApiKey(input: $input) { secret apiKey { id name } }\n  }\n": typeof types.PortalCreateKeyDocument,
    "\n  mutation PortalRotateKey($id: ID!, $graceHours: Int) {\n    portalRotateApiKey(id: $id, graceHours: $graceHours) { secret apiKey { id name } }\n  }\n": typeof types.PortalRotateKeyDocument,
    "\n  mutation PortalRevokeKey($id: ID!) { portalRevokeApiKey(id: $id) { id status } }\n": typeof types.PortalRevokeKeyDocument,
    "\n  mutation PortalSetKeyCap($keyId: ID!, $capCredits: Int!, $window: SpendCapWindow!, $mode: SpendCapMode!) {\n    setApiKeySpendCap(keyId: $keyId, capCredits: $capCredits, window: $window, mode: $mode) { id spendCapCredits spendCapWindow spendCapMode }\n  }\n": typeof types.PortalSetKeyCapDocument,
    "\n  mutation PortalClearKeyCap($keyId: ID!) { clearApiKeySpendCap(keyId: $keyId) { id spendCapCredits } }\n": typeof types.PortalClearKeyCapDocument,
    "\n  query PortalNotificationPreferences { notificationPreferences { category enabled } }\n": typeof types.PortalNotificationPreferencesDocument,
    "\n  mutation PortalSetNotificationPreference($category: String!, $enabled: Boolean!) {\n    setNotificationPreference(category: $category, enabled: $enabled) { category enabled }\n  }\n": typeof types.PortalSetNotificationPreferenceDocument,
    "\n  query PortalOverview {\n    portalOverview {\n      plan { code name priceCents currency includedCredits overageCentsPer1000Credits rateLimitCreditsPerSecond maxIterationsSync }\n      subscription { status currentPeriodEnd cancelAtPeriodEnd }\n      access { level reason advice }\n      credits { periodStart periodEnd includedCredits includedRemaining prepaidRemaining usedCredits overageCredits overageCentsPer1000Credits }\n      usageByDay { calls chargedCredits rows { group calls chargedCredits } }\n      usageByOperation { rows { group calls chargedCredits } }\n      nextInvoice { dueAt planCode baseCents overageCredits overageCents totalCents currency }\n      lowBalanceThresholdCredits\n    }\n  }\n": typeof types.PortalOverviewDocument,
    "\n  mutation PortalCheckout($plan: String!) { portalCheckout(plan: $plan) { url } }\n": typeof types.PortalCheckoutDocument,
    "\n  mutation PortalSetLowBalanceLine($credits: Int) { portalSetLowBalanceThreshold(credits: $credits) }\n": typeof types.PortalSetLowBalanceLineDocument,
    "\n  query PortalTeam { teamMembers { id email role emailVerified invitationPending lastLoginAt } }\n": typeof types.PortalTeamDocument,
    "\n  mutation PortalInvite($email: String!, $role: MemberRole!) { inviteMember(email: $email, role: $role) { id } }\n": typeof types.PortalInviteDocument,
    "\n  mutation PortalRemoveMember($id: ID!) { removeMember(id: $id) }\n": typeof types.PortalRemoveMemberDocument,
    "\n  query PortalWebhookEndpoints {\n    webhookEventTypes\n    webhookEndpoints { id url description eventTypes enabled failureStreak createdAt }\n  }\n": typeof types.PortalWebhookEndpointsDocument,
    "\n  mutation PortalCreateWebhookEndpoint($url: String!, $eventTypes: [String!]!, $description: String) {\n    createWebhookEndpoint(url: $url, eventTypes: $eventTypes, description: $description) { signingSecret endpoint { id url } }\n  }\n": typeof types.PortalCreateWebhookEndpointDocument,
    "\n  mutation PortalUpdateWebhookEndpoint($id: ID!, $url: String, $eventTypes: [String!], $description: String, $enabled: Boolean) {\n    updateWebhookEndpoint(id: $id, url: $url, eventTypes: $eventTypes, description: $description, enabled: $enabled) {\n      id url description eventTypes enabled failureStreak\n    }\n  }\n": typeof types.PortalUpdateWebhookEndpointDocument,
    "\n  mutation PortalRollWebhookSecret($id: ID!) {\n    rollWebhookEndpointSecret(id: $id) { signingSecret endpoint { id url } }\n  }\n": typeof types.PortalRollWebhookSecretDocument,
    "\n  mutation PortalDeleteWebhookEndpoint($id: ID!) { deleteWebhookEndpoint(id: $id) }\n": typeof types.PortalDeleteWebhookEndpointDocument,
    "\n  mutation PortalSendTestWebhook($endpointId: ID!) { sendTestWebhook(endpointId: $endpointId) }\n": typeof types.PortalSendTestWebhookDocument,
    "\n  query PortalWebhookDeliveries($endpointId: ID!, $status: String, $eventType: String, $page: Int!, $perPage: Int!) {\n    webhookDeliveries(endpointId: $endpointId, status: $status, eventType: $eventType, page: $page, perPage: $perPage) {\n      totalCount page perPage\n      items {\n        id eventId eventType status attempts lastStatusCode lastLatencyMs lastError responseExcerpt nextAttemptAt lastAttemptAt createdAt\n      }\n    }\n  }\n": typeof types.PortalWebhookDeliveriesDocument,
    "\n  mutation PortalResendWebhookDelivery($id: ID!) { resendWebhookDelivery(id: $id) }\n": typeof types.PortalResendWebhookDeliveryDocument,
    "\n  fragment PlaygroundResult on SimulationResult {\n    runId\n    seed\n    iterationsRun\n    warnings\n    outputs {\n      name\n      mean\n      std\n      histogram { counts edges }\n      percentiles { percentile value }\n      valueAtRisk { level value conditional }\n    }\n    sensitivity { output inputs { input low high rankCorrelation } }\n  }\n": typeof types.PlaygroundResultFragmentDoc,
    "\n  query PlaygroundAccount { me { company plan { name maxIterationsSync } } }\n": typeof types.PlaygroundAccountDocument,
    "\n  query PlaygroundQuote($query: String!, $variables: JSONObject) {\n    quote(query: $query, variables: $variables) { credits coveredCredits overageCredits overageCents listPriceCents refusal }\n  }\n": typeof types.PlaygroundQuoteDocument,
    "\n  mutation PlaygroundRun($input: SimulationInput!) {\n    runSimulation(input: $input) { ...PlaygroundResult }\n  }\n": typeof types.PlaygroundRunDocument,
    "\n  mutation PlaygroundStart($input: SimulationInput!) {\n    startSimulation(input: $input) { id status progress }\n  }\n": typeof types.PlaygroundStartDocument,
    "\n  query PlaygroundPoll($id: ID!) {\n    simulation(id: $id) { id status progress error result { ...PlaygroundResult } }\n  }\n": typeof types.PlaygroundPollDocument,
    "\n  mutation PlaygroundCancel($id: ID!) { cancelSimulation(id: $id) { id status progress } }\n": typeof types.PlaygroundCancelDocument,
    "\n  mutation PlaygroundImport($input: ImportWorkbookInput!) {\n    importWorkbook(input: $input) { sheet model warnings cells { cell role name excel carlo notes } }\n  }\n": typeof types.PlaygroundImportDocument,
    "\n  query PlaygroundDownload($id: ID!, $format: ExportFormat!) {\n    simulationDownload(id: $id, format: $format) { path expiresAt }\n  }\n": typeof types.PlaygroundDownloadDocument,
    "\n  mutation PlaygroundCreateKey($input: CreateApiKeyInput!) {\n    portalCreateApiKey(input: $input) { secret apiKey { id name } }\n  }\n": typeof types.PlaygroundCreateKeyDocument,
    "\n  query PortalSession {\n    portalMe { accountId company member { id email role emailVerified } }\n  }\n": typeof types.PortalSessionDocument,
    "\n  mutation PortalSignIn($email: String!, $password: String!) {\n    memberSignIn(email: $email, password: $password) { expiresAt }\n  }\n": typeof types.PortalSignInDocument,
    "\n  mutation PortalSignOut { memberSignOut }\n": typeof types.PortalSignOutDocument,
    "\n  mutation PortalResendVerification { resendVerificationEmail }\n": typeof types.PortalResendVerificationDocument,
};
const documents: Documents = {
    "\n  mutation PortalVerifyEmail($token: String!) { verifyMemberEmail(token: $token) }\n": types.PortalVerifyEmailDocument,
    "\n  mutation PortalRequestReset($email: String!) { requestPasswordReset(email: $email) }\n": types.PortalRequestResetDocument,
    "\n  mutation PortalResetPassword($token: String!, $password: String!) { resetPassword(token: $token, password: $password) }\n": types.PortalResetPasswordDocument,
    "\n  mutation PortalAcceptInvitation($token: String!, $password: String!) {\n    acceptInvitation(token: $token, password: $password) { expiresAt }\n  }\n": types.PortalAcceptInvitationDocument,
    "\n  query PortalBillingDetails { portalBillingDetails { email taxIds { id type value country verificationStatus } } }\n": types.PortalBillingDetailsDocument,
    "\n  mutation PortalSetBillingEmail($email: String!) { portalSetBillingEmail(email: $email) { email taxIds { id type value country verificationStatus } } }\n": types.PortalSetBillingEmailDocument,
    "\n  mutation PortalSetTaxId($input: TaxIdInput!) { portalSetTaxId(input: $input) { email taxIds { id type value country verificationStatus } } }\n": types.PortalSetTaxIdDocument,
    "\n  mutation PortalRemoveTaxId { portalRemoveTaxId { email taxIds { id type value country verificationStatus } } }\n": types.PortalRemoveTaxIdDocument,
    "\n  query PortalBilling {\n    plans { code name priceCents currency includedCredits }\n    creditPacks { code credits priceCents currency }\n    portalOverview { plan { code name priceCents } subscription { status cancelAtPeriodEnd currentPeriodEnd } }\n    portalInvoices(page: 1, perPage: 50) {\n      totalCount\n      items { id number status currency totalCents amountPaidCents issuedAt hostedInvoiceUrl invoicePdfUrl lines { id description amountCents } }\n    }\n  }\n": types.PortalBillingDocument,
    "\n  query PortalPreviewPlan($plan: String!) {\n    portalPreviewPlanChange(plan: $plan) {\n      to { code name } immediate prorationCents nextInvoiceCents currency effectiveAt\n      includedCreditsChange rateLimitChange maxIterationsSyncChange featuresAdded featuresRemoved\n    }\n  }\n": types.PortalPreviewPlanDocument,
    "\n  mutation PortalChangePlan($plan: String!) { portalChangePlan(plan: $plan) { to { name } immediate effectiveAt } }\n": types.PortalChangePlanDocument,
    "\n  mutation PortalBuyCredits($pack: String!) { portalBuyCredits(pack: $pack) { url } }\n": types.PortalBuyCreditsDocument,
    "\n  mutation PortalBillingPortal { portalBillingPortal { url } }\n": types.PortalBillingPortalDocument,
    "\n  mutation PortalCancelSubscription { portalCancelSubscription { id cancelAtPeriodEnd currentPeriodEnd } }\n": types.PortalCancelSubscriptionDocument,
    "\n  mutation PortalResumeSubscription { portalResumeSubscription { id cancelAtPeriodEnd currentPeriodEnd } }\n": types.PortalResumeSubscriptionDocument,
    "\n  query PortalDiscount { portalDiscount { name percentOff amountOffCents currency duration startedAt endsAt } }\n": types.PortalDiscountDocument,
    "\n  query PortalKeys {\n    portalApiKeys(page: 1, perPage: 100) {\n      totalCount\n      items { id name mode displayPrefix last4 scopes status expiresAt graceUntil lastUsedAt createdAt spendCapCredits spendCapWindow spendCapMode }\n    }\n  }\n": types.PortalKeysDocument,
    "\n  mutation PortalCreateKey($input: CreateApiKeyInput!) {\n    portalCreateApiKey(input: $input) { secret apiKey { id name } }\n  }\n": types.PortalCreateKeyDocument,
    "\n  mutation PortalRotateKey($id: ID!, $graceHours: Int) {\n    portalRotateApiKey(id: $id, graceHours: $graceHours) { secret apiKey { id name } }\n  }\n": types.PortalRotateKeyDocument,
    "\n  mutation PortalRevokeKey($id: ID!) { portalRevokeApiKey(id: $id) { id status } }\n": types.PortalRevokeKeyDocument,
    "\n  mutation PortalSetKeyCap($keyId: ID!, $capCredits: Int!, $window: SpendCapWindow!, $mode: SpendCapMode!) {\n    setApiKeySpendCap(keyId: $keyId, capCredits: $capCredits, window: $window, mode: $mode) { id spendCapCredits spendCapWindow spendCapMode }\n  }\n": types.PortalSetKeyCapDocument,
    "\n  mutation PortalClearKeyCap($keyId: ID!) { clearApiKeySpendCap(keyId: $keyId) { id spendCapCredits } }\n": types.PortalClearKeyCapDocument,
    "\n  query PortalNotificationPreferences { notificationPreferences { category enabled } }\n": types.PortalNotificationPreferencesDocument,
    "\n  mutation PortalSetNotificationPreference($category: String!, $enabled: Boolean!) {\n    setNotificationPreference(category: $category, enabled: $enabled) { category enabled }\n  }\n": types.PortalSetNotificationPreferenceDocument,
    "\n  query PortalOverview {\n    portalOverview {\n      plan { code name priceCents currency includedCredits overageCentsPer1000Credits rateLimitCreditsPerSecond maxIterationsSync }\n      subscription { status currentPeriodEnd cancelAtPeriodEnd }\n      access { level reason advice }\n      credits { periodStart periodEnd includedCredits includedRemaining prepaidRemaining usedCredits overageCredits overageCentsPer1000Credits }\n      usageByDay { calls chargedCredits rows { group calls chargedCredits } }\n      usageByOperation { rows { group calls chargedCredits } }\n      nextInvoice { dueAt planCode baseCents overageCredits overageCents totalCents currency }\n      lowBalanceThresholdCredits\n    }\n  }\n": types.PortalOverviewDocument,
    "\n  mutation PortalCheckout($plan: String!) { portalCheckout(plan: $plan) { url } }\n": types.PortalCheckoutDocument,
    "\n  mutation PortalSetLowBalanceLine($credits: Int) { portalSetLowBalanceThreshold(credits: $credits) }\n": types.PortalSetLowBalanceLineDocument,
    "\n  query PortalTeam { teamMembers { id email role emailVerified invitationPending lastLoginAt } }\n": types.PortalTeamDocument,
    "\n  mutation PortalInvite($email: String!, $role: MemberRole!) { inviteMember(email: $email, role: $role) { id } }\n": types.PortalInviteDocument,
    "\n  mutation PortalRemoveMember($id: ID!) { removeMember(id: $id) }\n": types.PortalRemoveMemberDocument,
    "\n  query PortalWebhookEndpoints {\n    webhookEventTypes\n    webhookEndpoints { id url description eventTypes enabled failureStreak createdAt }\n  }\n": types.PortalWebhookEndpointsDocument,
    "\n  mutation PortalCreateWebhookEndpoint($url: String!, $eventTypes: [String!]!, $description: String) {\n    createWebhookEndpoint(url: $url, eventTypes: $eventTypes, description: $description) { signingSecret endpoint { id url } }\n  }\n": types.PortalCreateWebhookEndpointDocument,
    "\n  mutation PortalUpdateWebhookEndpoint($id: ID!, $url: String, $eventTypes: [String!], $description: String, $enabled: Boolean) {\n    updateWebhookEndpoint(id: $id, url: $url, eventTypes: $eventTypes, description: $description, enabled: $enabled) {\n      id url description eventTypes enabled failureStreak\n    }\n  }\n": types.PortalUpdateWebhookEndpointDocument,
    "\n  mutation PortalRollWebhookSecret($id: ID!) {\n    rollWebhookEndpointSecret(id: $id) { signingSecret endpoint { id url } }\n  }\n": types.PortalRollWebhookSecretDocument,
    "\n  mutation PortalDeleteWebhookEndpoint($id: ID!) { deleteWebhookEndpoint(id: $id) }\n": types.PortalDeleteWebhookEndpointDocument,
    "\n  mutation PortalSendTestWebhook($endpointId: ID!) { sendTestWebhook(endpointId: $endpointId) }\n": types.PortalSendTestWebhookDocument,
    "\n  query PortalWebhookDeliveries($endpointId: ID!, $status: String, $eventType: String, $page: Int!, $perPage: Int!) {\n    webhookDeliveries(endpointId: $endpointId, status: $status, eventType: $eventType, page: $page, perPage: $perPage) {\n      totalCount page perPage\n      items {\n        id eventId eventType status attempts lastStatusCode lastLatencyMs lastError responseExcerpt nextAttemptAt lastAttemptAt createdAt\n      }\n    }\n  }\n": types.PortalWebhookDeliveriesDocument,
    "\n  mutation PortalResendWebhookDelivery($id: ID!) { resendWebhookDelivery(id: $id) }\n": types.PortalResendWebhookDeliveryDocument,
    "\n  fragment PlaygroundResult on SimulationResult {\n    runId\n    seed\n    iterationsRun\n    warnings\n    outputs {\n      name\n      mean\n      std\n      histogram { counts edges }\n      percentiles { percentile value }\n      valueAtRisk { level value conditional }\n    }\n    sensitivity { output inputs { input low high rankCorrelation } }\n  }\n": types.PlaygroundResultFragmentDoc,
    "\n  query PlaygroundAccount { me { company plan { name maxIterationsSync } } }\n": types.PlaygroundAccountDocument,
    "\n  query PlaygroundQuote($query: String!, $variables: JSONObject) {\n    quote(query: $query, variables: $variables) { credits coveredCredits overageCredits overageCents listPriceCents refusal }\n  }\n": types.PlaygroundQuoteDocument,
    "\n  mutation PlaygroundRun($input: SimulationInput!) {\n    runSimulation(input: $input) { ...PlaygroundResult }\n  }\n": types.PlaygroundRunDocument,
    "\n  mutation PlaygroundStart($input: SimulationInput!) {\n    startSimulation(input: $input) { id status progress }\n  }\n": types.PlaygroundStartDocument,
    "\n  query PlaygroundPoll($id: ID!) {\n    simulation(id: $id) { id status progress error result { ...PlaygroundResult } }\n  }\n": types.PlaygroundPollDocument,
    "\n  mutation PlaygroundCancel($id: ID!) { cancelSimulation(id: $id) { id status progress } }\n": types.PlaygroundCancelDocument,
    "\n  mutation PlaygroundImport($input: ImportWorkbookInput!) {\n    importWorkbook(input: $input) { sheet model warnings cells { cell role name excel carlo notes } }\n  }\n": types.PlaygroundImportDocument,
    "\n  query PlaygroundDownload($id: ID!, $format: ExportFormat!) {\n    simulationDownload(id: $id, format: $format) { path expiresAt }\n  }\n": types.PlaygroundDownloadDocument,
    "\n  mutation PlaygroundCreateKey($input: CreateApiKeyInput!) {\n    portalCreateApiKey(input: $input) { secret apiKey { id name } }\n  }\n": types.PlaygroundCreateKeyDocument,
    "\n  query PortalSession {\n    portalMe { accountId company member { id email role emailVerified } }\n  }\n": types.PortalSessionDocument,
    "\n  mutation PortalSignIn($email: String!, $password: String!) {\n    memberSignIn(email: $email, password: $password) { expiresAt }\n  }\n": types.PortalSignInDocument,
    "\n  mutation PortalSignOut { memberSignOut }\n": types.PortalSignOutDocument,
    "\n  mutation PortalResendVerification { resendVerificationEmail }\n": types.PortalResendVerificationDocument,
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
export function graphql(source: "\n  mutation PortalVerifyEmail($token: String!) { verifyMemberEmail(token: $token) }\n"): (typeof documents)["\n  mutation PortalVerifyEmail($token: String!) { verifyMemberEmail(token: $token) }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PortalRequestReset($email: String!) { requestPasswordReset(email: $email) }\n"): (typeof documents)["\n  mutation PortalRequestReset($email: String!) { requestPasswordReset(email: $email) }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PortalResetPassword($token: String!, $password: String!) { resetPassword(token: $token, password: $password) }\n"): (typeof documents)["\n  mutation PortalResetPassword($token: String!, $password: String!) { resetPassword(token: $token, password: $password) }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PortalAcceptInvitation($token: String!, $password: String!) {\n    acceptInvitation(token: $token, password: $password) { expiresAt }\n  }\n"): (typeof documents)["\n  mutation PortalAcceptInvitation($token: String!, $password: String!) {\n    acceptInvitation(token: $token, password: $password) { expiresAt }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PortalBillingDetails { portalBillingDetails { email taxIds { id type value country verificationStatus } } }\n"): (typeof documents)["\n  query PortalBillingDetails { portalBillingDetails { email taxIds { id type value country verificationStatus } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PortalSetBillingEmail($email: String!) { portalSetBillingEmail(email: $email) { email taxIds { id type value country verificationStatus } } }\n"): (typeof documents)["\n  mutation PortalSetBillingEmail($email: String!) { portalSetBillingEmail(email: $email) { email taxIds { id type value country verificationStatus } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PortalSetTaxId($input: TaxIdInput!) { portalSetTaxId(input: $input) { email taxIds { id type value country verificationStatus } } }\n"): (typeof documents)["\n  mutation PortalSetTaxId($input: TaxIdInput!) { portalSetTaxId(input: $input) { email taxIds { id type value country verificationStatus } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PortalRemoveTaxId { portalRemoveTaxId { email taxIds { id type value country verificationStatus } } }\n"): (typeof documents)["\n  mutation PortalRemoveTaxId { portalRemoveTaxId { email taxIds { id type value country verificationStatus } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PortalBilling {\n    plans { code name priceCents currency includedCredits }\n    creditPacks { code credits priceCents currency }\n    portalOverview { plan { code name priceCents } subscription { status cancelAtPeriodEnd currentPeriodEnd } }\n    portalInvoices(page: 1, perPage: 50) {\n      totalCount\n      items { id number status currency totalCents amountPaidCents issuedAt hostedInvoiceUrl invoicePdfUrl lines { id description amountCents } }\n    }\n  }\n"): (typeof documents)["\n  query PortalBilling {\n    plans { code name priceCents currency includedCredits }\n    creditPacks { code credits priceCents currency }\n    portalOverview { plan { code name priceCents } subscription { status cancelAtPeriodEnd currentPeriodEnd } }\n    portalInvoices(page: 1, perPage: 50) {\n      totalCount\n      items { id number status currency totalCents amountPaidCents issuedAt hostedInvoiceUrl invoicePdfUrl lines { id description amountCents } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PortalPreviewPlan($plan: String!) {\n    portalPreviewPlanChange(plan: $plan) {\n      to { code name } immediate prorationCents nextInvoiceCents currency effectiveAt\n      includedCreditsChange rateLimitChange maxIterationsSyncChange featuresAdded featuresRemoved\n    }\n  }\n"): (typeof documents)["\n  query PortalPreviewPlan($plan: String!) {\n    portalPreviewPlanChange(plan: $plan) {\n      to { code name } immediate prorationCents nextInvoiceCents currency effectiveAt\n      includedCreditsChange rateLimitChange maxIterationsSyncChange featuresAdded featuresRemoved\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PortalChangePlan($plan: String!) { portalChangePlan(plan: $plan) { to { name } immediate effectiveAt } }\n"): (typeof documents)["\n  mutation PortalChangePlan($plan: String!) { portalChangePlan(plan: $plan) { to { name } immediate effectiveAt } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PortalBuyCredits($pack: String!) { portalBuyCredits(pack: $pack) { url } }\n"): (typeof documents)["\n  mutation PortalBuyCredits($pack: String!) { portalBuyCredits(pack: $pack) { url } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PortalBillingPortal { portalBillingPortal { url } }\n"): (typeof documents)["\n  mutation PortalBillingPortal { portalBillingPortal { url } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PortalCancelSubscription { portalCancelSubscription { id cancelAtPeriodEnd currentPeriodEnd } }\n"): (typeof documents)["\n  mutation PortalCancelSubscription { portalCancelSubscription { id cancelAtPeriodEnd currentPeriodEnd } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PortalResumeSubscription { portalResumeSubscription { id cancelAtPeriodEnd currentPeriodEnd } }\n"): (typeof documents)["\n  mutation PortalResumeSubscription { portalResumeSubscription { id cancelAtPeriodEnd currentPeriodEnd } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PortalDiscount { portalDiscount { name percentOff amountOffCents currency duration startedAt endsAt } }\n"): (typeof documents)["\n  query PortalDiscount { portalDiscount { name percentOff amountOffCents currency duration startedAt endsAt } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PortalKeys {\n    portalApiKeys(page: 1, perPage: 100) {\n      totalCount\n      items { id name mode displayPrefix last4 scopes status expiresAt graceUntil lastUsedAt createdAt spendCapCredits spendCapWindow spendCapMode }\n    }\n  }\n"): (typeof documents)["\n  query PortalKeys {\n    portalApiKeys(page: 1, perPage: 100) {\n      totalCount\n      items { id name mode displayPrefix last4 scopes status expiresAt graceUntil lastUsedAt createdAt spendCapCredits spendCapWindow spendCapMode }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PortalCreateKey($input: CreateApiKeyInput!) {\n    portalCreateApiKey(input: $input) { secret apiKey { id name } }\n  }\n"): (typeof documents)["\n  mutation PortalCreateKey($input: CreateApiKeyInput!) {\n    portalCreateApiKey(input: $input) { secret apiKey { id name } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PortalRotateKey($id: ID!, $graceHours: Int) {\n    portalRotateApiKey(id: $id, graceHours: $graceHours) { secret apiKey { id name } }\n  }\n"): (typeof documents)["\n  mutation PortalRotateKey($id: ID!, $graceHours: Int) {\n    portalRotateApiKey(id: $id, graceHours: $graceHours) { secret apiKey { id name } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PortalRevokeKey($id: ID!) { portalRevokeApiKey(id: $id) { id status } }\n"): (typeof documents)["\n  mutation PortalRevokeKey($id: ID!) { portalRevokeApiKey(id: $id) { id status } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PortalSetKeyCap($keyId: ID!, $capCredits: Int!, $window: SpendCapWindow!, $mode: SpendCapMode!) {\n    setApiKeySpendCap(keyId: $keyId, capCredits: $capCredits, window: $window, mode: $mode) { id spendCapCredits spendCapWindow spendCapMode }\n  }\n"): (typeof documents)["\n  mutation PortalSetKeyCap($keyId: ID!, $capCredits: Int!, $window: SpendCapWindow!, $mode: SpendCapMode!) {\n    setApiKeySpendCap(keyId: $keyId, capCredits: $capCredits, window: $window, mode: $mode) { id spendCapCredits spendCapWindow spendCapMode }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PortalClearKeyCap($keyId: ID!) { clearApiKeySpendCap(keyId: $keyId) { id spendCapCredits } }\n"): (typeof documents)["\n  mutation PortalClearKeyCap($keyId: ID!) { clearApiKeySpendCap(keyId: $keyId) { id spendCapCredits } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PortalNotificationPreferences { notificationPreferences { category enabled } }\n"): (typeof documents)["\n  query PortalNotificationPreferences { notificationPreferences { category enabled } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PortalSetNotificationPreference($category: String!, $enabled: Boolean!) {\n    setNotificationPreference(category: $category, enabled: $enabled) { category enabled }\n  }\n"): (typeof documents)["\n  mutation PortalSetNotificationPreference($category: String!, $enabled: Boolean!) {\n    setNotificationPreference(category: $category, enabled: $enabled) { category enabled }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PortalOverview {\n    portalOverview {\n      plan { code name priceCents currency includedCredits overageCentsPer1000Credits rateLimitCreditsPerSecond maxIterationsSync }\n      subscription { status currentPeriodEnd cancelAtPeriodEnd }\n      access { level reason advice }\n      credits { periodStart periodEnd includedCredits includedRemaining prepaidRemaining usedCredits overageCredits overageCentsPer1000Credits }\n      usageByDay { calls chargedCredits rows { group calls chargedCredits } }\n      usageByOperation { rows { group calls chargedCredits } }\n      nextInvoice { dueAt planCode baseCents overageCredits overageCents totalCents currency }\n      lowBalanceThresholdCredits\n    }\n  }\n"): (typeof documents)["\n  query PortalOverview {\n    portalOverview {\n      plan { code name priceCents currency includedCredits overageCentsPer1000Credits rateLimitCreditsPerSecond maxIterationsSync }\n      subscription { status currentPeriodEnd cancelAtPeriodEnd }\n      access { level reason advice }\n      credits { periodStart periodEnd includedCredits includedRemaining prepaidRemaining usedCredits overageCredits overageCentsPer1000Credits }\n      usageByDay { calls chargedCredits rows { group calls chargedCredits } }\n      usageByOperation { rows { group calls chargedCredits } }\n      nextInvoice { dueAt planCode baseCents overageCredits overageCents totalCents currency }\n      lowBalanceThresholdCredits\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PortalCheckout($plan: String!) { portalCheckout(plan: $plan) { url } }\n"): (typeof documents)["\n  mutation PortalCheckout($plan: String!) { portalCheckout(plan: $plan) { url } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PortalSetLowBalanceLine($credits: Int) { portalSetLowBalanceThreshold(credits: $credits) }\n"): (typeof documents)["\n  mutation PortalSetLowBalanceLine($credits: Int) { portalSetLowBalanceThreshold(credits: $credits) }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PortalTeam { teamMembers { id email role emailVerified invitationPending lastLoginAt } }\n"): (typeof documents)["\n  query PortalTeam { teamMembers { id email role emailVerified invitationPending lastLoginAt } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PortalInvite($email: String!, $role: MemberRole!) { inviteMember(email: $email, role: $role) { id } }\n"): (typeof documents)["\n  mutation PortalInvite($email: String!, $role: MemberRole!) { inviteMember(email: $email, role: $role) { id } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PortalRemoveMember($id: ID!) { removeMember(id: $id) }\n"): (typeof documents)["\n  mutation PortalRemoveMember($id: ID!) { removeMember(id: $id) }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PortalWebhookEndpoints {\n    webhookEventTypes\n    webhookEndpoints { id url description eventTypes enabled failureStreak createdAt }\n  }\n"): (typeof documents)["\n  query PortalWebhookEndpoints {\n    webhookEventTypes\n    webhookEndpoints { id url description eventTypes enabled failureStreak createdAt }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PortalCreateWebhookEndpoint($url: String!, $eventTypes: [String!]!, $description: String) {\n    createWebhookEndpoint(url: $url, eventTypes: $eventTypes, description: $description) { signingSecret endpoint { id url } }\n  }\n"): (typeof documents)["\n  mutation PortalCreateWebhookEndpoint($url: String!, $eventTypes: [String!]!, $description: String) {\n    createWebhookEndpoint(url: $url, eventTypes: $eventTypes, description: $description) { signingSecret endpoint { id url } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PortalUpdateWebhookEndpoint($id: ID!, $url: String, $eventTypes: [String!], $description: String, $enabled: Boolean) {\n    updateWebhookEndpoint(id: $id, url: $url, eventTypes: $eventTypes, description: $description, enabled: $enabled) {\n      id url description eventTypes enabled failureStreak\n    }\n  }\n"): (typeof documents)["\n  mutation PortalUpdateWebhookEndpoint($id: ID!, $url: String, $eventTypes: [String!], $description: String, $enabled: Boolean) {\n    updateWebhookEndpoint(id: $id, url: $url, eventTypes: $eventTypes, description: $description, enabled: $enabled) {\n      id url description eventTypes enabled failureStreak\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PortalRollWebhookSecret($id: ID!) {\n    rollWebhookEndpointSecret(id: $id) { signingSecret endpoint { id url } }\n  }\n"): (typeof documents)["\n  mutation PortalRollWebhookSecret($id: ID!) {\n    rollWebhookEndpointSecret(id: $id) { signingSecret endpoint { id url } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PortalDeleteWebhookEndpoint($id: ID!) { deleteWebhookEndpoint(id: $id) }\n"): (typeof documents)["\n  mutation PortalDeleteWebhookEndpoint($id: ID!) { deleteWebhookEndpoint(id: $id) }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PortalSendTestWebhook($endpointId: ID!) { sendTestWebhook(endpointId: $endpointId) }\n"): (typeof documents)["\n  mutation PortalSendTestWebhook($endpointId: ID!) { sendTestWebhook(endpointId: $endpointId) }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PortalWebhookDeliveries($endpointId: ID!, $status: String, $eventType: String, $page: Int!, $perPage: Int!) {\n    webhookDeliveries(endpointId: $endpointId, status: $status, eventType: $eventType, page: $page, perPage: $perPage) {\n      totalCount page perPage\n      items {\n        id eventId eventType status attempts lastStatusCode lastLatencyMs lastError responseExcerpt nextAttemptAt lastAttemptAt createdAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query PortalWebhookDeliveries($endpointId: ID!, $status: String, $eventType: String, $page: Int!, $perPage: Int!) {\n    webhookDeliveries(endpointId: $endpointId, status: $status, eventType: $eventType, page: $page, perPage: $perPage) {\n      totalCount page perPage\n      items {\n        id eventId eventType status attempts lastStatusCode lastLatencyMs lastError responseExcerpt nextAttemptAt lastAttemptAt createdAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PortalResendWebhookDelivery($id: ID!) { resendWebhookDelivery(id: $id) }\n"): (typeof documents)["\n  mutation PortalResendWebhookDelivery($id: ID!) { resendWebhookDelivery(id: $id) }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PlaygroundResult on SimulationResult {\n    runId\n    seed\n    iterationsRun\n    warnings\n    outputs {\n      name\n      mean\n      std\n      histogram { counts edges }\n      percentiles { percentile value }\n      valueAtRisk { level value conditional }\n    }\n    sensitivity { output inputs { input low high rankCorrelation } }\n  }\n"): (typeof documents)["\n  fragment PlaygroundResult on SimulationResult {\n    runId\n    seed\n    iterationsRun\n    warnings\n    outputs {\n      name\n      mean\n      std\n      histogram { counts edges }\n      percentiles { percentile value }\n      valueAtRisk { level value conditional }\n    }\n    sensitivity { output inputs { input low high rankCorrelation } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PlaygroundAccount { me { company plan { name maxIterationsSync } } }\n"): (typeof documents)["\n  query PlaygroundAccount { me { company plan { name maxIterationsSync } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PlaygroundQuote($query: String!, $variables: JSONObject) {\n    quote(query: $query, variables: $variables) { credits coveredCredits overageCredits overageCents listPriceCents refusal }\n  }\n"): (typeof documents)["\n  query PlaygroundQuote($query: String!, $variables: JSONObject) {\n    quote(query: $query, variables: $variables) { credits coveredCredits overageCredits overageCents listPriceCents refusal }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PlaygroundRun($input: SimulationInput!) {\n    runSimulation(input: $input) { ...PlaygroundResult }\n  }\n"): (typeof documents)["\n  mutation PlaygroundRun($input: SimulationInput!) {\n    runSimulation(input: $input) { ...PlaygroundResult }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PlaygroundStart($input: SimulationInput!) {\n    startSimulation(input: $input) { id status progress }\n  }\n"): (typeof documents)["\n  mutation PlaygroundStart($input: SimulationInput!) {\n    startSimulation(input: $input) { id status progress }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PlaygroundPoll($id: ID!) {\n    simulation(id: $id) { id status progress error result { ...PlaygroundResult } }\n  }\n"): (typeof documents)["\n  query PlaygroundPoll($id: ID!) {\n    simulation(id: $id) { id status progress error result { ...PlaygroundResult } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PlaygroundCancel($id: ID!) { cancelSimulation(id: $id) { id status progress } }\n"): (typeof documents)["\n  mutation PlaygroundCancel($id: ID!) { cancelSimulation(id: $id) { id status progress } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PlaygroundImport($input: ImportWorkbookInput!) {\n    importWorkbook(input: $input) { sheet model warnings cells { cell role name excel carlo notes } }\n  }\n"): (typeof documents)["\n  mutation PlaygroundImport($input: ImportWorkbookInput!) {\n    importWorkbook(input: $input) { sheet model warnings cells { cell role name excel carlo notes } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PlaygroundDownload($id: ID!, $format: ExportFormat!) {\n    simulationDownload(id: $id, format: $format) { path expiresAt }\n  }\n"): (typeof documents)["\n  query PlaygroundDownload($id: ID!, $format: ExportFormat!) {\n    simulationDownload(id: $id, format: $format) { path expiresAt }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PlaygroundCreateKey($input: CreateApiKeyInput!) {\n    portalCreateApiKey(input: $input) { secret apiKey { id name } }\n  }\n"): (typeof documents)["\n  mutation PlaygroundCreateKey($input: CreateApiKeyInput!) {\n    portalCreateApiKey(input: $input) { secret apiKey { id name } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PortalSession {\n    portalMe { accountId company member { id email role emailVerified } }\n  }\n"): (typeof documents)["\n  query PortalSession {\n    portalMe { accountId company member { id email role emailVerified } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PortalSignIn($email: String!, $password: String!) {\n    memberSignIn(email: $email, password: $password) { expiresAt }\n  }\n"): (typeof documents)["\n  mutation PortalSignIn($email: String!, $password: String!) {\n    memberSignIn(email: $email, password: $password) { expiresAt }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PortalSignOut { memberSignOut }\n"): (typeof documents)["\n  mutation PortalSignOut { memberSignOut }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PortalResendVerification { resendVerificationEmail }\n"): (typeof documents)["\n  mutation PortalResendVerification { resendVerificationEmail }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;