import { describe, expect, it } from "vitest";
import type { OutboundMessage } from "@switchboard/core";
import {
  fillSavedReply,
  fillSavedReplyText,
  isSavedReplyVariable,
  savedReplyVariables,
  unknownSavedReplyVariables,
} from "./fill-saved-reply.js";
import type { SavedReplyContext } from "./fill-saved-reply.js";

const meiLin: SavedReplyContext = {
  contact: {
    name: "Mei Lin",
    phone: "+886912000111",
    attributes: { store: "Shin Kong A11", visits: 3, vip: true, shade: { code: "N20" }, empty: null },
  },
  agent: { name: "Amy" },
};

describe("savedReplyVariables", () => {
  it("names the contact's name, phone and attributes, and the agent", () => {
    expect(savedReplyVariables(meiLin)).toEqual({
      "contact.name": "Mei Lin",
      "contact.phone": "+886912000111",
      "contact.store": "Shin Kong A11",
      "contact.visits": "3",
      "contact.vip": "true",
      "contact.shade": '{"code":"N20"}',
      "agent.name": "Amy",
    });
  });

  it("lets an attribute called name stand in when the platform gave no name, never over it", () => {
    const withAttribute = { ...meiLin.contact, attributes: { name: "Mei" } };
    expect(savedReplyVariables({ ...meiLin, contact: withAttribute })["contact.name"]).toBe("Mei Lin");
    expect(
      savedReplyVariables({ ...meiLin, contact: { ...withAttribute, name: null } })["contact.name"],
    ).toBe("Mei");
  });
});

describe("fillSavedReplyText", () => {
  const variables = { "contact.name": "Mei Lin", "agent.name": "" };

  it("fills known names, with spaces inside the braces too", () => {
    expect(fillSavedReplyText("Hi {{contact.name}}, {{ contact.name }}!", variables)).toBe(
      "Hi Mei Lin, Mei Lin!",
    );
  });

  it("uses the fallback when the value is missing or empty, else leaves nothing", () => {
    expect(fillSavedReplyText("{{contact.store|our counter}} · {{agent.name | the team}}", variables)).toBe(
      "our counter · the team",
    );
    expect(fillSavedReplyText("Hi {{contact.nickname}}!", variables)).toBe("Hi !");
  });
});

describe("fillSavedReply", () => {
  it("fills a text message from the conversation's contact", () => {
    const message: OutboundMessage = {
      kind: "text",
      text: "Hi {{contact.name}}, see you at {{contact.store}}",
    };
    expect(fillSavedReply(message, meiLin)).toEqual({
      kind: "text",
      text: "Hi Mei Lin, see you at Shin Kong A11",
    });
  });

  it("fills every text of a choices message the customer reads, never the option ids", () => {
    const message: OutboundMessage = {
      kind: "choices",
      header: { type: "text", text: "For {{contact.name}}" },
      body: "Which time suits you, {{contact.name}}?",
      footer: "{{agent.name}} at {{contact.store}}",
      style: "list",
      listButton: "Times for {{contact.name}}",
      sections: [
        {
          title: "{{contact.store}}",
          options: [
            { id: "{{contact.name}}-1", title: "19:00", description: "With {{agent.name}}" },
            { id: "later", title: "Later" },
          ],
        },
      ],
    };
    expect(fillSavedReply(message, meiLin)).toEqual({
      kind: "choices",
      header: { type: "text", text: "For Mei Lin" },
      body: "Which time suits you, Mei Lin?",
      footer: "Amy at Shin Kong A11",
      style: "list",
      listButton: "Times for Mei Lin",
      sections: [
        {
          title: "Shin Kong A11",
          options: [
            { id: "{{contact.name}}-1", title: "19:00", description: "With Amy" },
            { id: "later", title: "Later" },
          ],
        },
      ],
    });
  });

  it("fills a caption and template text parameters, and leaves a media source and absent fields alone", () => {
    const media: OutboundMessage = {
      kind: "media",
      mediaType: "image",
      source: { url: "https://example.com/{{contact.name}}.png" },
      caption: "For {{contact.name}}",
    };
    expect(fillSavedReply(media, meiLin)).toEqual({ ...media, caption: "For Mei Lin" });
    const bare: OutboundMessage = { kind: "media", mediaType: "image", source: { mediaId: "42" } };
    expect(Object.keys(fillSavedReply(bare, meiLin))).toEqual(["kind", "mediaType", "source"]);
    const template: OutboundMessage = {
      kind: "template",
      name: "trial_reminder",
      language: "en",
      body: [
        { type: "text", text: "{{contact.name}}" },
        { type: "currency", fallback: "{{contact.name}}", code: "TWD", amount1000: 1000 },
      ],
    };
    expect(fillSavedReply(template, meiLin)).toMatchObject({
      name: "trial_reminder",
      body: [{ text: "Mei Lin" }, { fallback: "{{contact.name}}" }],
    });
  });
});

describe("unknownSavedReplyVariables", () => {
  it("accepts the documented variables", () => {
    for (const name of ["contact.name", "contact.phone", "contact.favourite_shade", "agent.name"])
      expect(isSavedReplyVariable(name), name).toBe(true);
    for (const name of ["name", "agent.phone", "customer.name", "contact."])
      expect(isSavedReplyVariable(name), name).toBe(false);
  });

  it("names each unknown or malformed placeholder with its path", () => {
    const message: OutboundMessage = {
      kind: "choices",
      body: "Hi {{customer.name}} {{contact.name|there}}",
      style: "auto",
      sections: [{ options: [{ id: "a", title: "{{contact name}}" }] }],
    };
    expect(unknownSavedReplyVariables(message)).toEqual([
      { path: "body", name: "customer.name" },
      { path: "sections[0].options[0].title", name: "contact name" },
    ]);
    expect(unknownSavedReplyVariables({ kind: "text", text: "Hi {{contact.name}}" })).toEqual([]);
  });
});
