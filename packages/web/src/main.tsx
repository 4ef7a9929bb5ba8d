/** Entry point: mounts the console into index.html's #root. */
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./app";
import "./styles/base.css";
import "./styles/controls.css";
import "./styles/layout.css";
import "./styles/inbox.css";
import "./styles/thread.css";
import "./styles/message.css";
import "./styles/message-content.css";
import "./styles/composer.css";
import "./styles/accounts.css";
import "./styles/bots.css";
import "./styles/bot-editor.css";
import "./styles/bot-node-cards.css";
import "./styles/bot-node-forms.css";
import "./styles/bot-preview.css";
import "./styles/channel-preview.css";
import "./styles/bot-publish.css";
import "./styles/bot-profile.css";
import "./styles/automation.css";
import "./styles/stores.css";
import "./styles/assignment.css";
import "./styles/templates.css";
import "./styles/saved-replies.css";
import "./styles/live.css";
import "./styles/inbox-tools.css";
import "./styles/carousel.css";
import "./styles/reports.css";

const root = document.getElementById("root");
if (!root) throw new Error("index.html has no #root element");
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
