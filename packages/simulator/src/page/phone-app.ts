/** The phone page's state: which business and customer are chatting, and everything that happens to the chat. */
import {
  type Business,
  type Customer,
  type CustomerMessage,
  createCustomer,
  listBusinesses,
  listCustomers,
  markChatRead,
  sendAsCustomer,
} from "./api.js";
import { MAX_ATTACHMENT_BYTES, toMediaMessage } from "./attachment.js";
import { BusinessResources } from "./business-resources.js";
import { ChatHeader } from "./chat-header.js";
import { ChatSync } from "./chat-sync.js";
import { ChatView } from "./chat-view.js";
import { Composer } from "./composer.js";
import { bindControls } from "./controls.js";
import { LiveUpdates } from "./live-updates.js";
import { openLocationPicker } from "./location-picker.js";
import { openReactionPicker } from "./reaction-picker.js";
import { Notice } from "./notice.js";
import type { PageElements } from "./page-elements.js";
import type { RenderContext } from "./render-context.js";
import { fillBusinessSelect, fillCustomerSelect } from "./select-options.js";
import type { SimulatorEvent } from "./simulator-event.js";
import { remember, recall } from "./stored-choice.js";
import { phoneDigits, resolveWaLink } from "./wa-link.js";

const LISTS_RELOAD_MS = 10_000;

export class PhoneApp {
  private businesses: Business[] = [];
  private customers: Customer[] = [];
  private resources: BusinessResources | undefined;
  private customer: Customer | undefined;
  private readonly view: ChatView;
  private readonly composer: Composer;
  private readonly notice: Notice;
  private readonly header: ChatHeader;
  private readonly sync: ChatSync;
  private sending: Promise<void> = Promise.resolve();

  constructor(private readonly page: PageElements) {
    this.notice = new Notice(page.notice);
    this.header = new ChatHeader(page);
    const ctx: RenderContext = {
      send: (message) => this.send(message),
      openLocationPicker: (contextId) => openLocationPicker(contextId, (message) => this.send(message)),
      openReactionPicker: (wamid) => openReactionPicker(wamid, (message) => this.send(message)),
      notify: (message) => this.notice.show(message),
      mediaUrl: async (id) => this.resources?.mediaUrl(id),
      template: async (name, language) => this.resources?.template(name, language),
      find: (wamid) => this.view.find(wamid),
    };
    this.view = new ChatView(page.chat, ctx);
    this.sync = new ChatSync(this.view, () => {
      const business = this.business;
      return business && this.customer && { phoneNumberId: business.phoneNumberId, waId: this.customer.waId };
    });
    this.composer = new Composer(page, {
      onText: (text) => this.send({ type: "text", text }),
      onLocation: () => ctx.openLocationPicker(undefined),
      onFile: (file, caption) => this.sendFile(file, caption),
    });
  }

  async start(): Promise<void> {
    bindControls(this.page, {
      onBusiness: (phoneNumberId) => this.choose(phoneNumberId, this.customer?.waId),
      onCustomer: (waId) => this.choose(this.business?.phoneNumberId, waId),
      onCreateCustomer: (name, phone) => void this.createCustomer(name, phone),
      onWaLink: (link) => this.openWaLink(link),
      onMarkRead: () => void this.markRead(),
    });
    await this.reloadLists();
    const stored = recall("customer");
    this.choose(
      recall("business"),
      this.customers.some((c) => c.waId === stored) ? stored : this.customers[0]?.waId,
    );
    new LiveUpdates({
      onEvent: (event) => this.onEvent(event),
      refresh: (full) => this.refresh(full),
    }).start();
    window.setInterval(() => void this.reloadLists(), LISTS_RELOAD_MS);
  }

  private get business(): Business | undefined {
    return this.businesses.find((b) => b.phoneNumberId === this.resources?.phoneNumberId);
  }

  /** Switches the chat to this business and customer (either may be unknown: the chat then explains). */
  private choose(phoneNumberId: string | undefined, waId: string | undefined): void {
    const business = this.businesses.find((b) => b.phoneNumberId === phoneNumberId) ?? this.businesses[0];
    const customer = this.customers.find((c) => c.waId === waId);
    if (business?.phoneNumberId !== this.resources?.phoneNumberId) {
      this.resources?.dispose();
      this.resources = business === undefined ? undefined : new BusinessResources(business);
    }
    this.customer = customer;
    this.page.businessSelect.value = business?.phoneNumberId ?? "";
    this.page.customerSelect.value = customer?.waId ?? "";
    remember("business", business?.phoneNumberId);
    remember("customer", customer?.waId);
    this.header.show(business);
    this.composer.setEnabled(business !== undefined && customer !== undefined);
    if (business === undefined) {
      this.view.reset(
        "No business number yet. Connect a WhatsApp channel in Switchboard, or add one with POST _sim/api/businesses.",
      );
    } else if (customer === undefined) {
      this.view.reset("Choose or create a customer to chat with this business.");
    } else {
      this.view.reset(`Messages you send here reach ${business.name} as signed WhatsApp webhooks.`);
      this.refresh(true);
    }
  }

