/** Bots as data that the bot runtime's integration tests share. */

/** Says something, waits, then says more: the wait is a durable timer. */
export const waitBot = {
  name: "Patient",
  modules: [
    {
      id: "welcome",
      name: "Welcome",
      kind: "welcome",
      nodes: [
        { kind: "send", message: { kind: "text", text: "Let me check for you." } },
        { kind: "wait", durationMs: 1500 },
        { kind: "send", message: { kind: "text", text: "Still there? Here is our offer." } },
      ],
    },
    { id: "human", name: "Human", kind: "human_agent", nodes: [{ kind: "handover" }] },
  ],
};
/** The same with a module only a ref link opens. */
export const promoBot = {
  ...waitBot,
  modules: [
    ...waitBot.modules,
    {
      id: "promo",
      name: "Promo",
      nodes: [{ kind: "send", message: { kind: "text", text: "Autumn offer: 20% off." } }],
    },
  ],
};

/** A bot that asks a shop's stock service on this machine and answers with what it said. */
export function stockBot(port: number) {
  return {
    name: "Stock",
    modules: [
      {
        id: "welcome",
        name: "Welcome",
        kind: "welcome",
        nodes: [
          {
            kind: "http_request",
            method: "GET",
            url: `http://127.0.0.1:${port}/stock/lipstick-{{shade}}`,
            responseMap: { "stock.count": "stock" },
            onError: "sorry",
          },
          { kind: "send", message: { kind: "text", text: "We have {{stock}} left." } },
        ],
      },
      {
        id: "sorry",
        name: "Sorry",
        nodes: [{ kind: "send", message: { kind: "text", text: "Sorry, I cannot check the stock now." } }],
      },
      { id: "human", name: "Human", kind: "human_agent", nodes: [{ kind: "handover" }] },
    ],
  };
}
