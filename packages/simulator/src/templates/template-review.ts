/**
 * Meta's template review: a new template is PENDING, then APPROVED — or REJECTED when its name starts with
 * `reject_` — and every webhook of the WABA gets a signed `message_template_status_update` (A5.4).
 */
import type { BusinessStore } from "../state/business-store.js";
import type { EventHub } from "../state/event-hub.js";
import type { WebhookSender } from "../webhooks/webhook-sender.js";
import type { StoredTemplate } from "./template-store.js";

export interface TemplateReviewOptions {
  businesses: BusinessStore;
  events: EventHub;
  sender: WebhookSender;
  now: () => number;
}

export class TemplateReview {
  private readonly timers = new Set<NodeJS.Timeout>();

  constructor(private readonly options: TemplateReviewOptions) {}

  /** Decides after `delayMs`; with 0 the template is decided at once (the webhook still follows). */
  start(template: StoredTemplate, delayMs: number): void {
    if (delayMs === 0) {
      this.decide(template);
      return;
    }
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      this.decide(template);
    }, delayMs);
    timer.unref();
    this.timers.add(timer);
  }

  close(): void {
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
  }

  private decide(template: StoredTemplate): void {
    if (template.status !== "PENDING") return;
    const rejected = template.name.startsWith("reject_");
    template.status = rejected ? "REJECTED" : "APPROVED";
    template.reason = rejected ? "INVALID_FORMAT" : "NONE";
    this.options.events.emit({
      type: "template.status",
      wabaId: template.wabaId,
      name: template.name,
      language: template.language,
      status: template.status,
    });
    this.notify(template, rejected);
  }

  private notify(template: StoredTemplate, rejected: boolean): void {
    const value: Record<string, unknown> = {
      event: template.status,
      message_template_id: Number(template.id),
      message_template_name: template.name,
      message_template_language: template.language,
      reason: template.reason,
      message_template_category: template.category,
    };
    if (rejected) {
      value.rejection_info = {
        reason: "The simulator rejects every template whose name starts with reject_.",
        recommendation: "Rename the template to have it approved.",
      };
    }
    const payload = {
      object: "whatsapp_business_account",
      entry: [
        {
          id: template.wabaId,
          time: Math.floor(this.options.now() / 1000),
          changes: [{ value, field: "message_template_status_update" }],
        },
      ],
    };
    const seen = new Set<string>();
    for (const business of this.options.businesses.inWaba(template.wabaId)) {
      const key = `${business.webhookUrl}\n${business.appSecret}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const target = { url: business.webhookUrl, appSecret: business.appSecret };
      void this.options.sender.deliver(target, payload, "message_template_status_update");
    }
  }
}