  private async reloadLists(): Promise<void> {
    try {
      const [businesses, customers] = await Promise.all([listBusinesses(), listCustomers()]);
      const changed =
        JSON.stringify([businesses, customers]) !== JSON.stringify([this.businesses, this.customers]);
      if (!changed) return;
      const hadBusiness = this.business !== undefined;
      this.businesses = businesses;
      this.customers = customers;
      fillBusinessSelect(this.page.businessSelect, businesses, this.resources?.phoneNumberId ?? "");
      fillCustomerSelect(this.page.customerSelect, customers, this.customer?.waId ?? "");
      const current = this.business;
      // The same number registered again (new token, new webhook): fetch media and templates with it.
      if (current !== undefined && this.resources?.isFor(current) === false) {
        this.resources.dispose();
        this.resources = new BusinessResources(current);
      }
      if (!hadBusiness && businesses.length > 0)
        this.choose(this.page.businessSelect.value, this.customer?.waId);
    } catch (error) {
      this.notice.show(`The simulator does not answer: ${describe(error)}`);
    }
  }

  private refresh(full: boolean): void {
    this.sync.refresh(full);
  }

  private async markRead(): Promise<void> {
    const business = this.business;
    const customer = this.customer;
    if (business === undefined || customer === undefined) return;
    try {
      await markChatRead(business.phoneNumberId, customer.waId);
      this.refresh(true);
    } catch (error) {
      this.notice.show(`Could not mark the chat read: ${describe(error)}`);
    }
  }

  private onEvent(event: SimulatorEvent): void {
    const open =
      "phoneNumberId" in event &&
      event.phoneNumberId === this.business?.phoneNumberId &&
      event.waId === this.customer?.waId;
    if (event.type === "chat.item" && open) this.view.apply([event.item]);
    else if (event.type === "chat.status" && open)
      this.view.applyStatus(event.wamid, event.status, event.error);
    else if (event.type === "chat.typing" && open) this.header.startTyping();
    else if (event.type === "business.updated" || event.type === "customer.updated") void this.reloadLists();
    else if (event.type === "template.status") this.resources?.forgetTemplates();
    if (event.type === "chat.item" && open && event.item.direction === "out") this.header.stopTyping();
  }

  /** Sends one message as the customer; sends are queued so they reach the business in order. */
  private send(message: CustomerMessage): void {
    const business = this.business;
    const customer = this.customer;
    if (business === undefined || customer === undefined) {
      this.notice.show("Choose a business and a customer first.");
      return;
    }
    this.sending = this.sending.then(async () => {
      try {
        const result = await sendAsCustomer(customer.waId, business.phoneNumberId, message);
        if (!result.webhookOk) {
          this.notice.show(
            `Delivered to the simulator, but the business's webhook answered: ${result.webhookStatus}`,
          );
        }
      } catch (error) {
        this.notice.show(`Not sent: ${describe(error)}`);
      }
      this.refresh(false);
    });
  }

  private sendFile(file: File, caption: string): void {
    if (file.size > MAX_ATTACHMENT_BYTES) {
      this.notice.show(`${file.name} is larger than WhatsApp's 100 MB limit.`);
      return;
    }
    toMediaMessage(file, caption).then(
      (message) => this.send(message),
      (error: unknown) => this.notice.show(`Cannot read ${file.name}: ${describe(error)}`),
    );
  }

  private async createCustomer(name: string, phone: string): Promise<void> {
    const waId = phoneDigits(phone);
    const valid = /^\d{6,15}$/.test(waId);
    this.page.newCustomerPhone.setAttribute("aria-invalid", String(!valid));
    if (!valid) {
      this.notice.show("The phone number needs its country code: 6 to 15 digits.");
      return;
    }
    try {
      const customer = await createCustomer({ waId, name });
      await this.reloadLists();
      this.page.newCustomerForm.reset();
      this.choose(this.business?.phoneNumberId, customer.waId);
    } catch (error) {
      this.notice.show(`Could not create the customer: ${describe(error)}`);
    }
  }

  /** Like tapping a wa.me link on a phone: opens the business's chat with the text typed, not sent. */
  private openWaLink(value: string): void {
    const target = resolveWaLink(value, this.businesses);
    this.page.waLinkInput.setAttribute("aria-invalid", String("problem" in target));
    if ("problem" in target) {
      this.notice.show(target.problem);
      return;
    }
    const { business, text } = target;
    if (business.phoneNumberId !== this.business?.phoneNumberId)
      this.choose(business.phoneNumberId, this.customer?.waId);
    this.composer.prefill(text);
    if (this.customer === undefined) this.notice.show("Choose or create a customer, then press send.");
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
