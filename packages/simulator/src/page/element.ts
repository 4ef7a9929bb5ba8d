/** Tiny DOM builders: every string goes in as text, never as HTML. */

export type Child = Node | string | null | undefined | false;
export type Attributes = Readonly<Record<string, string | undefined>>;

/** Creates an element; `undefined` attributes are skipped, `class` and `data-*` are plain attributes. */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Attributes = {},
  ...children: readonly Child[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value !== undefined) element.setAttribute(name, value);
  }
  append(element, children);
  return element;
}

export function append(parent: Node, children: readonly Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(typeof child === "string" ? document.createTextNode(child) : child);
  }
}

/** Replaces every child of `parent`. */
export function replaceChildren(parent: Element, children: readonly Child[]): void {
  parent.replaceChildren();
  append(parent, children);
}

/** A `<button type="button">` whose text is exactly `label`. */
export function button(
  label: string,
  attributes: Attributes,
  onClick: (event: MouseEvent) => void,
): HTMLButtonElement {
  const element = el("button", { type: "button", ...attributes }, label);
  element.addEventListener("click", onClick);
  return element;
}

/** A link that always opens in a new tab without giving the target page a handle on ours. */
export function externalLink(
  href: string,
  attributes: Attributes,
  ...children: readonly Child[]
): HTMLAnchorElement {
  return el("a", { href, target: "_blank", rel: "noopener noreferrer", ...attributes }, ...children);
}

/** Only http(s) links are followed; anything else (javascript:, data:) is shown as text. */
export function isSafeUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === "https:" || url.protocol === "http:";
  } catch {
    return false;
  }
}
