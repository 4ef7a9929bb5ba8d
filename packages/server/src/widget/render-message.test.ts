import { describe, expect, it } from "vitest";
import { labelsFor, pickLanguage } from "./labels.js";
import { renderItem } from "./render-message.js";
import type { RenderContext } from "./render-message.js";
import { renderContinueLinks, renderListSheet } from "./render-panel-parts.js";
import { findAll, textOf } from "./vnode.js";
import type { VNode } from "./vnode.js";
import type { ChoicesMessage, WebchatMessage, WidgetItem } from "./widget-types.js";

const item = (message: WebchatMessage, direction: "in" | "out" = "out"): WidgetItem => ({
  id: "m1",
  direction,
  providerId: "wc_m1",
  status: "accepted",
  at: 1,
  message,
});

function recorder() {
  const taps: string[] = [];
  const lists: ChoicesMessage[] = [];
  const context: RenderContext = {
    labels: labelsFor("en"),
    choose: (option, via) => taps.push(`${via}:${option.id}`),
    openList: (message) => lists.push(message),
    shareLocation: () => taps.push("location"),
  };
  return { taps, lists, context };
}

const click = (node: VNode | undefined) => node?.on.click?.(new Event("click"));

const list: ChoicesMessage = {
  type: "choices",
  style: "list",
  body: "Which counter?",
  listButton: "Counters",
  sections: [{ title: "Taipei", options: [{ id: "a11", title: "Shin Kong A11", description: "3F" }] }],
};

describe("renderItem", () => {
  it("shows buttons that send the option back as a button tap", () => {
    const { taps, context } = recorder();
    const node = renderItem(
      item({
        type: "choices",
        style: "buttons",
        body: "Pick",
        sections: [
          {
            options: [
              { id: "a", title: "A" },
              { id: "b", title: "B" },
            ],
          },
        ],
      }),
      context,
    );
    const buttons = findAll(node, "data-testid", "wc-option");
    expect(buttons.map(textOf)).toEqual(["A", "B"]);
    click(buttons[1]);
    expect(taps).toEqual(["button:b"]);
  });

  it("shows a list as one button that opens the sheet, whose rows send a list tap and close it", () => {
    const { taps, lists, context } = recorder();
    click(findAll(renderItem(item(list), context), "data-testid", "wc-list-open")[0]);
    expect(lists).toEqual([list]);
    let closed = false;
    const sheet = renderListSheet(
      list,
      context.labels,
      (o) => context.choose(o, "list"),
      () => (closed = true),
    );
    expect(textOf(sheet)).toContain("Taipei");
    click(findAll(sheet, "data-testid", "wc-list-option")[0]);
    expect(taps).toEqual(["list:a11"]);
    expect(closed).toBe(true);
  });

  it("links only http(s) addresses and never turns text into markup", () => {
    const { context } = recorder();
    const cta = renderItem(
      item({ type: "cta", body: "<b>Menu</b>", buttonText: "Open", url: "javascript:alert(1)" }),
      context,
    );
    expect(findAll(cta, "href", "javascript:alert(1)")).toEqual([]);
    expect(textOf(cta)).toContain("<b>Menu</b>");
    const ok = renderItem(
      item({ type: "cta", body: "Menu", buttonText: "Open", url: "https://example.com/menu" }),
      context,
    );
    expect(findAll(ok, "data-testid", "wc-cta")[0]?.attrs.href).toBe("https://example.com/menu");
  });

  it("renders cards with their reply buttons, media, location requests and templates' text", () => {
    const { taps, context } = recorder();
    const carousel = renderItem(
      item({
        type: "carousel",
        cards: [
          {
            title: "Rose serum",
            imageUrl: "https://cdn.example.com/r.jpg",
            buttons: [{ type: "reply", id: "rose", title: "I want this" }],
          },
        ],
      }),
      context,
    );
    expect(findAll(carousel, "data-testid", "wc-card")).toHaveLength(1);
    click(findAll(carousel, "data-testid", "wc-option")[0]);
    const image = renderItem(
      item({ type: "media", mediaType: "image", url: "https://cdn.example.com/a.jpg", caption: "New" }),
      context,
    );
    expect(findAll(image, "src", "https://cdn.example.com/a.jpg")).toHaveLength(1);
    click(
      findAll(
        renderItem(item({ type: "location_request", body: "Where?" }), context),
        "data-testid",
        "wc-share-location",
      )[0],
    );
    expect(taps).toEqual(["button:rose", "location"]);
    expect(
      textOf(renderItem(item({ type: "card", header: "Reminder", body: "See you at 19:00" }), context)),
    ).toBe("ReminderSee you at 19:00");
  });

  it("puts the visitor's messages on their side", () => {
    const { context } = recorder();
    expect(renderItem(item({ type: "text", text: "hi" }, "in"), context).attrs["data-direction"]).toBe("in");
  });
});

describe("labels and continue links", () => {
  it("speaks Traditional Chinese on Chinese pages and English elsewhere", () => {
    expect(pickLanguage("zh-TW")).toBe("zh-TW");
    expect(pickLanguage("zh-Hant")).toBe("zh-TW");
    expect(pickLanguage("", "zh")).toBe("zh-TW");
    expect(pickLanguage("en-GB", "zh-TW")).toBe("en");
    expect(pickLanguage(undefined, null)).toBe("en");
    expect(labelsFor("zh-TW").send).toBe("傳送");
  });

  it("names each channel and carries its link once made", () => {
    const links = renderContinueLinks(
      [
        { accountId: "a", channel: "whatsapp", name: "Shop", url: "https://wa.me/15550100001?text=x" },
        { accountId: "b", channel: "line", name: "Shop" },
      ],
      labelsFor("en"),
    );
    const anchors = findAll(links ?? "", "data-testid", "wc-continue");
    expect(anchors.map(textOf)).toEqual(["WhatsApp", "LINE"]);
    expect(anchors[0]?.attrs.href).toBe("https://wa.me/15550100001?text=x");
    expect(anchors[1]?.attrs.href).toBeUndefined();
    expect(renderContinueLinks([], labelsFor("en"))).toBeUndefined();
  });
});
