/**
 * The WhatsApp template registry: templates are checked against every creation rule, submitted to Meta
 * for review, kept with Meta's status (from its webhook or a sync), and every sender asks it whether a
 * `template` message may go out.
 */
import {
  toWhatsAppTemplateCreateRequest,
  validateWhatsAppTemplate,
  type TemplateDefinition,
} from "@switchboard/channels";
import { AppError, ChannelError, err, ok } from "@switchboard/core";
import type { LimitViolation, Result, TemplateStatusEvent } from "@switchboard/core";
import { RetryLaterError } from "../../jobs/job-queue.js";
import type { ChannelAccountRepository } from "../channel-accounts/channel-account.repository.js";
import type { ChannelAccountWithSecrets } from "../channel-accounts/channel-account.js";
import type {
  WhatsAppTemplateOwner,
  WhatsAppTemplatesClient,
} from "../channels/whatsapp-templates-client.js";
import { planTemplateSync, type SkippedTemplate } from "./plan-template-sync.js";
import { templateGraphError } from "./template-graph-error.js";
import { templateSendViolations, type TemplateMessage } from "./template-send-violations.js";
import { templateStatusChange } from "./template-status-change.js";
import type { TemplateRepository } from "./template.repository.js";
import { DELETED_STATUS, PROVIDER_CATEGORY, type Template } from "./template.js";
import { providerCategoryOf } from "./template.repository.js";

export interface TemplateRegistryDeps {
  templates: TemplateRepository;
  accounts: ChannelAccountRepository;
  client: WhatsAppTemplatesClient;
}

/** How long a status webhook waits, per attempt, for the template whose create answer is still on the way. */
const STATUS_WAIT_MS = 300;
const STATUS_ATTEMPTS = 5;

export class TemplateRegistry {
  constructor(private readonly deps: TemplateRegistryDeps) {}

  /**
   * Checks `definition` against every WhatsApp rule (422 `template_invalid` with each violation and its
   * path), submits it for review and stores it with Meta's id and status (PENDING). When Meta refuses
   * (422 `template_refused`, 409 `template_exists`) or cannot be reached (502), nothing is stored.
   */
  async create(channelAccountId: string, definition: TemplateDefinition): Promise<Template> {
    const account = await this.account(channelAccountId);
    const violations = validateWhatsAppTemplate(definition);
    const first = violations[0];
    if (first !== undefined) {
      throw new AppError(
        "template_invalid",
        422,
        `template: ${violations.length} WhatsApp template rule(s) broken: ${violations.map((v) => v.message).join("; ")}`,
        { path: first.path, details: { violations } },
      );
    }
    const owner = ownerOf(account);
    const what = `${definition.name} (${definition.language})`;
    const existing = await this.deps.templates.findByName(account.id, definition.name, definition.language);
    if (existing !== undefined && existing.status !== DELETED_STATUS) {
      throw new AppError(
        "template_exists",
        409,
        `name: the channel account already has the template ${what} (${existing.status})`,
        { path: "name" },
      );
    }
    const answer = await this.deps.client
      .create(owner, toWhatsAppTemplateCreateRequest(definition))
      .catch(rethrowFromGraph(`create the template ${what}`));
    // A leftover of the same name that Meta had deleted makes way for the new one.
    if (existing !== undefined) await this.deps.templates.delete(existing.id);
    return this.deps.templates.insert({
      channelAccountId: account.id,
      definition,
      category: providerCategoryOf(answer.category) ?? PROVIDER_CATEGORY[definition.category],
      status: answer.status.toUpperCase(),
      statusReason: null,
      providerTemplateId: answer.id,
    });
  }

  /** The account's templates by name and language; 404 when the account does not exist. */
  async list(channelAccountId: string): Promise<Template[]> {
    const account = await this.account(channelAccountId);
    return this.deps.templates.listForAccount(account.id);
  }

  async get(id: string): Promise<Template> {
    const template = await this.deps.templates.get(id);
    if (template === undefined) throw new AppError("not_found", 404, `template ${id} does not exist`);
    return template;
  }

  /** Deletes the template at Meta (this language only), then here; Meta's refusal keeps it here too. */
  async delete(id: string): Promise<void> {
    const template = await this.get(id);
    if (template.providerTemplateId !== null && template.status !== DELETED_STATUS) {
      const owner = ownerOf(await this.account(template.channelAccountId));
      await this.deps.client
        .delete(owner, template.name, template.providerTemplateId)
        .catch(rethrowFromGraph(`delete the template ${template.name} (${template.language})`));
    }
    await this.deps.templates.delete(template.id);
  }

