/** Fills the business and customer drop-downs, keeping the current choice when it still exists. */
import type { Business, Customer } from "./api.js";
import { el } from "./element.js";

export function fillBusinessSelect(
  select: HTMLSelectElement,
  businesses: readonly Business[],
  selected: string,
): void {
  const options = businesses.map((business) =>
    el("option", { value: business.phoneNumberId }, `${business.name} · ${business.displayPhoneNumber}`),
  );
  if (options.length === 0) options.push(el("option", { value: "" }, "No business number yet"));
  select.replaceChildren(...options);
  select.value = businesses.some((b) => b.phoneNumberId === selected)
    ? selected
    : (businesses[0]?.phoneNumberId ?? "");
}

export function fillCustomerSelect(
  select: HTMLSelectElement,
  customers: readonly Customer[],
  selected: string,
): void {
  select.replaceChildren(
    el(
      "option",
      { value: "" },
      customers.length === 0 ? "No customer yet — create one" : "Choose a customer…",
    ),
    ...customers.map((customer) => el("option", { value: customer.waId }, customerLabel(customer))),
  );
  select.value = customers.some((c) => c.waId === selected) ? selected : "";
}

/** "Ana · +15550001111", or just the number for customers a business wrote to first. */
export function customerLabel(customer: Customer): string {
  return customer.name === "" ? `+${customer.waId}` : `${customer.name} · +${customer.waId}`;
}
