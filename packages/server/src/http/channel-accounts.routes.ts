/** /api/v1/channel-accounts: connect a platform account; secrets go in, never come out. */
import { z } from "zod";
import { EVERY_ROLE } from "./auth.js";
import { AppError } from "@switchboard/core";
import type { ChannelAccountRepository } from "../features/channel-accounts/channel-account.repository.js";
import type { ChannelAccount, ChannelAccountKind } from "../features/channel-accounts/channel-account.js";
import {
  ChannelAccountSettingsSchema,
  ChannelKindSchema,
  ChannelSecretsSchema,
  META_CHANNELS,
} from "../features/channel-accounts/channel-account.js";
import { ChannelAccountView, IdParams } from "./api-schemas.js";
import {
  checkContinueOn,
  newWidgetKey,
  WIDGET_KEY_PATTERN,
} from "../features/webchat/webchat-account-rules.js";
import { none } from "./route-registry.js";
import type { RouteRegistry } from "./route-registry.js";

/** What each channel's `externalId` is, and the rule it must follow. */
const EXTERNAL_ID_RULES: Record<ChannelAccountKind, { pattern: RegExp; rule: string }> = {
  whatsapp: { pattern: /^\d{5,32}$/, rule: "must be the platform's numeric id (WhatsApp phone number id)" },
  messenger: { pattern: /^\d{5,32}$/, rule: "must be the Facebook Page id (5 to 32 digits)" },
  instagram: {
    pattern: /^\d{5,32}$/,
    rule: "must be the Instagram professional account id (5 to 32 digits)",
  },
  line: {
    pattern: /^U[0-9a-f]{32}$/,
    rule: "must be the LINE bot's user id (U and 32 lowercase hex digits, the webhooks' destination)",
  },
  webchat: {
    pattern: WIDGET_KEY_PATTERN,
    rule: "must be a widget key: wc_ and 8 to 60 letters, digits, _ or - (leave it out to have one made)",
  },
};

const CreateBody = z
  .object({
    channel: ChannelKindSchema,
    name: z.string().trim().min(1).max(100),
    /** Optional for web chat only: a widget key is made when it is left out. */
    externalId: z.string().trim().min(1).optional(),
    settings: ChannelAccountSettingsSchema.default({}),
    /** Web chat needs no access token (one is made); its `appSecret` signs the website's user ids. */
    secrets: ChannelSecretsSchema.extend({ accessToken: z.string().min(1).optional() }),
  })
  .strict()
  .superRefine((body, context) => {
    const { pattern, rule } = EXTERNAL_ID_RULES[body.channel];
    const webchat = body.channel === "webchat";
    if (body.externalId === undefined ? !webchat : !pattern.test(body.externalId))
      context.addIssue({ code: "custom", path: ["externalId"], message: rule });
    if (!webchat && body.secrets.accessToken === undefined)
      context.addIssue({ code: "custom", path: ["secrets", "accessToken"], message: "required" });
    if (!webchat && (body.settings.allowedOrigins ?? body.settings.continueOnAccountIds) !== undefined)
      context.addIssue({
        code: "custom",
        path: ["settings"],
        message: "allowedOrigins and continueOnAccountIds are web chat settings",
      });
    if (META_CHANNELS.has(body.channel) && body.secrets.verifyToken === "")
      context.addIssue({
        code: "custom",
        path: ["secrets", "verifyToken"],
        message: `required for ${body.channel}: Meta sends it in the webhook handshake`,
      });
  });

const PatchBody = z
  .object({
    name: z.string().trim().min(1).max(100).optional(),
    settings: ChannelAccountSettingsSchema.optional(),
    secrets: z
      .object({
        accessToken: z.string().min(1).optional(),
        appSecret: z.string().min(1).optional(),
        verifyToken: z.string().min(1).optional(),
      })
      .strict()
      .optional(),
  })
  .strict();

export function registerChannelAccountRoutes(
  routes: RouteRegistry,
  accounts: ChannelAccountRepository,
  publicBaseUrl: string,
): void {
  const present = (
    account: ChannelAccount & { secrets: { accessToken: string; appSecret: string; verifyToken: string } },
  ) => ({
    id: account.id,
    channel: account.channel,
    name: account.name,
    externalId: account.externalId,
    settings: account.settings,
    secretsSet: {
      accessToken: account.secrets.accessToken !== "",
      appSecret: account.secrets.appSecret !== "",
      verifyToken: account.secrets.verifyToken !== "",
    },
    webhookUrl: `${publicBaseUrl}/webhooks/${account.channel}`,
    createdAt: account.createdAt,
    updatedAt: account.updatedAt,
  });

  routes.add({
    method: "GET",
    url: "/api/v1/channel-accounts",
    allow: EVERY_ROLE,
    summary: "List channel accounts",
    params: none,
    query: none,
    body: none,
    tag: "Channel accounts",
    response: z.object({ items: z.array(ChannelAccountView) }),
    handler: async () => ({ items: (await accounts.list()).map(present) }),
  });

  routes.add({
    method: "POST",
    url: "/api/v1/channel-accounts",
    summary: "Connect a channel account",
    params: none,
    query: none,
    tag: "Channel accounts",
    body: CreateBody,
    status: 201,
    response: z.object({ channelAccount: ChannelAccountView }),
    handler: async ({ body }) => {
      const externalId = body.externalId ?? newWidgetKey();
      const existing = await accounts.findByExternalId(body.channel, externalId);
      if (existing !== undefined) {
        throw new AppError(
          "conflict",
          409,
          `externalId: ${body.channel} account ${externalId} is already connected`,
          { path: "externalId" },
        );
      }
      await checkContinueOn(accounts, body.settings);
      const secrets = { ...body.secrets, accessToken: body.secrets.accessToken ?? newWidgetKey() };
      return { channelAccount: present(await accounts.create({ ...body, externalId, secrets })) };
    },
  });

  routes.add({
    method: "PATCH",
    url: "/api/v1/channel-accounts/:id",
    summary: "Change a channel account's name, settings or secrets",
    query: none,
    tag: "Channel accounts",
    params: IdParams,
    body: PatchBody,
    response: z.object({ channelAccount: ChannelAccountView }),
    handler: async ({ params, body }) => {
      if (body.settings !== undefined) await checkContinueOn(accounts, body.settings);
      const updated = await accounts.update(params.id, body);
      if (updated === undefined)
        throw new AppError("not_found", 404, `channel account ${params.id} does not exist`);
      return { channelAccount: present(updated) };
    },
  });
}
