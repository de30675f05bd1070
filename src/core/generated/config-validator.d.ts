import type { ValidateFunction } from 'ajv';

/** schemas/config.schema.json with both parts, compiled ahead of time (verbose errors). */
export declare const validateConfig: ValidateFunction;

/** One entry of the config's validate list. */
export declare const validateValidatePart: ValidateFunction;

/** One entry of the config's compare list. */
export declare const validateComparePart: ValidateFunction;

/** The metric rules of a compare entry (config-compare.schema.json#/properties/metrics). */
export declare const validateCompareMetrics: ValidateFunction;
