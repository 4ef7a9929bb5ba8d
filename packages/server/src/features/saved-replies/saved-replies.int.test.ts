import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ContactProfileRepository } from "../contacts/contact-profile.repository.js";
import { eventually, startTestSwitchboard } from "../../testing/test-switchboard.js";
import type { TestSwitchboard } from "../../testing/test-switchboard.js";
import { testDialects } from "../../testing/test-databases.js";

interface ApiError {
  error: { code: string; message: string; path?: string; issues?: { path: string; message: string }[] };
}
interface SavedReply {
  id: string;
  scope: "shared" | "personal";
  ownerId: string | null;
  title: string;
  shortcut: string;
  message: Record<string, unknown>;
  tags: string[];
  createdAt: number;
  updatedAt: number;
}
interface Checked {
  savedReply: SavedReply;
  warnings: { channel: string; path: string; rule: string; message: string }[];
}

describe.each(testDialects)("saved replies over HTTP on %s", (dialect) => {
  let h: TestSwitchboard;
  beforeAll(async () => {
    h = await startTestSwitchboard(dialect);
  });
  afterAll(async () => h.close());

  const create = (body: Record<string, unknown>) => h.api("POST", "/api/v1/saved-replies", body);
  const created = async (body: Record<string, unknown>) => {
    const response = await create(body);
    expect(response.status, JSON.stringify(response.json)).toBe(201);
    return (response.json as Checked).savedReply;
  };
  const list = async (query = "") =>
    ((await h.api("GET", `/api/v1/saved-replies${query}`)).json as { items: SavedReply[] }).items;
  const errorOf = (json: unknown) => (json as ApiError).error;

  it("creates, reads, lists, changes and deletes a saved reply", async () => {
    const response = await create({
      title: "Thank you",
      shortcut: "/thanks",
      message: { kind: "text", text: "Thank you, {{contact.name}}!" },
      tags: ["closing", "polite", "closing"],
    });
    expect(response.status).toBe(201);
    const { savedReply, warnings } = response.json as Checked;
    expect(savedReply).toMatchObject({
      scope: "shared",
      ownerId: null,
      title: "Thank you",
      shortcut: "/thanks",
      message: { kind: "text", text: "Thank you, {{contact.name}}!" },
      tags: ["closing", "polite"],
    });
    expect(warnings).toEqual([]);

    const one = await h.api("GET", `/api/v1/saved-replies/${savedReply.id}`);
    expect(one.json).toEqual({ savedReply, warnings: [] });
    expect(await list()).toContainEqual({ ...savedReply, warnings: [] });

    const patched = await h.api("PATCH", `/api/v1/saved-replies/${savedReply.id}`, { title: "Thanks!" });
    expect(patched.status).toBe(200);
    expect((patched.json as Checked).savedReply).toMatchObject({
      id: savedReply.id,
      title: "Thanks!",
      shortcut: "/thanks",
      message: savedReply.message,
      createdAt: savedReply.createdAt,
    });

    expect((await h.api("DELETE", `/api/v1/saved-replies/${savedReply.id}`)).json).toEqual({ ok: true });
    const gone = await h.api("GET", `/api/v1/saved-replies/${savedReply.id}`);
    expect(gone.status).toBe(404);
    expect((await h.api("DELETE", `/api/v1/saved-replies/${savedReply.id}`)).status).toBe(404);
  });

  it("answers 409 naming shortcut for a shortcut the scope already has, in any case", async () => {
    const hours = await created({
      title: "Opening hours",
      shortcut: "/Hours",
      message: { kind: "text", text: "10:00–22:00 every day" },
    });
    for (const shortcut of ["/Hours", "/HOURS", "/hours"]) {
      const clash = await create({ title: "Copy", shortcut, message: { kind: "text", text: "x" } });
      expect(clash.status).toBe(409);
      expect(errorOf(clash.json)).toMatchObject({ code: "saved_reply_shortcut_taken", path: "shortcut" });
      expect(errorOf(clash.json).message).toContain("shortcut");
    }
    // Personal replies have their own scope per owner.
    const mine = await created({
      title: "My hours",
      shortcut: "/hours",
      message: { kind: "text", text: "I work 12:00–20:00" },
      scope: "personal",
      ownerId: "agent-amy",
    });
    expect(mine).toMatchObject({ scope: "personal", ownerId: "agent-amy" });
    const again = await create({
      title: "Again",
      shortcut: "/HOURS",
      message: { kind: "text", text: "x" },
      scope: "personal",
      ownerId: "agent-amy",
    });
    expect(again.status).toBe(409);
    await created({
      title: "Ben's hours",
      shortcut: "/hours",
      message: { kind: "text", text: "I work mornings" },
      scope: "personal",
      ownerId: "agent-ben",
    });
    // A change into a taken shortcut is refused the same way.
    const other = await created({
      title: "Address",
      shortcut: "/address",
      message: { kind: "text", text: "x" },
    });
    const renamed = await h.api("PATCH", `/api/v1/saved-replies/${other.id}`, { shortcut: "/hOURS" });
    expect(renamed.status).toBe(409);
    expect(errorOf(renamed.json).path).toBe("shortcut");
    const same = await h.api("PATCH", `/api/v1/saved-replies/${hours.id}`, { shortcut: "/hours" });
    expect(same.status).toBe(200);
  });

  it("keeps a shortcut unique when several agents save it at the same moment", async () => {
    const responses = await Promise.all(
      ["/promo", "/PROMO", "/Promo", "/promo", "/pRomo"].map((shortcut, i) =>
        create({ title: `Promo ${i}`, shortcut, message: { kind: "text", text: "10% off" } }),
      ),
    );
    expect(responses.map((r) => r.status).sort()).toEqual([201, 409, 409, 409, 409]);
    for (const response of responses.filter((r) => r.status === 409))
      expect(errorOf(response.json)).toMatchObject({ code: "saved_reply_shortcut_taken", path: "shortcut" });
  });

  it("answers 400 for a body of the wrong types and 422 with the path for broken rules", async () => {
    const notObject = await create({ title: "x", shortcut: "/x", message: "hello" });
    expect(notObject.status).toBe(400);
    expect(errorOf(notObject.json).issues?.[0]?.path).toBe("body.message");

    const cases: [Record<string, unknown>, string][] = [
      [{ title: "x", shortcut: "/no-text", message: { kind: "text" } }, "message.text"],
      [
        { title: "x", shortcut: "/typo", message: { kind: "text", text: "Hi {{customer.name}}" } },
        "message.text",
      ],
      [
        {
          title: "x",
          shortcut: "/typo2",
          message: {
            kind: "choices",
            body: "Pick",
            sections: [{ options: [{ id: "a", title: "{{contact name}}" }] }],
          },
        },
        "message.sections[0].options[0].title",
      ],
      [{ title: "x", shortcut: "thanks", message: { kind: "text", text: "x" } }, "shortcut"],
      [{ title: "x", shortcut: `/${"a".repeat(33)}`, message: { kind: "text", text: "x" } }, "shortcut"],
      [{ title: " ", shortcut: "/blank", message: { kind: "text", text: "x" } }, "title"],
      [{ title: "x", shortcut: "/mine", message: { kind: "text", text: "x" }, scope: "personal" }, "ownerId"],
      [
        { title: "x", shortcut: "/ours", message: { kind: "text", text: "x" }, ownerId: "agent-amy" },
        "ownerId",
      ],
    ];
    for (const [body, path] of cases) {
      const response = await create(body);
      expect(response.status, path).toBe(422);
      expect(errorOf(response.json), path).toMatchObject({ code: "saved_reply_invalid", path });
    }
    const typo = await create(cases[1]?.[0] ?? {});
    expect(errorOf(typo.json).message).toContain("{{customer.name}} is not a variable");
  });

  it("saves a message a channel would refuse, with that channel's problems as warnings", async () => {
    const response = await create({
      title: "Delivery choice",
      shortcut: "/delivery",
      message: {
        kind: "choices",
        body: "Which delivery do you prefer, {{contact.name}}?",
        style: "buttons",
        sections: [
          {
            options: [
              { id: "standard", title: "Standard delivery to your door in 3 days" },
              { id: "express", title: "Express" },
            ],
          },
        ],
      },
    });
    expect(response.status).toBe(201);
    const { savedReply, warnings } = response.json as Checked;
    expect(warnings.length).toBeGreaterThan(0);
    expect(warnings[0]).toMatchObject({
      channel: "whatsapp",
      path: "message.sections[0].options[0].title",
    });
    const listed = (await list("?q=delivery")) as (SavedReply & { warnings: unknown[] })[];
    expect(listed).toEqual([{ ...savedReply, warnings }]);
  });

  it("renders a reply with the conversation's contact name and attributes filled", async () => {
    const waId = "886912000111";
    await h.customerSends(waId, { type: "text", text: "hi" });
    const conversation = await eventually(async () => {
      const page = await h.api("GET", "/api/v1/conversations");
      const items = (page.json as { items: { id: string; contact: { id: string; externalId: string } }[] })
        .items;
      return items.find((c) => c.contact.externalId === waId);
    }, "the customer's conversation");
    const db = h.switchboard.database.db;
    await new ContactProfileRepository(db).setAttributes(db, conversation.contact.id, {
      store: "Shin Kong A11",
    });

    const reply = await created({
      title: "See you",
      shortcut: "/see-you",
      message: {
        kind: "choices",
        body: "See you at {{contact.store}}, {{contact.name}}! — {{agent.name|Lumière}}",
        footer: "{{contact.phone}} · {{contact.missing|no note}}",
        sections: [{ options: [{ id: "ok", title: "OK {{contact.name}}" }] }],
      },
    });
    const rendered = await h.api("POST", `/api/v1/saved-replies/${reply.id}/render`, {
      conversationId: conversation.id,
    });
    expect(rendered.status).toBe(200);
    expect((rendered.json as { message: unknown }).message).toEqual({
      kind: "choices",
      body: "See you at Shin Kong A11, Customer 0111! — Lumière",
      footer: "+886912000111 · no note",
      style: "auto",
      sections: [{ options: [{ id: "ok", title: "OK Customer 0111" }] }],
    });
    const withAgent = await h.api("POST", `/api/v1/saved-replies/${reply.id}/render`, {
      conversationId: conversation.id,
      agentName: "Amy",
    });
    expect((withAgent.json as { message: { body: string } }).message.body).toMatch(/— Amy$/);

    const missing = await h.api("POST", `/api/v1/saved-replies/${reply.id}/render`, {
      conversationId: "nope",
    });
    expect(missing.status).toBe(404);
    expect(errorOf(missing.json).path).toBe("conversationId");
    const noReply = await h.api("POST", "/api/v1/saved-replies/nope/render", {
      conversationId: conversation.id,
    });
    expect(noReply.status).toBe(404);
  });

  it("searches title, shortcut and tags, and lists an owner's personal replies only for that owner", async () => {
    await created({
      title: "Return policy",
      shortcut: "/returns",
      message: { kind: "text", text: "You can return unopened items within 7 days." },
      tags: ["退貨", "refund"],
    });
    const titles = async (query: string) => (await list(query)).map((reply) => reply.title);
    expect(await titles("?q=RETURN")).toEqual(["Return policy"]);
    expect(await titles(`?q=${encodeURIComponent("退貨")}`)).toEqual(["Return policy"]);
    expect(await titles("?q=refund%20policy")).toEqual(["Return policy"]);
    expect(await titles("?q=%2Fret")).toEqual(["Return policy"]);
    expect(await titles("?q=refund%20hours")).toEqual([]);

    expect(await titles("?q=hours")).toEqual(["Opening hours"]);
    expect(await titles("?q=hours&ownerId=agent-amy")).toEqual(["Opening hours", "My hours"]);
    expect(await titles("?q=hours&ownerId=agent-ben")).toEqual(["Opening hours", "Ben's hours"]);
  });

  it("documents the routes in the OpenAPI document", async () => {
    const doc = (await h.api("GET", "/api/v1/openapi.json")).json as { paths: Record<string, object> };
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        "/api/v1/saved-replies",
        "/api/v1/saved-replies/{id}",
        "/api/v1/saved-replies/{id}/render",
      ]),
    );
  });
});
