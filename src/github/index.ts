// The GitHub module: everything that talks to GitHub. Every function takes the client first.
export * from './client.js';
export * from './identity.js';
export * from './comments.js';
export * from './status.js';
export * from './check-runs.js';
export * from './contents.js';
export * from './artifacts.js';
export * from './zip.js';
export * from './pulls.js';
export * from './permissions.js';
