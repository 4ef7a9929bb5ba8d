/** The static parts of index.html the code drives, found by their `data-testid`. */

export interface PageElements {
  businessSelect: HTMLSelectElement;
  customerSelect: HTMLSelectElement;
  markRead: HTMLButtonElement;
  newCustomerForm: HTMLFormElement;
  newCustomerName: HTMLInputElement;
  newCustomerPhone: HTMLInputElement;
  waLinkForm: HTMLFormElement;
  waLinkInput: HTMLInputElement;
  avatar: HTMLElement;
  chatTitle: HTMLElement;
  chatSubtitle: HTMLElement;
  clock: HTMLElement;
  notice: HTMLElement;
  chat: HTMLElement;
  composer: HTMLFormElement;
  composerInput: HTMLTextAreaElement;
  composerSend: HTMLButtonElement;
  composerLocation: HTMLButtonElement;
  composerAttach: HTMLButtonElement;
  composerFile: HTMLInputElement;
}

/** Throws when index.html and the code disagree, so such a mistake shows at once. */
export function findPageElements(): PageElements {
  return {
    businessSelect: byTestId("business-select", HTMLSelectElement),
    customerSelect: byTestId("customer-select", HTMLSelectElement),
    markRead: byTestId("mark-read", HTMLButtonElement),
    newCustomerForm: byTestId("new-customer-form", HTMLFormElement),
    newCustomerName: byTestId("new-customer-name", HTMLInputElement),
    newCustomerPhone: byTestId("new-customer-phone", HTMLInputElement),
    waLinkForm: byTestId("wa-link-form", HTMLFormElement),
    waLinkInput: byTestId("wa-link-input", HTMLInputElement),
    avatar: byTestId("chat-avatar", HTMLElement),
    chatTitle: byTestId("chat-title", HTMLElement),
    chatSubtitle: byTestId("chat-subtitle", HTMLElement),
    clock: byTestId("clock", HTMLElement),
    notice: byTestId("notice", HTMLElement),
    chat: byTestId("chat", HTMLElement),
    composer: byTestId("composer", HTMLFormElement),
    composerInput: byTestId("composer-input", HTMLTextAreaElement),
    composerSend: byTestId("composer-send", HTMLButtonElement),
    composerLocation: byTestId("composer-location", HTMLButtonElement),
    composerAttach: byTestId("composer-attach", HTMLButtonElement),
    composerFile: byTestId("composer-file", HTMLInputElement),
  };
}

function byTestId<T extends HTMLElement>(testid: string, type: { new (): T; prototype: T }): T {
  const element = document.querySelector(`[data-testid="${testid}"]`);
  if (!(element instanceof type))
    throw new Error(`index.html lacks a ${type.name} with data-testid="${testid}"`);
  return element;
}
