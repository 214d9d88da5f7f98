import "server-only";
import { db } from "../db";

/** The newest emails first: the outbox when no SMTP server is configured, the sent log otherwise. */
export function listEmails(limit = 200) {
  return db.emailMessage.findMany({ orderBy: { createdAt: "desc" }, take: limit });
}
