import { parseAst } from 'rollup/parseAst';

/**
 * The shared schemas carry OpenAPI words (`.apply(meta({ id, description }))`, see
 * `shared/schemas/common.ts`), which only `npm run openapi` reads: it writes the document at build
 * time, and nothing at run time looks in zod's registry. So the bundles of the pages and of the
 * functions leave them out: fewer bytes to download and compile, and no schema copied and
 * registered at start-up (ARCHITECTURE.md, "Routes and their schemas").
 */
export const schemaModule = /[\\/]shared[\\/]schemas[\\/][^\\/]+\.ts$/;

interface AstNode {
  type: string;
  start: number;
  end: number;
  [key: string]: unknown;
}

const isNode = (value: unknown): value is AstNode =>
  typeof value === 'object' && value !== null && typeof (value as AstNode).type === 'string';

function visit(node: AstNode, found: (node: AstNode) => void): void {
  found(node);
  for (const value of Object.values(node)) {
    if (Array.isArray(value)) for (const item of value) if (isNode(item)) visit(item, found);
    if (isNode(value)) visit(value, found);
  }
}

/** `<schema>.apply(meta(…))` as the range to cut: from the end of `<schema>` to the end of the call. */
function metaApplication(node: AstNode): [number, number] | undefined {
  if (node.type !== 'CallExpression') return undefined;
  const callee = node.callee as AstNode & { object?: AstNode; property?: AstNode & { name?: string } };
  const [argument, ...more] = node.arguments as Array<AstNode & { callee?: AstNode & { name?: string } }>;
  const isApply = callee.type === 'MemberExpression' && !callee.computed && callee.property?.name === 'apply';
  const ofMeta =
    argument?.type === 'CallExpression' && argument.callee?.type === 'Identifier' && argument.callee.name === 'meta';
  return isApply && ofMeta && more.length === 0 && callee.object ? [callee.object.end, node.end] : undefined;
}

/** A schema module's JavaScript without its `.apply(meta(…))` calls; the schemas are otherwise the same. */
export function withoutSchemaMeta(code: string): string {
  const cuts: Array<[number, number]> = [];
  visit(parseAst(code) as unknown as AstNode, (node) => {
    const cut = metaApplication(node);
    if (cut) cuts.push(cut);
  });
  // Last first, so the earlier ranges still point at the same text; a cut never holds another
  // (the words inside `meta(…)` are plain data).
  return cuts.sort((a, b) => b[0] - a[0]).reduce((text, [start, end]) => text.slice(0, start) + text.slice(end), code);
}
