/** Single- and multi-product messages. The catalog is not simulated, so cards show retailer ids. */
import { el } from "./element.js";
import { type Fields, fields, items, text } from "./payload-fields.js";

export function renderProduct(action: Fields): HTMLElement {
  return productCard(text(action.product_retailer_id) ?? "?", text(action.catalog_id));
}

export function renderProductList(action: Fields): HTMLElement {
  const sections = items(action.sections).map(fields);
  const total = sections.reduce((sum, section) => sum + items(section.product_items).length, 0);
  return el(
    "div",
    { class: "product-list", "data-testid": "product-list" },
    el("div", { class: "product-list__count muted" }, `${total} item${total === 1 ? "" : "s"}`),
    ...sections.map((section) =>
      el(
        "section",
        { class: "product-list__section" },
        el("h4", {}, text(section.title) ?? "Products"),
        ...items(section.product_items).map((item) =>
          productCard(text(fields(item).product_retailer_id) ?? "?", undefined),
        ),
      ),
    ),
    text(action.catalog_id) !== undefined &&
      el("div", { class: "muted" }, `Catalog ${text(action.catalog_id)}`),
  );
}

function productCard(retailerId: string, catalogId: string | undefined): HTMLElement {
  return el(
    "div",
    { class: "product-card", "data-testid": "product-card", "data-retailer-id": retailerId },
    el("span", { class: "product-card__thumb", "aria-hidden": "true" }, "🛍"),
    el(
      "span",
      { class: "product-card__text" },
      el("strong", {}, retailerId),
      el("span", { class: "muted" }, catalogId === undefined ? "Product" : `Catalog ${catalogId}`),
    ),
  );
}
