// Axle's envelope and errors (Axle's API reference) for every twin response.
import type { IncomingMessage, ServerResponse } from "node:http";
import { newId } from "./ids";
import { twinPageCsp } from "./security-headers";

export class TwinHttpError extends Error {
  constructor(
    readonly status: number,
    readonly errorCode: string,
    message: string,
  ) {
    super(message);
  }
}

export const errors = {
  badRequest: (message: string) => new TwinHttpError(400, "invalid-request", message),
  unauthorized: (message = "Invalid client credentials") => new TwinHttpError(401, "unauthorized", message),
  forbidden: (message: string) => new TwinHttpError(403, "forbidden", message),
  notFound: (message: string) => new TwinHttpError(404, "not-found", message),
};

export function sendData(res: ServerResponse, data: unknown, status = 200) {
  sendJson(res, status, { success: true, data });
}

export function sendError(res: ServerResponse, error: TwinHttpError) {
  sendJson(res, error.status, { success: false, errorCode: error.errorCode, message: error.message });
}

function sendJson(res: ServerResponse, status: number, body: unknown) {
  res.writeHead(status, { "content-type": "application/json; charset=utf-8" });
  res.end(JSON.stringify(body));
}

export function sendHtml(res: ServerResponse, html: string, status = 200) {
  // Replaces the strict policy every response starts with (security-headers.ts) by the pages' own.
  res.writeHead(status, {
    "content-type": "text/html; charset=utf-8",
    "content-security-policy": twinPageCsp,
  });
  res.end(html);
}

export function redirect(res: ServerResponse, location: string) {
  res.writeHead(303, { location });
  res.end();
}

export function assignRequestId(res: ServerResponse) {
  res.setHeader("x-axle-request-id", newId("req"));
}

const maxBodyBytes = 1024 * 1024;

export async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > maxBodyBytes) throw new TwinHttpError(413, "payload-too-large", "Request body is too large");
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString("utf8");
}

export async function readJson(req: IncomingMessage): Promise<unknown> {
  const text = await readBody(req);
  if (text.trim() === "") return {};
  try {
    return JSON.parse(text);
  } catch {
    throw errors.badRequest("Request body is not valid JSON");
  }
}

export async function readForm(req: IncomingMessage): Promise<URLSearchParams> {
  return new URLSearchParams(await readBody(req));
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
