import type { ValidateFunction } from 'ajv';

/** schemas/result.schema.json (with both details schemas), compiled ahead of time. */
export declare const validateResult: ValidateFunction;
