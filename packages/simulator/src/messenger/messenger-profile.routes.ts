/**
 * The Messenger Profile API (PLATFORMS.md B6): `POST` sets fields, `GET ?fields=` reads them,
 * `DELETE { fields }` removes them, on `/{version}/me/messenger_profile` or `/{version}/{id}/messenger_profile`.
 * The persistent menu needs Get Started on Messenger; Instagram takes only ice breakers and the menu.
 */
import type { FastifyInstance, FastifyRequest } from "fastify";
import { z } from "zod";
import { checkVersion } from "../graph/authorize.js";
import type { SimulatorRuntime } from "../runtime.js";
import type { MetaAccount } from "./meta-accounts.js";
import { authorizeAccount, authorizeMe } from "./meta-authorize.js";
import { metaError } from "./meta-error.js";
import { metaIssuesError } from "./meta-issues.js";
import {
  type MessengerProfile,
  PROFILE_FIELDS,
  type ProfileField,
  profileSchema,
  unsupportedFields,
} from "./messenger-profile-schemas.js";

const params = z.object({ version: z.string(), id: z.string().optional() });
const fieldsList = z.union([z.array(z.string()), z.string().transform((value) => value.split(","))]);

export function registerMessengerProfileRoutes(app: FastifyInstance, runtime: SimulatorRuntime): void {
  const accountOf = (request: FastifyRequest, method: "get" | "post" | "delete"): MetaAccount => {
    const { version, id } = params.parse(request.params);
    checkVersion(version, request.url);
    return id === undefined ? authorizeMe(request, runtime) : authorizeAccount(request, runtime, id, method);
  };

  const set = async (request: FastifyRequest) => {
    const account = accountOf(request, "post");
    const body = withoutToken(request.body);
    const parsed = profileSchema.safeParse(body);
    if (!parsed.success) throw metaIssuesError(parsed.error.issues, body);
    const unsupported = unsupportedFields(account.platform, parsed.data);
    if (unsupported.length > 0) {
      throw metaError(100, `Param ${unsupported.join(", ")} is not supported for Instagram`);
    }
    const next: MessengerProfile = { ...runtime.meta.profile(account.id), ...parsed.data };
    if (
      account.platform === "messenger" &&
      next.persistent_menu !== undefined &&
      next.get_started === undefined
    ) {
      throw metaError(100, "You must set a Get Started button if you also wish to use persistent menu.");
    }
    runtime.meta.profiles.set(account.id, next);
    runtime.events.emit({ type: "channel.updated", channel: account.platform, accountId: account.id });
    return { result: "success" };
  };

  const get = async (request: FastifyRequest) => {
    const account = accountOf(request, "get");
    const fields = readFields(request.query, "fields");
    const profile = runtime.meta.profile(account.id);
    const shown: Record<string, unknown> = {};
    for (const field of fields) if (profile[field] !== undefined) shown[field] = profile[field];
    return { data: Object.keys(shown).length === 0 ? [] : [shown] };
  };

  const remove = async (request: FastifyRequest) => {
    const account = accountOf(request, "delete");
    const source = request.body !== undefined && request.body !== null ? request.body : request.query;
    const fields = readFields(source, "fields");
    const next: MessengerProfile = { ...runtime.meta.profile(account.id) };
    for (const field of fields) delete next[field];
    if (
      account.platform === "messenger" &&
      next.persistent_menu !== undefined &&
      next.get_started === undefined
    ) {
      throw metaError(100, "You must delete the persistent menu before deleting the Get Started button.");
    }
    runtime.meta.profiles.set(account.id, next);
    runtime.events.emit({ type: "channel.updated", channel: account.platform, accountId: account.id });
    return { result: "success" };
  };

  for (const path of ["/:version/me/messenger_profile", "/:version/:id/messenger_profile"]) {
    app.post(path, set);
    app.get(path, get);
    app.delete(path, remove);
  }
}

/** `fields` as a list of known profile fields (comma-separated or an array), or Meta's error. */
function readFields(source: unknown, key: string): ProfileField[] {
  const raw = source !== null && typeof source === "object" ? Reflect.get(source, key) : undefined;
  if (raw === undefined) throw metaError(100, `The parameter ${key} is required`);
  const parsed = fieldsList.safeParse(raw);
  if (!parsed.success) throw metaError(100, `param ${key} must be a list of profile fields`);
  const fields = parsed.data.map((field) => field.trim()).filter((field) => field !== "");
  const unknown = fields.filter((field) => !isProfileField(field));
  if (unknown.length > 0) {
    throw metaError(
      100,
      `param ${key} has unknown fields: ${unknown.join(", ")} (known: ${PROFILE_FIELDS.join(", ")})`,
    );
  }
  return fields.filter(isProfileField);
}

function isProfileField(field: string): field is ProfileField {
  return (PROFILE_FIELDS as readonly string[]).includes(field);
}

/** The body without `access_token` (the Graph API reads it as a parameter, not a profile field). */
function withoutToken(body: unknown): unknown {
  if (body === null || typeof body !== "object" || Array.isArray(body)) return body;
  const { access_token: _token, platform: _platform, ...rest } = Object.fromEntries(Object.entries(body));
  return rest;
}