  /**
   * Reads every template of the account from Meta: statuses follow Meta, templates created elsewhere are
   * added, templates Meta no longer lists become DELETED (see `planTemplateSync`).
   */
  async sync(channelAccountId: string): Promise<{ items: Template[]; skipped: SkippedTemplate[] }> {
    const account = await this.account(channelAccountId);
    const listed = await this.deps.client
      .list(ownerOf(account))
      .catch(rethrowFromGraph("list the account's templates"));
    const plan = planTemplateSync(await this.deps.templates.listForAccount(account.id), listed);
    for (const update of plan.updates) await this.deps.templates.updateFromProvider(update.id, update.patch);
    for (const insert of plan.inserts) {
      const { name, language } = insert.definition;
      // A sync running at the same time may have added it already.
      if ((await this.deps.templates.findByName(account.id, name, language)) !== undefined) continue;
      await this.deps.templates.insert({ ...insert, channelAccountId: account.id });
    }
    return { items: await this.deps.templates.listForAccount(account.id), skipped: plan.skipped };
  }

  /**
   * Whether `message` may be sent on the account: the stored template it names, or every reason it may
   * not (unknown, not APPROVED with its status, parameters that do not fit). For every sender.
   */
  async checkSend(
    channelAccountId: string,
    message: TemplateMessage,
  ): Promise<Result<Template, LimitViolation[]>> {
    const template = await this.deps.templates.findByName(channelAccountId, message.name, message.language);
    const violations = templateSendViolations(template, message);
    return template !== undefined && violations.length === 0 ? ok(template) : err(violations);
  }

  /** `checkSend`, throwing 422 `template_not_sendable` with the violations when it may not be sent. */
  async requireSendable(channelAccountId: string, message: TemplateMessage): Promise<Template> {
    const checked = await this.checkSend(channelAccountId, message);
    if (checked.ok) return checked.value;
    const reasons = checked.error.map((violation) => violation.message).join("; ");
    throw new AppError(
      "template_not_sendable",
      422,
      `template ${message.name} (${message.language}) cannot be sent: ${reasons}`,
      { details: { violations: checked.error } },
    );
  }

  /**
   * Applies a `message_template_status_update` webhook (from the worker). Idempotent: the same update
   * again changes nothing. A template not stored yet (its create answer is still on the way) is waited
   * for a few attempts; one the registry never held is left for a sync to add.
   */
  async applyStatusEvent(
    channelAccountId: string,
    event: TemplateStatusEvent,
    attempt: number,
  ): Promise<void> {
    const template =
      (await this.deps.templates.findByProviderId(channelAccountId, event.providerTemplateId)) ??
      (await this.deps.templates.findByName(channelAccountId, event.name, event.language));
    if (template === undefined) {
      if (attempt < STATUS_ATTEMPTS)
        throw new RetryLaterError("template status for a template not stored yet", STATUS_WAIT_MS * attempt);
      return;
    }
    const change = templateStatusChange(event);
    const same =
      template.status === change.status &&
      template.statusReason === change.statusReason &&
      template.providerTemplateId === event.providerTemplateId;
    if (same) return;
    await this.deps.templates.updateFromProvider(template.id, {
      ...change,
      providerTemplateId: event.providerTemplateId,
    });
  }

  private async account(id: string): Promise<ChannelAccountWithSecrets> {
    const account = await this.deps.accounts.get(id);
    if (account === undefined) throw new AppError("not_found", 404, `channel account ${id} does not exist`);
    return account;
  }
}

/** Templates live in the WhatsApp Business Account named in the channel account's settings. */
function ownerOf(account: ChannelAccountWithSecrets): WhatsAppTemplateOwner {
  const wabaId = account.settings.wabaId;
  if (account.channel !== "whatsapp" || wabaId === undefined) {
    throw new AppError(
      "waba_id_missing",
      422,
      `settings.wabaId: channel account ${account.id} has no WhatsApp Business Account id, where templates live; set it on the channel account`,
      { path: "settings.wabaId" },
    );
  }
  return { wabaId, accessToken: account.secrets.accessToken };
}

function rethrowFromGraph(doing: string): (error: unknown) => never {
  return (error) => {
    if (error instanceof ChannelError) throw templateGraphError(error, doing);
    throw error;
  };
}
