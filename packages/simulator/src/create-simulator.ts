/**
 * Builds the platform simulator: Meta's Graph API look-alike (WhatsApp, Messenger, Instagram), the LINE
 * Messaging API look-alike, the control API and the phone page as one Fastify plugin (register it under
 * any prefix), with its in-memory state and timers.
 */
import { randomBytes } from "node:crypto";
import type { FastifyError, FastifyInstance, FastifyPluginAsync } from "fastify";
import { ControlError } from "./control/control-error.js";
import { registerChatRoutes } from "./control/chats.routes.js";
import { registerCustomerSendRoutes } from "./control/customer-send.routes.js";
import { registerDirectoryRoutes } from "./control/directory.routes.js";
import { EventStreams, registerEventRoutes } from "./control/events.routes.js";
import { GraphError } from "./graph/graph-error.js";
import { registerLineControlRoutes } from "./line/line-control.routes.js";
import { LineState } from "./line/line-state.js";
import { registerLine } from "./line/register-line.js";
import { registerPhoneNumberRoutes } from "./graph/phone-numbers.routes.js";
import { registerMediaRoutes } from "./media/media.routes.js";
import { MediaStore } from "./media/media-store.js";
import { registerMessageRoutes } from "./messages/messages.routes.js";
import { registerCommentRoutes } from "./messenger/comments.routes.js";
import { registerMessengerProfileRoutes } from "./messenger/messenger-profile.routes.js";
import { registerMetaControlRoutes } from "./messenger/meta-control.routes.js";
import { registerMetaGraphRoutes } from "./messenger/meta-graph.routes.js";
import { MetaState } from "./messenger/meta-state.js";
import { MetaStatusDispatcher } from "./messenger/meta-status-dispatcher.js";
import { registerPageRoutes } from "./page.routes.js";
import type { BusinessMessage, SimulatorRuntime, SimulatorState } from "./runtime.js";
import { defaultSettings, type SimulatorSettings, simulatorSettingsSchema } from "./settings.js";
import { BusinessStore } from "./state/business-store.js";
import { ChatStore } from "./state/chat-store.js";
import { CustomerStore } from "./state/customer-store.js";
import { EventHub } from "./state/event-hub.js";
import { RateLimiter } from "./state/rate-limiter.js";
import { TemplateReview } from "./templates/template-review.js";
import { TemplateStore } from "./templates/template-store.js";
import { registerTemplateRoutes } from "./templates/templates.routes.js";
import { StatusDispatcher } from "./webhooks/status-dispatcher.js";
import { WebhookSender } from "./webhooks/webhook-sender.js";

export interface CreateSimulatorOptions {
  /** Overrides of the defaults (see `defaultSettings`); validated. */
  settings?: Partial<SimulatorSettings>;
  /** Used for webhooks and the verification handshake; the global fetch by default. */
  fetch?: typeof fetch;
  /** Called for every business message the simulator accepts. */
  onBusinessMessage?: (message: BusinessMessage) => void;
  /** Clock for timestamps, the service window and rate limits (epoch ms). Status delays use real time. */
  now?: () => number;
}

export interface Simulator {
  plugin: FastifyPluginAsync;
  state: SimulatorState;
  /** Stops timers and retries and ends event streams. */
  close(): Promise<void>;
}

/** Largest upload Meta accepts (documents, 100 MB) plus room for the multipart framing. */
const MEDIA_BODY_LIMIT = 101 * 1024 * 1024;

export function createSimulator(options: CreateSimulatorOptions = {}): Simulator {
  const now = options.now ?? Date.now;
  const fetchFn = options.fetch ?? globalThis.fetch;
  const businesses = new BusinessStore();
  const chats = new ChatStore();
  const events = new EventHub();
  const settings = () => runtime.settings;
  const sender = new WebhookSender({ fetch: fetchFn, settings, now });
  const meta = new MetaState();
  const runtime: SimulatorRuntime = {
    settings: simulatorSettingsSchema.parse({ ...defaultSettings, ...options.settings }),
    businesses,
    customers: new CustomerStore(),
    chats,
    templates: new TemplateStore(),
    media: new MediaStore(),
    events,
    deliveries: () => sender.records(),
    limiter: new RateLimiter(),
    sender,
    statuses: new StatusDispatcher({ businesses, chats, events, sender, settings, now }),
    review: new TemplateReview({ businesses, events, sender, now }),
    meta,
    metaReceipts: new MetaStatusDispatcher({ meta, events, sender, settings, now }),
    line: new LineState(),
    fetch: fetchFn,
    now,
    mediaUrlKey: randomBytes(32),
    onBusinessMessage: options.onBusinessMessage,
  };
  const streams = new EventStreams();

  const plugin: FastifyPluginAsync = async (app) => {
    addBodyParsers(app);
    app.addHook("preClose", async () => streams.closeAll());
    await app.register(async (graph) => {
      graph.setErrorHandler((error: FastifyError, _request, reply) => {
        const answer = error instanceof GraphError ? error : toGraphError(error);
        return reply.code(answer.httpStatus).send(answer.toJSON());
      });
      registerMessageRoutes(graph, runtime);
      registerMediaRoutes(graph, runtime);
      registerTemplateRoutes(graph, runtime);
      registerPhoneNumberRoutes(graph, runtime);
      registerMetaGraphRoutes(graph, runtime);
      registerMessengerProfileRoutes(graph, runtime);
      registerCommentRoutes(graph, runtime);
    });
    await registerLine(app, runtime);
    await app.register(async (control) => {
      control.setErrorHandler((error: FastifyError, _request, reply) => {
        const answer = error instanceof ControlError ? error : toControlError(error);
        return reply.code(answer.status).send(answer.toJSON());
      });
      registerDirectoryRoutes(control, runtime);
      registerCustomerSendRoutes(control, runtime);
      registerChatRoutes(control, runtime);
      registerEventRoutes(control, runtime, streams);
      registerMetaControlRoutes(control, runtime);
      registerLineControlRoutes(control, runtime);
      registerPageRoutes(control);
    });
  };

  return {
    plugin,
    state: runtime,
    close: async () => {
      runtime.statuses.close();
      runtime.review.close();
      runtime.metaReceipts.close();
      sender.close();
      streams.closeAll();
    },
  };
}

/** JSON kept as Meta reads it (a bad body is a Graph error, not Fastify's), and multipart as raw bytes. */
function addBodyParsers(app: FastifyInstance): void {
  app.removeContentTypeParser("application/json");
  app.addContentTypeParser("application/json", { parseAs: "buffer" }, (_request, body, done) => {
    if (body.length === 0) return done(null, undefined);
    try {
      const parsed: unknown = JSON.parse(body.toString("utf8"));
      done(null, parsed);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      done(Object.assign(new Error(`(body): not valid JSON (${reason})`), { statusCode: 400 }), undefined);
    }
  });
  app.addContentTypeParser(
    "multipart/form-data",
    { parseAs: "buffer", bodyLimit: MEDIA_BODY_LIMIT },
    (_r, body, done) => done(null, body),
  );
}

function toGraphError(error: FastifyError): GraphError {
  const status = error.statusCode ?? 500;
  if (status >= 500) return new GraphError(1, error.message, { httpStatus: 500 });
  return new GraphError(100, error.message, { httpStatus: status === 413 ? 413 : 400 });
}

function toControlError(error: FastifyError): ControlError {
  const status = error.statusCode ?? 500;
  return new ControlError(status >= 400 && status < 600 ? status : 500, error.message);
}
