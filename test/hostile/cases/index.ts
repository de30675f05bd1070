// Every case of the hostile suite, by area. Ids are unique (the suite checks).
import type { HostileCase } from '../types.js';
import { artifactCases, warmArtifacts } from './artifacts.js';
import { configCases } from './configs.js';
import { dataCases } from './data.js';
import { envCases } from './env.js';
import { eventCases } from './events.js';
import { metricCases } from './metrics.js';
import { pathCases } from './paths.js';
import { resultCases } from './results.js';
import { schemaCases } from './schemas.js';

export function allCases(): HostileCase[] {
  return [
    ...pathCases(),
    ...dataCases(),
    ...schemaCases(),
    ...metricCases(),
    ...configCases(),
    ...resultCases(),
    ...artifactCases(),
    ...eventCases(),
    ...envCases(),
  ];
}

/** Inputs too costly to build while cases run (see warmArtifacts). */
export function warmUp(cases: HostileCase[]): void {
  if (cases.some((c) => c.area === 'artifact')) warmArtifacts();
}
