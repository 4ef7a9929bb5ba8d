/** The demo bot's version for each channel passes that channel's publish checks; WhatsApp's is the demo bot itself. */
import { describe, expect, it } from "vitest";
import {
  compileInstagramMessage,
  compileLineMessage,
  compileMessengerMessage,
  compileWhatsAppMessage,
} from "@switchboard/channels";
import { BotSchema, validateBot } from "@switchboard/engine";
import type { CompileCheck } from "@switchboard/engine";
import { demoBotDefinition } from "./demo-bot.js";
import { demoBotFor } from "./demo-bot-for-channel.js";

const compilers = {
  whatsapp: compileWhatsAppMessage,
  messenger: compileMessengerMessage,
  instagram: compileInstagramMessage,
  line: compileLineMessage,
};

const compile: CompileCheck = (message, channel) => {
  const compiled = compilers[channel as keyof typeof compilers](message);
  return compiled.ok ? [] : compiled.error.map((v) => ({ path: v.path, message: v.message }));
};

describe("demoBotFor", () => {
  it.each(Object.keys(compilers))("publishes on %s without a problem", (channel) => {
    const bot = BotSchema.parse(demoBotFor(channel));
    expect(validateBot(bot, { channels: [channel], compile, entryModules: ["welcome"] })).toEqual([]);
  });

  it("keeps the WhatsApp bot as it is, lists, reminder template and all", () => {
    expect(demoBotFor("whatsapp")).toBe(demoBotDefinition);
  });

  it("offers the same counters on Messenger, without what quick replies cannot show", () => {
    const welcome = BotSchema.parse(demoBotFor("messenger")).modules[0]?.nodes[0];
    if (welcome?.kind !== "choice") throw new Error("the welcome module should open with a choice");
    expect([welcome.header, welcome.footer, welcome.sections.length]).toEqual([undefined, undefined, 1]);
    const options = welcome.sections.flatMap((s) => s.options);
    expect(options.map((o) => [o.title, o.description])).toEqual([
      ["Taipei 101", undefined],
      ["Shin Kong A11", undefined],
      ["SOGO Zhongxiao", undefined],
      ["IFC Mall", undefined],
      ["Lee Garden One", undefined],
    ]);
  });

  it("leaves the WhatsApp-only reminder out on LINE and keeps the booked confirmation", () => {
    const bot = BotSchema.parse(demoBotFor("line"));
    expect(bot.name).toBe("Make-up trial booking (LINE)");
    const confirm = bot.modules.find((m) => m.id === "confirm");
    expect(confirm?.nodes.map((n) => n.kind)).toEqual(["choice", "send"]);
  });
});
