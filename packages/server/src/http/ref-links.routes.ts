/** Ref links of a channel account: wa.me links whose prefilled code opens a bot module and tags the contact. */
import { z } from "zod";
import { AppError } from "@switchboard/core";
import type { ChannelAccountRepository } from "../features/channel-accounts/channel-account.repository.js";
import type { ChannelAccount } from "../features/channel-accounts/channel-account.js";
import type { RefLink } from "../features/ref-links/ref-link.js";
import { RefLinkInputSchema } from "../features/ref-links/ref-link.js";
import { channelRefLinkUrl } from "../features/ref-links/channel-ref-link-url.js";
import type { RefLinkRepository } from "../features/ref-links/ref-link.repository.js";
import { IdParams } from "./api-schemas.js";
import { addDeleteRoute, channelAccountMustExist, orNotFound } from "./automation-route-parts.js";
import { parseWithFieldErrors } from "./parse-with-field-errors.js";
import { none } from "./route-registry.js";
import type { RouteRegistry } from "./route-registry.js";

// The route schemas check types (400); the rules (code length and spaces…) answer 422 with the path.
const PatchBody = z.looseObject({
  name: z.string().optional(),
  code: z
    .string()
    .optional()
    .describe("1–64 characters, no leading or trailing space; unique per channel account"),
  moduleId: z.string().optional().describe("A module of the published bot"),
  tags: z.array(z.string()).optional().describe("Given to the contact who comes through the link"),
});
const CreateBody = PatchBody.extend({ name: z.string(), code: PatchBody.shape.code.unwrap() });

const RefLinkView = z.object({
  id: z.string(),
  channelAccountId: z.string(),
  code: z.string(),
  name: z.string(),
  moduleId: z.string(),
  tags: z.array(z.string()),
  entries: z.number().describe("Conversations started through the link"),
  url: z.string().describe("https://wa.me/<display phone digits>?text=<code>"),
  createdAt: z.number(),
  updatedAt: z.number(),
});

/** The link as the API shows it, with its wa.me url ("" when the account has no display phone number). */
export function presentRefLink(
  link: RefLink,
  account: ChannelAccount | undefined,
): z.infer<typeof RefLinkView> {
  const url = account === undefined ? undefined : channelRefLinkUrl(account, link.code);
  return { ...link, url: url?.ok === true ? url.value : "" };
}

export function registerRefLinkRoutes(
  routes: RouteRegistry,
  accounts: ChannelAccountRepository,
  refLinks: RefLinkRepository,
): void {
  routes.add({
    method: "GET",
    url: "/api/v1/channel-accounts/:id/ref-links",
    summary: "List a channel account's ref links, oldest first",
    query: none,
    body: none,
    tag: "Automation",
    params: IdParams,
    response: z.object({ items: z.array(RefLinkView) }),
    handler: async ({ params }) => {
      const account = await channelAccountMustExist(accounts, params.id);
      const links = await refLinks.listForAccount(params.id);
      return { items: links.map((link) => presentRefLink(link, account)) };
    },
  });

  routes.add({
    method: "POST",
    url: "/api/v1/channel-accounts/:id/ref-links",
    summary: "Add a ref link (409 ref_link_code_taken when the account already uses the code)",
    query: none,
    tag: "Automation",
    params: IdParams,
    body: CreateBody,
    status: 201,
    response: z.object({ link: RefLinkView }),
    handler: async ({ params, body }) => {
      const account = await channelAccountMustExist(accounts, params.id);
      const input = parseWithFieldErrors(RefLinkInputSchema, body, "ref_link_invalid");
      const url = channelRefLinkUrl(account, input.code);
      if (!url.ok) {
        const code =
          account.channel === "whatsapp" ? "display_phone_number_missing" : "ref_link_url_unavailable";
        throw new AppError(code, 422, `channel account ${account.id}: ${url.error}`);
      }
      return { link: presentRefLink(await refLinks.create(account.id, input), account) };
    },
  });

  routes.add({
    method: "PATCH",
    url: "/api/v1/ref-links/:id",
    summary: "Change a ref link's name, code, module or tags",
    query: none,
    tag: "Automation",
    params: IdParams,
    body: PatchBody,
    response: z.object({ link: RefLinkView }),
    handler: async ({ params, body }) => {
      const what = `ref link ${params.id}`;
      const { name, code, moduleId, tags } = orNotFound(await refLinks.get(params.id), what);
      const merged = { name, code, moduleId, tags, ...body };
      const input = parseWithFieldErrors(RefLinkInputSchema, merged, "ref_link_invalid");
      const updated = orNotFound(await refLinks.update(params.id, input), what);
      return { link: presentRefLink(updated, await accounts.get(updated.channelAccountId)) };
    },
  });

  addDeleteRoute(routes, {
    url: "/api/v1/ref-links/:id",
    summary: "Delete a ref link",
    what: "ref link",
    remove: (id) => refLinks.delete(id),
  });
}
