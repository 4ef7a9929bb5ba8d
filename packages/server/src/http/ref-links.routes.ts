/** Ref links of a channel account: wa.me links whose prefilled code opens a bot module and tags the contact. */
import { z } from "zod";
import { AppError } from "@switchboard/core";
import type { ChannelAccountRepository } from "../features/channel-accounts/channel-account.repository.js";
import type { ChannelAccount } from "../features/channel-accounts/channel-account.js";
import type { RefLink } from "../features/ref-links/ref-link.js";
import { RefLinkInputSchema, refLinkUrl } from "../features/ref-links/ref-link.js";
import type { RefLinkRepository } from "../features/ref-links/ref-link.repository.js";
import { IdParams } from "./api-schemas.js";
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
  return { ...link, url: refLinkUrl(account?.settings.displayPhoneNumber, link.code) ?? "" };
}

export function registerRefLinkRoutes(
  routes: RouteRegistry,
  accounts: ChannelAccountRepository,
  refLinks: RefLinkRepository,
): void {
  const accountMustExist = async (id: string) => {
    const account = await accounts.get(id);
    if (account === undefined) throw new AppError("not_found", 404, `channel account ${id} does not exist`);
    return account;
  };
  const linkMustExist = async (id: string) => {
    const link = await refLinks.get(id);
    if (link === undefined) throw new AppError("not_found", 404, `ref link ${id} does not exist`);
    return link;
  };

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
      const account = await accountMustExist(params.id);
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
      const account = await accountMustExist(params.id);
      const input = parseWithFieldErrors(RefLinkInputSchema, body, "ref_link_invalid");
      if (refLinkUrl(account.settings.displayPhoneNumber, input.code) === undefined) {
        throw new AppError(
          "display_phone_number_missing",
          422,
          `channel account ${account.id} has no settings.displayPhoneNumber: a ref link needs it for its wa.me url`,
        );
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
      const current = await linkMustExist(params.id);
      const merged = {
        name: current.name,
        code: current.code,
        moduleId: current.moduleId,
        tags: current.tags,
        ...body,
      };
      const input = parseWithFieldErrors(RefLinkInputSchema, merged, "ref_link_invalid");
      const updated = await refLinks.update(params.id, input);
      if (updated === undefined) throw new AppError("not_found", 404, `ref link ${params.id} does not exist`);
      return { link: presentRefLink(updated, await accounts.get(updated.channelAccountId)) };
    },
  });

  routes.add({
    method: "DELETE",
    url: "/api/v1/ref-links/:id",
    summary: "Delete a ref link",
    query: none,
    body: none,
    tag: "Automation",
    params: IdParams,
    response: z.object({ ok: z.literal(true) }),
    handler: async ({ params }) => {
      if (!(await refLinks.delete(params.id)))
        throw new AppError("not_found", 404, `ref link ${params.id} does not exist`);
      return { ok: true as const };
    },
  });
}
