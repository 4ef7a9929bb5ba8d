/** Mounts the web chat's public endpoints, its live stream (behind the CORS check) and the widget's files. */
import type { FastifyInstance } from "fastify";
import type { ChannelAccountRepository } from "../features/channel-accounts/channel-account.repository.js";
import type { Webchat } from "../features/webchat/create-webchat.js";
import { webchatWidgetDir } from "../features/webchat/widget-dir.js";
import { installWebchatCors } from "./webchat-cors.js";
import { registerWebchatEventsRoute } from "./webchat-events.route.js";
import { registerWebchatRoutes } from "./webchat.routes.js";
import { registerWebchatWidgetRoutes } from "./webchat-widget.routes.js";

export async function registerWebchat(
  app: FastifyInstance,
  webchat: Webchat,
  accounts: ChannelAccountRepository,
  publicBaseUrl: string,
): Promise<void> {
  await app.register(async (scope) => {
    installWebchatCors(scope, accounts, publicBaseUrl);
    registerWebchatRoutes(scope, webchat);
    registerWebchatEventsRoute(scope, webchat.sessions, webchat.live);
  });
  registerWebchatWidgetRoutes(app, accounts, webchatWidgetDir);
}
