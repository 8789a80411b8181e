/** Injection token for the request-body limit in bytes (config BODY_LIMIT_BYTES). */
export const BODY_LIMIT_BYTES = Symbol('BODY_LIMIT_BYTES');
