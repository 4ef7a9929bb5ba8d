/**
 * Bot definitions as data for integration tests: a welcome module that asks or says something, modules that
 * send one text, and the hand-over module every bot ends with.
 */

export interface TestOption {
  id: string;
  title: string;
  goTo: string;
}

/** The hand-over module every bot needs. */
export const humanModule = { id: "human", name: "Human", kind: "human_agent", nodes: [{ kind: "handover" }] };

/** A bot named `name` with `modules` and the hand-over module last. */
export function testBot(name: string, ...modules: object[]) {
  return { name, modules: [...modules, humanModule] };
}

/** The welcome module asking `body` with one option per entry. */
export function welcomeChoice(body: string, options: TestOption[]) {
  return {
    id: "welcome",
    name: "Welcome",
    kind: "welcome",
    nodes: [{ kind: "choice", body, sections: [{ options }] }],
  };
}

/** The welcome module saying each of `texts` in turn. */
export function welcomeSays(...texts: string[]) {
  return { id: "welcome", name: "Welcome", kind: "welcome", nodes: texts.map(textNode) };
}

/** A module that sends `text`. */
export function sendsText(id: string, name: string, text: string) {
  return { id, name, nodes: [textNode(text)] };
}

function textNode(text: string) {
  return { kind: "send", message: { kind: "text", text } };
}

/** Asks what to do: book a visit (answers "Which day suits you?") or talk to a person. */
export const counterBot = testBot(
  "Counter",
  welcomeChoice("Hello! What would you like to do?", [
    { id: "book", title: "Book a visit", goTo: "book" },
    { id: "human", title: "Talk to us", goTo: "human" },
  ]),
  sendsText("book", "Book", "Which day suits you?"),
);
