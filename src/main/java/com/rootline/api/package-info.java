/**
 * GraphQL infrastructure shared by every feature: scalars, the error model (top-level errors with
 * a stable {@code extensions.code}, {@code userErrors} in mutation payloads), query limits, the
 * request timeout, when DataLoaders are dispatched, and Relay pagination.
 */
package com.rootline.api;
