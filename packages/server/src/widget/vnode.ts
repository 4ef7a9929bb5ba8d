/**
 * A tiny description of DOM nodes, so what the widget shows is built by pure functions (testable without
 * a browser) and turned into elements in one place. Text is always set as text, never as HTML.
 */

export interface VNode {
  tag: string;
  attrs: Record<string, string>;
  on: Record<string, (event: Event) => void>;
  children: Child[];
}

export type Child = VNode | string;

export interface Props {
  [name: string]: string | undefined | ((event: Event) => void);
}

/** An element with attributes (`onclick`… become listeners; undefined ones are left out) and children. */
export function h(tag: string, props: Props = {}, ...children: (Child | undefined | false)[]): VNode {
  const attrs: Record<string, string> = {};
  const on: Record<string, (event: Event) => void> = {};
  for (const [name, value] of Object.entries(props)) {
    if (typeof value === "function") on[name.replace(/^on/, "")] = value;
    else if (value !== undefined) attrs[name] = value;
  }
  return { tag, attrs, on, children: children.filter((c): c is Child => c !== undefined && c !== false) };
}

/** The children that are there: undefined ones (optional parts) are left out. */
export function compact(...children: (Child | undefined)[]): Child[] {
  return children.filter((child): child is Child => child !== undefined);
}

/** All the text of a node, for tests and accessible labels. */
export function textOf(node: Child): string {
  return typeof node === "string" ? node : node.children.map(textOf).join("");
}

/** The nodes below `node` (itself included) whose attribute `name` is `value`. */
export function findAll(node: Child, name: string, value: string): VNode[] {
  if (typeof node === "string") return [];
  const here = node.attrs[name] === value ? [node] : [];
  return [...here, ...node.children.flatMap((child) => findAll(child, name, value))];
}

/** Only http(s) links are ever put in an `href` or `src`. */
export function safeUrl(url: string): string | undefined {
  try {
    const parsed = new URL(url);
    return parsed.protocol === "https:" || parsed.protocol === "http:" ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}

/** Elements of the inline icons, made in the SVG namespace. */
const SVG_TAGS = new Set(["svg", "path"]);

/** Builds the elements of `node` in `doc`. */
export function toDom(node: Child, doc: Document): Node {
  if (typeof node === "string") return doc.createTextNode(node);
  const element = SVG_TAGS.has(node.tag)
    ? doc.createElementNS("http://www.w3.org/2000/svg", node.tag)
    : doc.createElement(node.tag);
  for (const [name, value] of Object.entries(node.attrs)) element.setAttribute(name, value);
  for (const [type, listener] of Object.entries(node.on)) element.addEventListener(type, listener);
  for (const child of node.children) element.appendChild(toDom(child, doc));
  return element;
}
