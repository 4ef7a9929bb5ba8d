/**
 * The Graph API for Messenger and Instagram accounts: `POST /{version}/me/messages` (the page-id path is
 * answered through the WhatsApp messages route, which owns that pattern), `GET /{version}/me`, the
 * person profile behind `GET /{version}/{psid}`, and `POST /{version}/{id}/subscribed_apps`.
 */
import type { FastifyInstance, FastifyRequest } from "fastify";
import { z } from "zod";
import { checkVersion } from "../graph/authorize.js";
import type { SimulatorRuntime } from "../runtime.js";
import { handleMetaSend } from "./handle-meta-send.js";
import type { MetaAccount, MetaUser } from "./meta-accounts.js";
import { authorizeAccount, authorizeMe, metaToken } from "./meta-authorize.js";

const versionParams = z.object({ version: z.string() });
const idParams = z.object({ version: z.string(), id: z.string() });
const fieldsQuery = z.object({ fields: z.string().optional() });

/** `POST /{version}/{id}/messages` for a page or Instagram account id; undefined when `id` is neither. */
export function sendThroughAccount(
  request: FastifyRequest,
  runtime: SimulatorRuntime,
  id: string,
): Record<string, unknown> | undefined {
  if (runtime.meta.accounts.get(id) === undefined) return undefined;
  const account = authorizeAccount(request, runtime, id, "post");
  return handleMetaSend(runtime, account, request.body);
}

/**
 * `GET /{version}/{id}` for a person who messaged an account (Messenger's User Profile API, Instagram's
 * user profile), with the fields asked for; undefined when `id` is no such person.
 */
export function personObject(
  request: FastifyRequest,
  runtime: SimulatorRuntime,
  id: string,
): Record<string, unknown> | undefined {
  const token = metaToken(request);
  const account = token === undefined ? undefined : runtime.meta.accounts.byToken(token);
  const user = account === undefined ? undefined : runtime.meta.accounts.user(account.id, id);
  if (account === undefined || user === undefined) return undefined;
  const all = personFields(account, user);
  const asked = fieldsQuery
    .parse(request.query)
    .fields?.split(",")
    .map((field) => field.trim());
  const defaults =
    account.platform === "messenger" ? ["first_name", "last_name", "profile_pic"] : ["name", "username"];
  return pick(all, asked ?? defaults);
}

export function registerMetaGraphRoutes(app: FastifyInstance, runtime: SimulatorRuntime): void {
  app.post("/:version/me/messages", async (request) => {
    const { version } = versionParams.parse(request.params);
    checkVersion(version, request.url);
    return handleMetaSend(runtime, authorizeMe(request, runtime), request.body);
  });

  app.get("/:version/me", async (request) => {
    const { version } = versionParams.parse(request.params);
    checkVersion(version, request.url);
    const account = authorizeMe(request, runtime);
    const asked = fieldsQuery
      .parse(request.query)
      .fields?.split(",")
      .map((field) => field.trim());
    return pick(accountFields(account), asked ?? ["name"]);
  });

  app.post("/:version/:id/subscribed_apps", async (request) => {
    const { version, id } = idParams.parse(request.params);
    checkVersion(version, request.url);
    authorizeAccount(request, runtime, id, "post");
    return { success: true };
  });
}

function accountFields(account: MetaAccount): Record<string, unknown> {
  if (account.platform === "messenger") return { id: account.id, name: account.name };
  return { id: account.id, user_id: account.id, name: account.name, username: account.username };
}

function personFields(account: MetaAccount, user: MetaUser): Record<string, unknown> {
  const [first = user.name, ...rest] = user.name.split(" ");
  const picture = `https://scontent.example.invalid/profile/${user.id}.jpg`;
  if (account.platform === "messenger") {
    return {
      id: user.id,
      first_name: first,
      last_name: rest.join(" "),
      name: user.name,
      profile_pic: picture,
      locale: "en_US",
    };
  }
  return {
    id: user.id,
    name: user.name,
    username: user.username,
    profile_pic: picture,
    follower_count: 0,
    is_user_follow_business: false,
    is_business_follow_user: false,
    is_verified_user: false,
  };
}

/** The asked fields that exist, plus `id`, as the Graph API answers. */
function pick(all: Record<string, unknown>, asked: string[]): Record<string, unknown> {
  const shown: Record<string, unknown> = {};
  for (const field of [...asked, "id"]) if (Object.hasOwn(all, field)) shown[field] = all[field];
  return shown;
}
