/** Pure: the list sheet a list message opens, and the "continue on" links under the thread. */
import type { Labels } from "./labels.js";
import { h, safeUrl } from "./vnode.js";
import type { VNode } from "./vnode.js";
import type { ChoicesMessage, ContinueTarget } from "./widget-types.js";

/** The options of a list, by section, over the thread; picking one sends it and closes the sheet. */
export function renderListSheet(
  message: ChoicesMessage,
  labels: Labels,
  choose: (option: { id: string; title: string }) => void,
  close: () => void,
): VNode {
  return h(
    "div",
    { class: "sheet", role: "dialog", "data-testid": "wc-list-sheet" },
    h(
      "div",
      { class: "sheet-head" },
      h("strong", {}, message.listButton ?? labels.chooseOption),
      h("button", { type: "button", class: "icon", "aria-label": labels.close, onclick: close }, "×"),
    ),
    ...message.sections.map((section) =>
      h(
        "div",
        { class: "sheet-section" },
        section.title === undefined ? undefined : h("p", { class: "sheet-title" }, section.title),
        ...section.options.map((option) =>
          h(
            "button",
            {
              type: "button",
              class: "sheet-option",
              "data-testid": "wc-list-option",
              onclick: () => {
                choose(option);
                close();
              },
            },
            h("span", {}, option.title),
            option.description === undefined ? undefined : h("small", {}, option.description),
          ),
        ),
      ),
    ),
  );
}

/** A target and the link that continues the chat there, once the server made one. */
export interface ContinueLink extends ContinueTarget {
  url?: string;
}

export function renderContinueLinks(links: readonly ContinueLink[], labels: Labels): VNode | undefined {
  if (links.length === 0) return undefined;
  return h(
    "div",
    { class: "continue", "data-testid": "wc-continue-links" },
    h("span", {}, labels.continueOn),
    ...links.map((target) =>
      h(
        "a",
        {
          class: `continue-link continue-link--${target.channel}`,
          "data-testid": "wc-continue",
          "data-channel": target.channel,
          href: target.url === undefined ? undefined : safeUrl(target.url),
          target: "_blank",
          rel: "noopener noreferrer",
        },
        labels.channel[target.channel] ?? target.name,
      ),
    ),
  );
}
