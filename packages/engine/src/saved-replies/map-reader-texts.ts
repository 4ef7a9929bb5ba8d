/** Visits every text of a neutral message that the customer reads, with its path in the compiler's notation. */
import type { ChoiceSection, Header, OutboundMessage, TemplateParameter } from "@switchboard/core";

/** Receives one text and its path (`sections[0].options[1].title`); returns the text to keep. */
export type ReaderTextVisitor = (text: string, path: string) => string;

/**
 * The message with `visit` applied to each text a customer reads: bodies, captions, footers, headers,
 * button and option labels, template text parameters. Ids, URLs and names the platform matches on
 * (template name, option ids, catalog ids) are never visited. Kinds without such texts come back as they are.
 */
export function mapReaderTexts(message: OutboundMessage, visit: ReaderTextVisitor): OutboundMessage {
  // An optional text, visited only when present, so absent fields stay absent.
  const opt = <K extends string>(key: K, text: string | undefined, path: string = key) =>
    text === undefined ? {} : { [key]: visit(text, path) };
  switch (message.kind) {
    case "text":
      return { ...message, text: visit(message.text, "text") };
    case "media":
      return { ...message, ...opt("caption", message.caption) };
    case "location":
      return { ...message, ...opt("name", message.name), ...opt("address", message.address) };
    case "choices":
      return {
        ...message,
        ...(message.header === undefined ? {} : { header: headerWith(message.header, visit) }),
        body: visit(message.body, "body"),
        ...opt("footer", message.footer),
        ...opt("listButton", message.listButton),
        sections: message.sections.map((section, s) => sectionWith(section, s, visit)),
      };
    case "cta_url":
      return {
        ...message,
        ...(message.header === undefined ? {} : { header: headerWith(message.header, visit) }),
        body: visit(message.body, "body"),
        ...opt("footer", message.footer),
        buttonText: visit(message.buttonText, "buttonText"),
      };
    case "location_request":
      return { ...message, body: visit(message.body, "body") };
    case "product":
      return { ...message, ...opt("body", message.body), ...opt("footer", message.footer) };
    case "product_list":
      return {
        ...message,
        header: visit(message.header, "header"),
        body: visit(message.body, "body"),
        ...opt("footer", message.footer),
        sections: message.sections.map((section, s) => ({
          ...section,
          title: visit(section.title, `sections[${s}].title`),
        })),
      };
    case "flow":
      return {
        ...message,
        ...opt("header", message.header),
        body: visit(message.body, "body"),
        ...opt("footer", message.footer),
        cta: visit(message.cta, "cta"),
      };
    case "template":
      return {
        ...message,
        ...(message.header === undefined
          ? {}
          : { header: message.header.map((p, i) => parameterWith(p, `header[${i}].text`, visit)) }),
        ...(message.body === undefined
          ? {}
          : { body: message.body.map((p, i) => parameterWith(p, `body[${i}].text`, visit)) }),
      };
    case "carousel":
      return {
        ...message,
        ...opt("body", message.body),
        cards: message.cards.map((card, c) => {
          const at = `cards[${c}]`;
          return {
            ...card,
            title: visit(card.title, `${at}.title`),
            ...opt("subtitle", card.subtitle, `${at}.subtitle`),
            buttons: card.buttons.map((button, b) => ({
              ...button,
              title: visit(button.title, `${at}.buttons[${b}].title`),
            })),
          };
        }),
      };
    case "contacts":
    case "reaction":
      return message;
  }
}

function headerWith(header: Header, visit: ReaderTextVisitor): Header {
  return header.type === "text" ? { ...header, text: visit(header.text, "header.text") } : header;
}

function sectionWith(section: ChoiceSection, s: number, visit: ReaderTextVisitor): ChoiceSection {
  const at = `sections[${s}]`;
  return {
    ...section,
    ...(section.title === undefined ? {} : { title: visit(section.title, `${at}.title`) }),
    options: section.options.map((option, o) => ({
      ...option,
      title: visit(option.title, `${at}.options[${o}].title`),
      ...(option.description === undefined
        ? {}
        : { description: visit(option.description, `${at}.options[${o}].description`) }),
    })),
  };
}

function parameterWith(
  parameter: TemplateParameter,
  path: string,
  visit: ReaderTextVisitor,
): TemplateParameter {
  return parameter.type === "text" ? { ...parameter, text: visit(parameter.text, path) } : parameter;
}
