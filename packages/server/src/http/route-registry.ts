/**
 * Every API route is declared once with its zod schemas: the same declaration validates requests,
 * types the handler and produces the OpenAPI document. Recipe: validate → authorize → act → present.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { z } from "zod";
import type { Role } from "../features/people/actor.js";

export type Method = "GET" | "POST" | "PATCH" | "DELETE";

export interface RouteSpec<
  P extends z.ZodType,
  Q extends z.ZodType,
  B extends z.ZodType,
  R extends z.ZodType,
> {
  method: Method;
  url: string;
  summary: string;
  tag: string;
  /** Use `none` where the route takes no params, query or body. */
  params: P;
  query: Q;
  body: B;
  response: R;
  /** HTTP status of a successful answer. */
  status?: number;
  /** Routes are private by default; public ones skip the bearer token. */
  public?: boolean;
  /** The roles that may call a private route; admins only when absent. */
  allow?: readonly Role[];
  /** False for changes the audit log leaves out. */
  audit?: boolean;
  handler: (input: {
    params: z.infer<P>;
    query: z.infer<Q>;
    body: z.infer<B>;
    request: FastifyRequest;
    /** For headers and cookies; the registry sends the result. */
    reply: FastifyReply;
  }) => Promise<z.infer<R>>;
}

export interface RegisteredRoute {
  method: Method;
  url: string;
  summary: string;
  tag: string;
  status: number;
  public: boolean;
  allow: readonly Role[];
  params: z.ZodType;
  query: z.ZodType;
  body: z.ZodType | undefined;
  response: z.ZodType;
}

/** The schema of an absent part: a route without params, query or body. */
export const none = z.object({});

export class RouteRegistry {
  readonly routes: RegisteredRoute[] = [];

  constructor(private readonly app: FastifyInstance) {}

  add<P extends z.ZodType, Q extends z.ZodType, B extends z.ZodType, R extends z.ZodType>(
    spec: RouteSpec<P, Q, B, R>,
  ): void {
    const status = spec.status ?? 200;
    this.routes.push({
      method: spec.method,
      url: spec.url,
      summary: spec.summary,
      tag: spec.tag,
      status,
      public: spec.public ?? false,
      allow: spec.allow ?? ["admin"],
      params: spec.params,
      query: spec.query,
      body: isNone(spec.body) ? undefined : spec.body,
      response: spec.response,
    });
    this.app.route({
      method: spec.method,
      url: spec.url,
      config: {
        public: spec.public ?? false,
        allow: spec.allow ?? ["admin"],
        ...(spec.audit === undefined ? {} : { audit: spec.audit }),
      },
      handler: async (request: FastifyRequest, reply: FastifyReply) => {
        const params = parseWith(spec.params, request.params ?? {}, "params");
        const query = parseWith(spec.query, request.query ?? {}, "query");
        const body = parseWith(spec.body, isNone(spec.body) ? {} : request.body, "body");
        const result = await spec.handler({ params, query, body, request, reply });
        return reply.code(status).send(result);
      },
    });
  }
}

function isNone(schema: z.ZodType): boolean {
  return schema === none;
}

/** Thrown for request input that does not match its schema; answered as 400 with every issue. */
export class RequestValidationError extends Error {
  constructor(readonly issues: { path: string; message: string }[]) {
    super(issues.map((i) => `${i.path}: ${i.message}`).join("; "));
    this.name = "RequestValidationError";
  }
}

function parseWith<S extends z.ZodType>(schema: S, value: unknown, where: string): z.infer<S> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  throw new RequestValidationError(
    parsed.error.issues.map((issue) => ({
      path: [where, ...issue.path.map(String)].join("."),
      message: issue.message,
    })),
  );
}
