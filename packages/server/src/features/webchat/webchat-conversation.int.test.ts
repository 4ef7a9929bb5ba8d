import { createHmac } from "node:crypto";
import { afterEach, describe, expect, it } from "vitest";
import { testDialects } from "../../testing/test-databases.js";
import { counterBot } from "../../testing/test-bots.js";
import { eventually, startTestSwitchboard, testNumber } from "../../testing/test-switchboard.js";
import type { TestSwitchboard } from "../../testing/test-switchboard.js";
import { importBot } from "../channels/channel-test-support.js";
import { connectWebchat, waitForShown } from "./webchat.test-support.js";

interface Conversation {
  id: string;
  contact: { id: string; externalId: string };
}

async function contactIdOf(t: TestSwitchboard, externalId: string): Promise<string> {
  return eventually(async () => {
    const list = await t.api("GET", "/api/v1/conversations");
    const items = (list.json as { items: Conversation[] }).items;
    return items.find((c) => c.contact.externalId === externalId)?.contact.id;
  }, `the contact ${externalId}`);
}

describe.each(testDialects)("web chat conversations (%s)", (dialect) => {
  let t: TestSwitchboard | undefined;
  afterEach(async () => {
    await t?.close();
    t = undefined;
  });

  it("runs the bot in the widget: choices arrive live, a tap goes on, the history holds both sides, seen is read", async () => {
    t = await startTestSwitchboard(dialect);
    const chat = await connectWebchat(t);
    const botId = await importBot(t, counterBot);
    const published = await t.api("POST", `/api/v1/bots/${botId}/publish`, {
      channelAccountIds: [chat.channelAccountId],
    });
    expect(published.status).toBe(200);
    const session = await chat.call("POST", "session", {});
    const visitor = String(session.json.visitorToken);
    const stream = await chat.live(visitor);

    expect(
      (await chat.call("POST", "messages", { id: "m1", message: { kind: "text", text: "hi" } }, { visitor }))
        .status,
    ).toBe(202);
    const choices = await waitForShown(stream, "Hello! What would you like to do?");
    expect(choices.message).toMatchObject({
      type: "choices",
      style: "buttons",
      sections: [
        {
          options: [
            { id: "book", title: "Book a visit" },
            { id: "human", title: "Talk to us" },
          ],
        },
      ],
    });
    // The visitor's own message comes back on the stream too (another tab, another device).
    expect(stream.items.some((i) => i.direction === "in")).toBe(true);

    const tap = { kind: "choice", via: "button", optionId: "book", title: "Book a visit" };
    await chat.call("POST", "messages", { id: "m2", message: tap }, { visitor });
    await waitForShown(stream, "Which day suits you?");
    // A resend of the same message id is stored once.
    const resend = await chat.call("POST", "messages", { id: "m2", message: tap }, { visitor });
    expect(resend.json).toMatchObject({ stored: 0 });

    const history = await chat.call("GET", "history", undefined, { visitor });
    const items = history.json.items as {
      direction: string;
      message: { type: string; text?: string };
      providerId: string | null;
    }[];
    expect(items.map((i) => `${i.direction}:${i.message.type}`)).toEqual([
      "in:text",
      "out:choices",
      "in:text",
      "out:text",
    ]);
    expect(items[2]?.message.text).toBe("Book a visit");

    const last = items[3]?.providerId ?? "";
    await chat.call("POST", "seen", { status: "read", messageIds: [last] }, { visitor });
    const contactId = await contactIdOf(t, String(session.json.visitorId));
    await eventually(async () => {
      const list = await t?.api("GET", "/api/v1/conversations");
      const conversation = (list?.json as { items: (Conversation & { id: string })[] }).items.find(
        (c) => c.contact.id === contactId,
      );
      const messages = await t?.api("GET", `/api/v1/conversations/${conversation?.id}/messages`);
      const read = (
        messages?.json as { items: { providerMessageId: string | null; status: string }[] }
      ).items.find((m) => m.providerMessageId === last);
      return read?.status === "read" ? true : undefined;
    }, "the message marked read");
    stream.close();
  });

  it("continues on WhatsApp: the customer arriving with the link's code becomes one person with the visitor", async () => {
    t = await startTestSwitchboard(dialect);
    const chat = await connectWebchat(t, { continueOnAccountIds: [t.channelAccountId] });
    const session = await chat.call("POST", "session", {});
    expect(session.json.continueOn).toEqual([
      { accountId: t.channelAccountId, channel: "whatsapp", name: testNumber.name },
    ]);
    const visitor = String(session.json.visitorToken);
    await chat.call(
      "POST",
      "messages",
      { id: "m1", message: { kind: "text", text: "Do you ship to Tainan?" } },
      { visitor },
    );
    const webchatContact = await contactIdOf(t, String(session.json.visitorId));
    await t.switchboard.database.db
      .insertInto("contact_tags")
      .values({ contact_id: webchatContact, tag: "web-visitor", created_at: Date.now() })
      .execute();
    await t.switchboard.database.db
      .updateTable("contacts")
      .set({ attributes: JSON.stringify({ city: "Tainan" }) })
      .where("id", "=", webchatContact)
      .execute();

    const link = await chat.call(
      "POST",
      "continue",
      { accountId: t.channelAccountId, language: "en" },
      { visitor },
    );
    expect(link.status).toBe(200);
    const url = new URL(String(link.json.url));
    expect(`${url.host}${url.pathname}`).toBe(`wa.me/${testNumber.displayPhoneNumber}`);
    const prefilled = url.searchParams.get("text") ?? "";
    expect(prefilled).toContain(String(link.json.code));

    await t.customerSends("886912345678", { type: "text", text: prefilled });
    const whatsappContact = await contactIdOf(t, "886912345678");
    const merged = await eventually(async () => {
      const answer = await t?.api("GET", `/api/v1/contacts/${whatsappContact}`);
      const contact = (
        answer?.json as {
          contact: { personId: string; identities: { contactId: string; channel: string }[] };
        }
      ).contact;
      return contact.identities.length > 0 ? contact : undefined;
    }, "the WhatsApp contact linked to the web chat");
    expect(merged.identities).toMatchObject([{ contactId: webchatContact, channel: "webchat" }]);
    const webchatView = (await t.api("GET", `/api/v1/contacts/${webchatContact}`)).json as {
      contact: { personId: string; identities: { contactId: string; channel: string }[] };
    };
    expect(webchatView.contact.personId).toBe(merged.personId);
    expect(webchatView.contact.identities).toMatchObject([
      { contactId: whatsappContact, channel: "whatsapp" },
    ]);
    const tags = await t.switchboard.database.db
      .selectFrom("contact_tags")
      .select("tag")
      .where("contact_id", "=", whatsappContact)
      .execute();
    expect(tags.map((r) => r.tag)).toContain("web-visitor");
    const whatsappView = (await t.api("GET", `/api/v1/contacts/${whatsappContact}`)).json as {
      contact: { attributes: Record<string, unknown> };
    };
    expect(whatsappView.contact.attributes).toMatchObject({ city: "Tainan" });

    // The code is spent: someone else sending it later stays their own person.
    await t.customerSends("886900000001", { type: "text", text: prefilled });
    const other = await contactIdOf(t, "886900000001");
    const otherView = (await t.api("GET", `/api/v1/contacts/${other}`)).json as {
      contact: { identities: unknown[] };
    };
    expect(otherView.contact.identities).toEqual([]);
  });

  it("keeps the thread when the visitor signs in: the earlier anonymous contact joins the user's person", async () => {
    t = await startTestSwitchboard(dialect);
    const chat = await connectWebchat(t);
    const anonymous = await chat.call("POST", "session", {});
    const visitor = String(anonymous.json.visitorToken);
    await chat.call(
      "POST",
      "messages",
      { id: "m1", message: { kind: "text", text: "Before signing in" } },
      { visitor },
    );
    const before = await contactIdOf(t, String(anonymous.json.visitorId));
    const userSignature = createHmac("sha256", chat.secret).update("customer-77").digest("hex");
    await chat.call("POST", "session", { visitorToken: visitor, userId: "customer-77", userSignature });
    await chat.call(
      "POST",
      "messages",
      { id: "m2", message: { kind: "text", text: "After signing in" } },
      { visitor },
    );
    const after = await contactIdOf(t, "u:customer-77");
    expect(after).not.toBe(before);
    const view = (await t.api("GET", `/api/v1/contacts/${after}`)).json as {
      contact: { identities: { contactId: string }[] };
    };
    expect(view.contact.identities.map((i) => i.contactId)).toEqual([before]);
    // Another device of the same user sees the whole thread.
    const phone = await chat.call("POST", "session", { userId: "customer-77", userSignature });
    const history = await chat.call("GET", "history", undefined, {
      visitor: String(phone.json.visitorToken),
    });
    const texts = (history.json.items as { message: { text?: string } }[]).map((i) => i.message.text);
    expect(texts).toEqual(["Before signing in", "After signing in"]);
  });
});
