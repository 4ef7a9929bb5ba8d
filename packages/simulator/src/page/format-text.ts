/** WhatsApp's text rendering: line breaks, clickable links, *bold*, _italic_, ~strike~ and ```monospace```. */
import { append, el, externalLink, type Child } from "./element.js";

const URL_PATTERN = /\b(?:https?:\/\/|www\.)[^\s<]*[^\s<.,:;"')\]!?]/gi;
const STYLE_PATTERN =
  /```([^`]+)```|(?<![\w*])\*([^*\n]+)\*(?![\w*])|(?<![\w_])_([^_\n]+)_(?![\w_])|(?<![\w~])~([^~\n]+)~(?![\w~])/g;

/** The text as DOM nodes; `\n` becomes `<br>`. Never parses HTML. */
export function formatText(value: string): DocumentFragment {
  const fragment = document.createDocumentFragment();
  value.split("\n").forEach((line, index) => {
    if (index > 0) fragment.appendChild(el("br"));
    append(fragment, linkify(line));
  });
  return fragment;
}

function linkify(line: string): Child[] {
  const out: Child[] = [];
  let last = 0;
  for (const match of line.matchAll(URL_PATTERN)) {
    const start = match.index;
    out.push(...styled(line.slice(last, start)));
    const href = match[0].toLowerCase().startsWith("www.") ? `https://${match[0]}` : match[0];
    out.push(externalLink(href, { class: "text-link" }, match[0]));
    last = start + match[0].length;
  }
  out.push(...styled(line.slice(last)));
  return out;
}

function styled(segment: string): Child[] {
  const out: Child[] = [];
  let last = 0;
  for (const match of segment.matchAll(STYLE_PATTERN)) {
    const start = match.index;
    out.push(segment.slice(last, start) || null);
    const [, mono, bold, italic, strike] = match;
    if (mono !== undefined) out.push(el("code", {}, mono));
    else if (bold !== undefined) out.push(el("strong", {}, ...styled(bold)));
    else if (italic !== undefined) out.push(el("em", {}, ...styled(italic)));
    else if (strike !== undefined) out.push(el("s", {}, ...styled(strike)));
    last = start + match[0].length;
  }
  out.push(segment.slice(last) || null);
  return out;
}
