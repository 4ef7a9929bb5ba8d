// cta_url, location request and single product: limits at N and N+1, rules and payloads.
import type { MessageOf } from "@switchboard/core";
import { describe, expect, it } from "vitest";
import { compileWhatsAppMessage } from "./compile-message.js";
import { type LimitCase, describeLimits, violationsOf } from "./limit-cases.test-support.js";

const cta = (patch: Partial<MessageOf<"cta_url">> = {}): MessageOf<"cta_url"> => ({
  kind: "cta_url",
  body: "See the spring collection",
  buttonText: "Open shop",
  url: "https://shop.example.com/spring?utm_source=whatsapp",
  ...patch,
});

const product = (patch: Partial<MessageOf<"product">> = {}): MessageOf<"product"> => ({
  kind: "product",
  catalogId: "367025965434465",
  productId: "lipstick-rose-01",
  ...patch,
});

const locationRequest = (body: string): MessageOf<"location_request"> => ({ kind: "location_request", body });

const cases: LimitCase[] = [
  {
    name: "cta_url body",
    limit: 1024,
    path: "body",
    rule: "max_length",
    build: (n) => cta({ body: "b".repeat(n) }),
  },
  {
    name: "cta_url header text",
    limit: 60,
    path: "header.text",
    rule: "max_length",
    build: (n) => cta({ header: { type: "text", text: "h".repeat(n) } }),
  },
  {
    name: "cta_url footer",
    limit: 60,
    path: "footer",
    rule: "max_length",
    build: (n) => cta({ footer: "f".repeat(n) }),
  },
  {
    name: "cta_url display text",
    limit: 20,
    path: "buttonText",
    rule: "max_length",
    build: (n) => cta({ buttonText: "d".repeat(n) }),
  },
  {
    name: "location request body",
    limit: 1024,
    path: "body",
    rule: "max_length",
    build: (n) => locationRequest("b".repeat(n)),
  },
  {
    name: "product body",
    limit: 1024,
    path: "body",
    rule: "max_length",
    build: (n) => product({ body: "b".repeat(n) }),
  },
  {
    name: "product footer",
    limit: 60,
    path: "footer",
    rule: "max_length",
    build: (n) => product({ footer: "f".repeat(n) }),
  },
];

describeLimits("cta_url, location request and product limits", cases, { onlyViolation: true });

describe("cta_url, location request and product rules", () => {
  it.each(["javascript:alert(1)", "shop.example.com", "mailto:a@example.com", " https://shop.example.com"])(
    "refuses the url %j",
    (url) => {
      expect(violationsOf(cta({ url }))).toEqual([expect.objectContaining({ path: "url", rule: "format" })]);
    },
  );

  it("needs a body, a button text and a url", () => {
    expect(violationsOf(cta({ body: "", buttonText: "", url: "" }))).toEqual([
      expect.objectContaining({ path: "body", rule: "required" }),
      expect.objectContaining({ path: "buttonText", rule: "required" }),
      expect.objectContaining({ path: "url", rule: "required" }),
    ]);
    expect(violationsOf(locationRequest(""))).toEqual([
      expect.objectContaining({ path: "body", rule: "required" }),
    ]);
  });

  it("needs product ids without surrounding spaces", () => {
    expect(violationsOf(product({ catalogId: "", productId: "sku-1 " }))).toEqual([
      expect.objectContaining({ path: "catalogId", rule: "required" }),
      expect.objectContaining({ path: "productId", rule: "no_surrounding_spaces" }),
    ]);
  });
});

describe("cta_url, location request and product payloads", () => {
  it("renders cta_url", () => {
    const message = cta({
      header: { type: "document", source: { url: "https://cdn.example.com/lookbook.pdf" } },
      footer: "Free shipping over $50",
    });
    expect(compileWhatsAppMessage(message)).toEqual({
      ok: true,
      value: {
        type: "interactive",
        interactive: {
          type: "cta_url",
          header: { type: "document", document: { link: "https://cdn.example.com/lookbook.pdf" } },
          body: { text: "See the spring collection" },
          footer: { text: "Free shipping over $50" },
          action: {
            name: "cta_url",
            parameters: {
              display_text: "Open shop",
              url: "https://shop.example.com/spring?utm_source=whatsapp",
            },
          },
        },
      },
    });
  });

  it("renders the A3.2 location request example", () => {
    expect(compileWhatsAppMessage(locationRequest("Share your location"))).toEqual({
      ok: true,
      value: {
        type: "interactive",
        interactive: {
          type: "location_request_message",
          body: { text: "Share your location" },
          action: { name: "send_location" },
        },
      },
    });
  });

  it("renders a single product", () => {
    expect(compileWhatsAppMessage(product({ body: "Our best seller", footer: "In stock" }))).toEqual({
      ok: true,
      value: {
        type: "interactive",
        interactive: {
          type: "product",
          body: { text: "Our best seller" },
          footer: { text: "In stock" },
          action: { catalog_id: "367025965434465", product_retailer_id: "lipstick-rose-01" },
        },
      },
    });
    expect(compileWhatsAppMessage(product())).toEqual({
      ok: true,
      value: {
        type: "interactive",
        interactive: {
          type: "product",
          action: { catalog_id: "367025965434465", product_retailer_id: "lipstick-rose-01" },
        },
      },
    });
  });
});
