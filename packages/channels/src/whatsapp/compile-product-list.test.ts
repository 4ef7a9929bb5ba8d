// Multi-product messages: limits at N and N+1 (products counted across sections), rules, payload.
import type { MessageOf } from "@switchboard/core";
import { describe, expect, it } from "vitest";
import { compileWhatsAppMessage } from "./compile-message.js";
import { type LimitCase, describeLimits, violationsOf } from "./limit-cases.test-support.js";

type ProductList = MessageOf<"product_list">;

const skus = (count: number, prefix = "sku"): string[] =>
  Array.from({ length: count }, (_, i) => `${prefix}-${i}`);

const productList = (patch: Partial<ProductList> = {}): ProductList => ({
  kind: "product_list",
  catalogId: "367025965434465",
  header: "Spring picks",
  body: "Tap a product to see more",
  sections: [
    { title: "Lips", productIds: ["lip-01", "lip-02"] },
    { title: "Eyes", productIds: ["eye-01"] },
  ],
  ...patch,
});

const cases: LimitCase[] = [
  {
    name: "header",
    limit: 60,
    path: "header",
    rule: "max_length",
    build: (n) => productList({ header: "h".repeat(n) }),
  },
  {
    name: "body",
    limit: 1024,
    path: "body",
    rule: "max_length",
    build: (n) => productList({ body: "b".repeat(n) }),
  },
  {
    name: "footer",
    limit: 60,
    path: "footer",
    rule: "max_length",
    build: (n) => productList({ footer: "f".repeat(n) }),
  },
  {
    name: "sections",
    limit: 10,
    path: "sections",
    rule: "max_items",
    build: (n) =>
      productList({
        sections: Array.from({ length: n }, (_, s) => ({ title: `S${s}`, productIds: [`p${s}`] })),
      }),
  },
  {
    name: "sections minimum",
    limit: 1,
    path: "sections",
    rule: "min_items",
    build: (n) => productList({ sections: productList().sections.slice(0, n) }),
  },
  {
    name: "section title",
    limit: 24,
    path: "sections[0].title",
    rule: "max_length",
    build: (n) => productList({ sections: [{ title: "t".repeat(n), productIds: ["p"] }] }),
  },
  {
    name: "products in one section",
    limit: 30,
    path: "sections",
    rule: "max_total_items",
    build: (n) => productList({ sections: [{ title: "All", productIds: skus(n) }] }),
  },
  {
    name: "products across sections",
    limit: 30,
    path: "sections",
    rule: "max_total_items",
    build: (n) =>
      productList({
        sections: [
          { title: "Lips", productIds: skus(10, "lip") },
          { title: "Eyes", productIds: skus(10, "eye") },
          { title: "Skin", productIds: skus(n - 20, "skin") },
        ],
      }),
  },
  {
    name: "products in a section minimum",
    limit: 1,
    path: "sections[1].productIds",
    rule: "min_items",
    build: (n) =>
      productList({
        sections: [
          { title: "Lips", productIds: ["lip"] },
          { title: "Eyes", productIds: skus(n) },
        ],
      }),
  },
];

describeLimits("product_list limits", cases, { onlyViolation: true });

describe("product_list rules", () => {
  it("needs a header, a body and every section title", () => {
    const message = productList({ header: "", body: " ", sections: [{ title: "", productIds: ["a"] }] });
    expect(violationsOf(message)).toEqual([
      expect.objectContaining({ path: "header", rule: "required" }),
      expect.objectContaining({ path: "body", rule: "required" }),
      expect.objectContaining({ path: "sections[0].title", rule: "required" }),
    ]);
  });

  it("refuses a product listed twice and ids with surrounding spaces", () => {
    const message = productList({
      sections: [
        { title: "A", productIds: ["lip-01", " lip-02"] },
        { title: "B", productIds: ["lip-01"] },
      ],
    });
    expect(violationsOf(message)).toEqual([
      expect.objectContaining({ path: "sections[0].productIds[1]", rule: "no_surrounding_spaces" }),
      expect.objectContaining({ path: "sections[1].productIds[0]", rule: "unique" }),
    ]);
  });
});

describe("product_list payload", () => {
  it("renders the multi-product message", () => {
    expect(compileWhatsAppMessage(productList({ footer: "Prices include tax" }))).toEqual({
      ok: true,
      value: {
        type: "interactive",
        interactive: {
          type: "product_list",
          header: { type: "text", text: "Spring picks" },
          body: { text: "Tap a product to see more" },
          footer: { text: "Prices include tax" },
          action: {
            catalog_id: "367025965434465",
            sections: [
              {
                title: "Lips",
                product_items: [{ product_retailer_id: "lip-01" }, { product_retailer_id: "lip-02" }],
              },
              { title: "Eyes", product_items: [{ product_retailer_id: "eye-01" }] },
            ],
          },
        },
      },
    });
  });
});
