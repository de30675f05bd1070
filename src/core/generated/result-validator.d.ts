import type { ValidateFunction } from 'ajv';

/** schemas/result.schema.json (with both details schemas), compiled ahead of time. */
export declare const validateResult: ValidateFunction;

/** The same without its kinds: a result of a kind registered at run time, before its details. */
export declare const validateEnvelope: ValidateFunction;
