/**
 * The demo bot as published on one channel: WhatsApp gets it unchanged; the other channels get the same
 * booking flow in the forms they accept.
 */
import type { BotInput, BotNodeInput } from "@switchboard/engine";
import { demoBotDefinition } from "./demo-bot.js";

/** Channels whose choices have no header, footer, section titles or option descriptions (quick replies). */
const PLAIN_CHOICE_CHANNELS = new Set(["messenger", "instagram"]);

const CHANNEL_NAMES: Readonly<Record<string, string>> = {
  messenger: "Messenger",
  instagram: "Instagram",
  line: "LINE",
  webchat: "Web chat",
};

/**
 * The demo bot for `channel`. A bot version is checked against every channel it is published on, whatever
 * branch a message sits in, so each channel gets its own version: outside WhatsApp the reminder (a
 * WhatsApp message template) and the wait before it are left out, and on Messenger and Instagram the
 * lists lose what quick replies cannot show, their sections joined into one.
 */
export function demoBotFor(channel: string): BotInput {
  if (channel === "whatsapp") return demoBotDefinition;
  const plain = PLAIN_CHOICE_CHANNELS.has(channel);
  return {
    ...demoBotDefinition,
    name: `${demoBotDefinition.name} (${CHANNEL_NAMES[channel] ?? channel})`,
    modules: demoBotDefinition.modules.map((module) => ({
      ...module,
      nodes: module.nodes
        .filter(
          (node, n) =>
            !isTemplateSend(node) && !(node.kind === "wait" && isTemplateSend(module.nodes[n + 1])),
        )
        .map((node) => adapt(node, plain)),
    })),
  };
}

function isTemplateSend(node: BotNodeInput | undefined): boolean {
  return node?.kind === "send" && node.message.kind === "template";
}

function adapt(node: BotNodeInput, plain: boolean): BotNodeInput {
  if (node.kind !== "choice" || !plain) return node;
  const { header: _header, footer: _footer, ...rest } = node;
  return {
    ...rest,
    sections: [
      {
        options: node.sections.flatMap((section) =>
          section.options.map(({ description: _description, ...option }) => option),
        ),
      },
    ],
  };
}
