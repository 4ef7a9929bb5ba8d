import { describe, expect, it } from "vitest";
import { buildProductMessage, isProductDraftReady, newProductDraft } from "./product-draft";

describe("the product draft", () => {
  it("builds a product with trimmed ids, body and footer", () => {
    const draft = { catalogId: " 1234567890 ", productId: "SKU-RUNNER-42", footer: "Free delivery" };
    expect(buildProductMessage("In stock in size 42", draft)).toEqual({
      kind: "product",
      catalogId: "1234567890",
      productId: "SKU-RUNNER-42",
      body: "In stock in size 42",
      footer: "Free delivery",
    });
  });

  it("leaves out a blank body and footer", () => {
    const draft = { ...newProductDraft(), catalogId: "c1", productId: "p1", footer: " " };
    expect(buildProductMessage("", draft)).toEqual({ kind: "product", catalogId: "c1", productId: "p1" });
  });

  it("is ready once both ids are filled in", () => {
    expect(isProductDraftReady({ ...newProductDraft(), catalogId: "c1" })).toBe(false);
    expect(isProductDraftReady({ ...newProductDraft(), productId: "p1" })).toBe(false);
    expect(isProductDraftReady({ ...newProductDraft(), catalogId: "c1", productId: " " })).toBe(false);
    expect(isProductDraftReady({ ...newProductDraft(), catalogId: "c1", productId: "p1" })).toBe(true);
  });
});
