import { describe, expect, it } from "vitest";
import type { OutboundMessage } from "@switchboard/core";
import { bot } from "./bot-builder.js";
import type { CompileCheck } from "./validate-bot.js";
import { validateBot } from "./validate-bot.js";

/** A stand-in for channel compilers: titles over 20 characters on whatsapp, any list on line. */
const compile: CompileCheck = (message: OutboundMessage, channel: string) => {
  if (message.kind !== "choices") return [];
  const problems: { path: string; message: string }[] = [];
  message.sections.forEach((section, s) =>
    section.options.forEach((option, o) => {
      if (channel === "whatsapp" && option.title.length > 20)
        problems.push({
          path: `sections[${s}].options[${o}].title`,
          message: `${option.title.length} characters, allows 20`,
        });
    }),
  );
  if (channel === "line" && message.style === "list") problems.push({ path: "style", message: "no lists" });
  return problems;
};

describe("validateBot", () => {
  it("accepts a complete bot", () => {
    const ok = bot("Ok")
      .welcome((m) => m.choice({ body: "Hi", options: [{ id: "a", title: "Agent", goTo: "human_agent" }] }))
      .build();
    expect(validateBot(ok, { channels: ["whatsapp", "line"], compile })).toEqual([]);
  });

  it("names dangling go-tos, asks without a way out, unreachable modules and limit breaks", () => {
    const broken = bot("Broken")
      .welcome((m) =>
        m
          .choice({
            body: "Pick",
            style: "list",
            options: [
              { id: "a", title: "A very long option title here", goTo: "gone" },
              { id: "b", title: "B", goTo: "asks" },
            ],
          })
          .randomSplit([{ weight: 1, module: "nowhere" }]),
      )
      .module("asks", (m) => m.ask({ message: "Email?", attribute: "email", validation: "email" }))
      .module("orphan", (m) => m.send("Nobody comes here").goTo("orphan2"))
      .module("orphan2", (m) => m.send("Nor here"))
      .module("by_link", (m) => m.send("Opened by a ref link"))
      .build();
    const problems = validateBot(broken, {
      channels: ["whatsapp", "line"],
      compile,
      entryModules: ["by_link"],
    });
    expect(problems).toEqual([
      {
        moduleId: "welcome",
        nodeIndex: 0,
        path: "modules[0].nodes[0].sections[0].options[0].goTo",
        message: 'goes to module "gone", which does not exist',
      },
      {
        moduleId: "welcome",
        nodeIndex: 0,
        path: "modules[0].nodes[0].sections[0].options[0].title",
        message: "whatsapp: 29 characters, allows 20",
      },
      { moduleId: "welcome", nodeIndex: 0, path: "modules[0].nodes[0].style", message: "line: no lists" },
      {
        moduleId: "welcome",
        nodeIndex: 1,
        path: "modules[0].nodes[1].branches[0].module",
        message: 'goes to module "nowhere", which does not exist',
      },
      {
        moduleId: "asks",
        nodeIndex: 0,
        path: "modules[1].nodes[0].onGiveUp",
        message: "needs a module to go to after 3 invalid answers",
      },
      {
        moduleId: "asks",
        nodeIndex: 0,
        path: "modules[1].nodes[0]",
        message: "is the module's last node: a valid answer leads nowhere",
      },
      {
        moduleId: "orphan",
        path: "modules[2]",
        message: 'module "orphan" is never reached from the welcome or human agent module',
      },
      {
        moduleId: "orphan2",
        path: "modules[3]",
        message: 'module "orphan2" is never reached from the welcome or human agent module',
      },
    ]);
  });
});
