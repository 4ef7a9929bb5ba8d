import { describe, expect, it } from "vitest";
import { bot } from "../bot/bot-builder.js";
import { playConversation } from "../testing/play-conversation.js";

const NOW = Date.UTC(2025, 2, 10, 2, 0);
const texts = (messages: { kind: string }[]) =>
  messages.map((m) => ("text" in m ? m.text : "body" in m ? m.body : m.kind));

const quiz = bot("Skin quiz")
  .welcome((m) =>
    m
      .choice({
        body: "Your skin type?",
        attribute: "skin",
        retryMessage: "Please pick one of the options.",
        maxTries: 2,
        onGiveUp: "human_agent",
        options: [
          { id: "oily", title: "Oily", addTags: ["skin:oily"], removeTags: ["skin:dry"], goTo: "oily" },
          { id: "dry", title: "Café Dry", addTags: ["skin:dry"], removeTags: ["skin:oily"], goTo: "dry" },
          { id: "unsure", title: "Ｔａｉｐｅｉ" },
        ],
      })
      .send("Not sure? We can help."),
  )
  .module("oily", (m) => m.send("Try the matte primer.").goTo("email"))
  .module("dry", (m) => m.send("Try the hydrating serum.").goTo("email"))
  .module("email", (m) =>
    m
      .ask({
        message: "Your email for the sample?",
        attribute: "email",
        validation: "email",
        retryMessage: "That does not look like an email.",
        maxTries: 3,
        onGiveUp: "human_agent",
      })
      .send("Sent to {{email}}."),
  )
  .humanAgent((m) => m.send("A beauty advisor will answer.").handover())
  .build();

describe("advanceBot: choice", () => {
  it("continues by tapped option id, applies its tags and stores its title", () => {
    const chat = playConversation(quiz, { channel: "whatsapp", now: NOW, tags: ["skin:dry"] });
    expect(texts(chat.start())).toEqual(["Your skin type?"]);
    expect(texts(chat.tap("oily"))).toEqual(["Try the matte primer.", "Your email for the sample?"]);
    expect(chat.tags).toEqual(["skin:oily"]);
    expect(chat.attributes["skin"]).toBe("Oily");
  });

  it("takes typed numbers and titles in any case, width or accents", () => {
    for (const typed of ["2", "２", "CAFE DRY", "café dry"]) {
      const chat = playConversation(quiz, { channel: "whatsapp", now: NOW });
      chat.start();
      expect(texts(chat.say(typed))[0]).toBe("Try the hydrating serum.");
    }
    const chat = playConversation(quiz, { channel: "whatsapp", now: NOW });
    chat.start();
    expect(texts(chat.say("taipei"))).toEqual(["Not sure? We can help."]);
  });

  it("sends a numbered-text fallback in the choices message and still takes typed numbers", () => {
    const menu = bot("Menu")
      .welcome((m) =>
        m.choice({
          body: "Pick a drink",
          fallback: "numbered_text",
          options: [
            { id: "tea", title: "Tea", goTo: "tea" },
            { id: "coffee", title: "Coffee", goTo: "coffee" },
          ],
        }),
      )
      .module("tea", (m) => m.send("Tea it is."))
      .module("coffee", (m) => m.send("Coffee it is."))
      .build();
    const chat = playConversation(menu, { channel: "whatsapp", now: NOW });
    expect(chat.start()).toEqual([expect.objectContaining({ kind: "choices", fallback: "numbered_text" })]);
    expect(texts(chat.say("2"))).toEqual(["Coffee it is."]);
  });

  it("sends the retry message on an unmatched reply and gives up after maxTries", () => {
    const chat = playConversation(quiz, { channel: "whatsapp", now: NOW });
    chat.start();
    expect(texts(chat.say("combination"))).toEqual(["Please pick one of the options."]);
    expect(chat.state.pending).toMatchObject({ type: "choice", tries: 1 });
    expect(texts(chat.say("still unsure"))).toEqual(["A beauty advisor will answer."]);
    expect(chat.handedOver).toBe(true);
  });

  it("accepts a tap on an older, already answered choice and continues from there", () => {
    const chat = playConversation(quiz, { channel: "whatsapp", now: NOW });
    chat.start();
    chat.tap("oily");
    expect(chat.state.pending).toMatchObject({ type: "ask", moduleId: "email" });
    // The customer scrolls up and taps the other skin type while the email question waits.
    expect(texts(chat.tap("dry"))).toEqual(["Try the hydrating serum.", "Your email for the sample?"]);
    expect(chat.tags).toEqual(["skin:dry"]);
    expect(chat.attributes["skin"]).toBe("Café Dry");
  });

  it("still accepts an older tap after the flow ended, but ignores typed text then", () => {
    const chat = playConversation(quiz, { channel: "whatsapp", now: NOW });
    chat.start();
    chat.tap("oily");
    chat.say("amy@example.com");
    expect(chat.state.pending).toBe(null);
    expect(chat.say("thanks")).toEqual([]);
    expect(texts(chat.tap("dry"))[0]).toBe("Try the hydrating serum.");
  });
});

describe("advanceBot: ask", () => {
  it("stores a valid answer and continues", () => {
    const chat = playConversation(quiz, { channel: "whatsapp", now: NOW });
    chat.start();
    chat.tap("dry");
    expect(texts(chat.say("Amy@Example.com"))).toEqual(["Sent to amy@example.com."]);
    expect(chat.attributes["email"]).toBe("amy@example.com");
  });

  it("re-asks with the retry message and gives up to the chosen module after maxTries", () => {
    const chat = playConversation(quiz, { channel: "whatsapp", now: NOW });
    chat.start();
    chat.tap("dry");
    expect(texts(chat.say("no"))).toEqual(["That does not look like an email."]);
    expect(texts(chat.say("nope"))).toEqual(["That does not look like an email."]);
    expect(texts(chat.say("never"))).toEqual(["A beauty advisor will answer."]);
    expect(chat.attributes["email"]).toBe(undefined);
  });

  it("re-sends the question without a retry message and takes a location", () => {
    const b = bot("Where")
      .welcome((m) =>
        m
          .ask({
            message: { kind: "location_request", body: "Share your location" },
            attribute: "where",
            validation: "location",
            onGiveUp: "human_agent",
          })
          .send("Got {{where}}"),
      )
      .build();
    const chat = playConversation(b, { channel: "whatsapp", now: NOW });
    chat.start();
    expect(texts(chat.say("Taipei"))).toEqual(["Share your location"]);
    expect(texts(chat.send({ kind: "location", latitude: 25.03, longitude: 121.56 }))).toEqual([
      "Got 25.03,121.56",
    ]);
  });

  it("answers a choice-validated ask by tap or typed title", () => {
    const b = bot("Size")
      .welcome((m) =>
        m
          .ask({
            message: {
              kind: "choices",
              body: "Size?",
              sections: [
                {
                  options: [
                    { id: "s", title: "Small" },
                    { id: "l", title: "Large" },
                  ],
                },
              ],
            },
            attribute: "size",
            validation: "choice",
            onGiveUp: "human_agent",
          })
          .send("Size {{size}}"),
      )
      .build();
    const tapped = playConversation(b, { channel: "whatsapp", now: NOW });
    tapped.start();
    expect(texts(tapped.tap("l"))).toEqual(["Size Large"]);
    const typed = playConversation(b, { channel: "whatsapp", now: NOW });
    typed.start();
    expect(texts(typed.say("ＳＭＡＬＬ"))).toEqual(["Size Small"]);
  });
});
