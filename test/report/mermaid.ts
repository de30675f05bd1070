// The `mermaid` package's own parser, for checking that our charts are diagrams GitHub can draw.
// Mermaid sanitises labels with DOMPurify, which needs a browser DOM; under Node it is a stub with
// no hooks, so it is replaced by the identity here. Sanitising is not parsing: the grammar that
// accepts or rejects a block is untouched.
import DOMPurify from 'dompurify';

type Purify = { addHook?: unknown; sanitize: (s: string) => string };
const purify = DOMPurify as unknown as Purify;
if (typeof purify.addHook !== 'function') purify.addHook = () => {};
purify.sanitize = (s: string) => s;

const { default: mermaid } = await import('mermaid');

/** Every ```mermaid block of a Markdown text. */
export function mermaidBlocks(markdown: string): string[] {
  return [...markdown.matchAll(/```mermaid\n([\s\S]*?)\n```/g)].map((m) => m[1]!);
}

/** Resolves to the diagram type, or rejects with Mermaid's parse error. */
export async function parseMermaid(source: string): Promise<string> {
  const out = await mermaid.parse(source);
  if (!out) throw new Error('mermaid.parse returned nothing');
  return out.diagramType;
}
