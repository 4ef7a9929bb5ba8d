/**
 * The demo bot that `npm start` publishes on the demo number: book a free make-up trial — choose a
 * counter (a list), a time (a list), confirm (reply buttons) — and get a reminder template before the
 * appointment. Plain bot data, the same as a bot built in the console or imported. The demo page and
 * LINE channel get its version for their channel (`demoBotFor`).
 */
import type { TemplateDefinitionInput } from "@switchboard/channels";
import type { BotInput } from "@switchboard/engine";

/** The reminder template the demo submits for approval; the bot sends it before the appointment. */
export const demoReminderTemplate: TemplateDefinitionInput = {
  name: "trial_reminder",
  language: "en",
  category: "utility",
  body: {
    text: "Reminder: your free make-up trial at {{1}} is {{2}}. Reply here if you need to change it.",
    examples: { "1": "Taipei 101", "2": "tomorrow at 15:00" },
  },
  footer: { text: "Lumière Beauty" },
};

/** How long after booking the reminder goes out (the slots are tomorrow: a reminder about a day before). */
export const DEMO_REMINDER_DELAY_MS = 2 * 60 * 60 * 1000;

/** Words that open the booking menu again. */
export const demoKeywords = ["hi", "hello", "menu", "book", "你好", "預約"];

/** Words a customer types to reach a person: they open the human agent module (the queue). */
export const demoPersonKeywords = ["agent", "human", "person", "真人", "客服"];

export const demoBotDefinition: BotInput = {
  name: "Make-up trial booking",
  modules: [
    {
      id: "welcome",
      name: "Choose a counter",
      kind: "welcome",
      nodes: [
        {
          kind: "choice",
          style: "list",
          header: { type: "text", text: "New autumn collection" },
          body: "Welcome! Book a free make-up trial at one of our counters. Which counter suits you?",
          footer: 'Reply "menu" any time to start again',
          listButton: "Choose a counter",
          attribute: "counter",
          sections: [
            {
              title: "Taipei",
              options: [
                { id: "counter_101", title: "Taipei 101", description: "4F, Beauty Hall · 11:00–21:30" },
                { id: "counter_a11", title: "Shin Kong A11", description: "1F, near the east entrance" },
                { id: "counter_sogo", title: "SOGO Zhongxiao", description: "1F cosmetics · 11:00–22:00" },
              ],
            },
            {
              title: "Hong Kong",
              options: [
                { id: "counter_ifc", title: "IFC Mall", description: "Level 1, shop 1020" },
                { id: "counter_hysan", title: "Lee Garden One", description: "G/F beauty floor" },
              ],
            },
          ],
        },
        { kind: "go_to", module: "time" },
      ],
    },
    {
      id: "time",
      name: "Choose a time",
      nodes: [
        {
          kind: "choice",
          style: "list",
          body: "Great, {{counter}}. When would you like to come?",
          footer: "Trials take about 40 minutes",
          listButton: "Choose a time",
          attribute: "time",
          sections: [
            {
              title: "Tomorrow",
              options: [
                { id: "time_1100", title: "tomorrow at 11:00" },
                { id: "time_1500", title: "tomorrow at 15:00" },
                { id: "time_1900", title: "tomorrow at 19:00" },
              ],
            },
          ],
        },
        { kind: "go_to", module: "confirm" },
      ],
    },
    {
      id: "confirm",
      name: "Confirm",
      nodes: [
        {
          kind: "choice",
          style: "buttons",
          body: "Shall we book {{counter}}, {{time}}?",
          sections: [
            {
              options: [
                { id: "confirm_yes", title: "Confirm", addTags: ["trial_booked"] },
                { id: "confirm_change", title: "Change", goTo: "welcome" },
                { id: "confirm_person", title: "Ask a person", goTo: "human_agent" },
              ],
            },
          ],
        },
        {
          kind: "send",
          message: {
            kind: "text",
            text: "You're booked: {{counter}}, {{time}}. We'll send you a reminder before it. Reply \"menu\" to change it.",
          },
        },
        { kind: "wait", durationMs: DEMO_REMINDER_DELAY_MS },
        {
          kind: "send",
          message: {
            kind: "template",
            name: demoReminderTemplate.name,
            language: demoReminderTemplate.language,
            body: [
              { type: "text", text: "{{counter}}" },
              { type: "text", text: "{{time}}" },
            ],
          },
        },
      ],
    },
    {
      id: "human_agent",
      name: "Talk to a person",
      kind: "human_agent",
      nodes: [
        { kind: "send", message: { kind: "text", text: "A beauty advisor will answer you here shortly." } },
        { kind: "handover" },
      ],
    },
  ],
};
