import { Document, isCollection, isPair, type Node, parseDocument } from "yaml";

// Text helpers of the YAML splice (see _splice.ts): where a node's text starts and ends,
// and how a value is written in the chronicle's usual style.

/** A value as YAML in the chronicle's usual style: block mappings, short lists and small mappings inline. */
export function render(value: unknown, indent: number, flowTop = false): string {
  const doc = new Document(value);
  const style = (node: unknown, depth: number) => {
    if (!isCollection(node)) return;
    node.flow = depth === 0 ? flowTop : JSON.stringify(node.toJSON()).length <= 100;
    for (const child of node.items) style(isPair(child) ? child.value : child, depth + 1);
  };
  style(doc.contents, 0);
  const padded = doc.toString({ lineWidth: 0 }).replace(/\n$/, "");
  // Lists as the chronicle writes them, `[a, b]`, when that reads back the same.
  const squeezed = padded.replace(/\[ (.*?) \]/g, "[$1]");
  const chosen = JSON.stringify(parseDocument(squeezed).toJS()) === JSON.stringify(value) ? squeezed : padded;
  return chosen
    .split("\n")
    .map((line, i) => (i === 0 || line === "" ? line : " ".repeat(indent) + line))
    .join("\n");
}

export function renderPair(key: string, value: unknown, column: number, flow = false): string {
  if (flow && typeof value === "object" && value !== null)
    return `${render(key, 0)}: ${render(value, column + 2, true)}`;
  return render({ [key]: value }, column);
}

/** Where a node's text ends, trailing blank space and newlines excluded. */
export function contentEnd(text: string, node: Node): number {
  const [start, end] = node.range as [number, number, number];
  let at = end;
  while (at > start && /\s/.test(text[at - 1] as string)) at--;
  return at;
}

export function lineStartOf(text: string, at: number): number {
  return text.lastIndexOf("\n", at - 1) + 1;
}

export function lineEndOf(text: string, at: number): number {
  const end = text.indexOf("\n", at);
  return end < 0 ? text.length : end;
}

/** The whole lines a list item takes, from its line's start to after its last line's newline. */
export function lineSpan(text: string, node: Node): [number, number] {
  const start = lineStartOf(text, (node.range as number[])[0] as number);
  const end = lineEndOf(text, contentEnd(text, node));
  return [start, Math.min(text.length, end + 1)];
}
