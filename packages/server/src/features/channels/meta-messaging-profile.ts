/**
 * A bot's channel profile on Messenger and Instagram (PLATFORMS.md B6): the Messenger Profile request a
 * published bot sets (Messenger: Get Started, greeting, menu, ice breakers; Instagram: menu and ice
 * breakers), its limit check, and which fields the previously running bot set that the next one drops.
 */
import {
  buildMessengerProfile,
  deleteMessengerProfileFields,
  GET_STARTED_PAYLOAD,
  setMessengerProfile,
  type MessagingGraphDeps,
  type MessengerProfileField,
  type MessengerProfileInput,
} from "@switchboard/channels";
import type { LimitViolation } from "@switchboard/core";
import type { BotProfile } from "@switchboard/engine";

export type MetaPlatform = "Messenger" | "Instagram";

/** What changes on the platform when a bot starts running on an account, or stops. */
export interface BotProfileChange {
  /** The profile of the bot that runs from now on; undefined when none runs or it has none. */
  next: BotProfile | undefined;
  /** The profile of the bot that ran until now, whose fields the next one may have to clear. */
  previous: BotProfile | undefined;
  /** True while a bot runs on the account (Messenger then needs its Get Started button). */
  running: boolean;
}

const present = <T>(list: T[] | undefined): list is T[] => list !== undefined && list.length > 0;

/** The builder's input for `platform`: Instagram has no Get Started, greeting or composer switch. */
export function profileInputFor(
  platform: MetaPlatform,
  profile: BotProfile | undefined,
  running: boolean,
): MessengerProfileInput {
  const input: MessengerProfileInput = {};
  const { greeting, persistentMenu, iceBreakers } = profile ?? {};
  if (platform === "Messenger" && running) input.getStarted = { payload: GET_STARTED_PAYLOAD };
  if (platform === "Messenger" && present(greeting)) input.greeting = greeting;
  if (present(persistentMenu))
    input.persistentMenu =
      platform === "Messenger"
        ? persistentMenu
        : persistentMenu.map(({ locale, items }) => ({ locale, items }));
  if (present(iceBreakers)) input.iceBreakers = iceBreakers;
  return input;
}

/** Every limit the profile breaks on `platform`, with its path in the profile (`persistentMenu[0].items[3].title`). */
export function checkBotProfile(platform: MetaPlatform, profile: BotProfile): LimitViolation[] {
  const built = buildMessengerProfile(profileInputFor(platform, profile, true), platform);
  return built.ok ? [] : built.error;
}

/** The profile fields `profile` sets on `platform` (Get Started aside). */
function fieldsOf(platform: MetaPlatform, profile: BotProfile | undefined): MessengerProfileField[] {
  const input = profileInputFor(platform, profile, false);
  const fields: MessengerProfileField[] = [];
  if (input.greeting !== undefined) fields.push("greeting");
  if (input.persistentMenu !== undefined) fields.push("persistent_menu");
  if (input.iceBreakers !== undefined) fields.push("ice_breakers");
  return fields;
}

/**
 * Sets the next bot's profile on the account and removes the fields only the previous bot had set.
 * Throws ChannelError when the platform refuses; a profile that breaks a limit throws too (publishing
 * checks it first, so that is a bug).
 */
export async function applyBotProfile(
  deps: MessagingGraphDeps,
  accessToken: string,
  platform: MetaPlatform,
  change: BotProfileChange,
): Promise<void> {
  const account = { accessToken };
  const input = profileInputFor(platform, change.next, change.running);
  const built = buildMessengerProfile(input, platform);
  if (!built.ok)
    throw new Error(`the bot's channel profile breaks ${platform}'s limits: ${built.error[0]?.message}`);
  if (Object.keys(built.value).length > 0) await setMessengerProfile(deps, account, built.value, platform);
  const kept = new Set(fieldsOf(platform, change.next));
  const dropped = fieldsOf(platform, change.previous).filter((field) => !kept.has(field));
  if (dropped.length > 0) await deleteMessengerProfileFields(deps, account, dropped, platform);
}
