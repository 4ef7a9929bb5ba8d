/** The control panel beside the phone: choosing who chats, creating a customer, reading, opening a wa.me link. */
import type { PageElements } from "./page-elements.js";

export interface ControlHandlers {
  onBusiness(phoneNumberId: string): void;
  onCustomer(waId: string): void;
  onCreateCustomer(name: string, phone: string): void;
  onWaLink(link: string): void;
  onMarkRead(): void;
}

export function bindControls(page: PageElements, handlers: ControlHandlers): void {
  page.businessSelect.addEventListener("change", () => handlers.onBusiness(page.businessSelect.value));
  page.customerSelect.addEventListener("change", () => handlers.onCustomer(page.customerSelect.value));
  page.newCustomerForm.addEventListener("submit", (event) => {
    event.preventDefault();
    handlers.onCreateCustomer(page.newCustomerName.value.trim(), page.newCustomerPhone.value);
  });
  page.markRead.addEventListener("click", () => handlers.onMarkRead());
  page.waLinkForm.addEventListener("submit", (event) => {
    event.preventDefault();
    handlers.onWaLink(page.waLinkInput.value);
  });
}
