// The statistics toolbox behind `compare`: pure functions over typed arrays, no I/O.
export * from './prng.js';
export * from './normal.js';
export * from './bootstrap.js';
export * from './paired-z.js';
export * from './mcnemar.js';
export * from './adjust.js';
export * from './power.js';
export * from './scored.js';
export * from './delong.js';
export * from './weighted-bootstrap.js';
export * from './binomial.js';
export * from './count-bootstrap.js';
export * from './ranking.js';
export * from './pass-at-k.js';
