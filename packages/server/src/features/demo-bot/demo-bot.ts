/**
 * The demo bot that `npm start` publishes: book a make-up trial — choose a counter (a list), a time
 * (reply buttons), get a confirmation. Plain data, checked with the scripted-bot schema.
 */
import { ScriptedBotSchema } from "@switchboard/engine";
import type { ScriptedBotInput } from "@switchboard/engine";

const demoBotData: ScriptedBotInput = {
  name: "Make-up trial booking",
  start: "welcome",
  restartWords: ["hi", "hello", "book", "menu", "start", "你好", "預約"],
  steps: {
    welcome: {
      message: {
        kind: "choices",
        style: "list",
        header: { type: "text", text: "New autumn collection" },
        body: "Welcome! Book a free make-up trial at one of our counters. Which counter suits you?",
        footer: "Reply any time to start again",
        listButton: "Choose a counter",
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
      saveAs: "counter",
      next: { "*": "time" },
    },
    time: {
      message: {
        kind: "choices",
        style: "buttons",
        body: "Great, {{counter}}. Which time would you like?",
        footer: "Trials take about 40 minutes",
        sections: [
          {
            options: [
              { id: "time_morning", title: "11:00" },
              { id: "time_afternoon", title: "15:00" },
              { id: "time_evening", title: "19:00" },
            ],
          },
        ],
      },
      saveAs: "time",
      next: { "*": "confirm" },
    },
    confirm: {
      message: {
        kind: "text",
        text: "You're booked: {{counter}} at {{time}}. We'll remind you the day before. Reply \"menu\" to change it.",
      },
    },
  },
};

export const demoBot = ScriptedBotSchema.parse(demoBotData);
