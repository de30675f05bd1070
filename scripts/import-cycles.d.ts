export function importGraph(srcDir?: string): Map<string, string[]>;
export function importCycles(graph: Map<string, string[]>): string[][];
