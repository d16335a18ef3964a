/** The domain/keys module's public surface: other modules import only what is listed here. */
export { ApiKey, ApiKeyMode, ApiKeyScope, ApiKeyStatus } from './api-key.entity.js';
export { ApiKeyService, MAX_ROTATION_GRACE_HOURS } from './api-key.service.js';
export type { IssuedKey, KeyRevokedListener } from './api-key.service.js';
export { ApiKeyPage, ApiKeyType, IssuedApiKeyType } from './api-key.type.js';
export { CreateApiKeyInput } from './create-api-key.input.js';
export { parseKey } from './key-format.js';
export { hashKey } from './key-hasher.js';
export { LastUsedWriter } from './last-used-writer.js';
export { MAX_SPEND_CAP_CREDITS, SpendCapMode, SpendCapWindow, spendCapWindowAt, validSpendCap } from './spend-cap.js';
export type { SpendCap } from './spend-cap.js';
