// A real SMTP server on a free port, for tests that follow an email all the way: it keeps what it receives, and
// can be told to refuse every message with a temporary failure (a mail server that is down for a while).
import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";

export type ReceivedEmail = { to: string; raw: string };

export async function startTestSmtpServer() {
  const received: ReceivedEmail[] = [];
  const state = { isFailing: false };
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    onData(stream, session, callback) {
      let raw = "";
      stream.on("data", (chunk: Buffer) => {
        raw += chunk.toString("utf8");
      });
      stream.on("end", () => {
        if (state.isFailing) {
          callback(Object.assign(new Error("mailbox busy, try later"), { responseCode: 451 }));
          return;
        }
        received.push({ to: session.envelope.rcptTo.map((rcpt) => rcpt.address).join(","), raw });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.server.address() as AddressInfo).port;
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    /** While true, every message is answered with a temporary failure (451). */
    setFailing(isFailing: boolean) {
      state.isFailing = isFailing;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/**
 * What a person reads in a received message: its subject (header lines unfolded) and its text (decoded when
 * sent quoted-printable, as nodemailer sends text with long lines).
 */
export function readEmail({ raw }: ReceivedEmail) {
  const boundary = raw.search(/\r?\n\r?\n/);
  const head = raw.slice(0, boundary).replace(/\r?\n[ \t]+/g, " ");
  const body = raw.slice(boundary).replace(/^\r?\n\r?\n/, "");
  const isQuotedPrintable = /^Content-Transfer-Encoding: quoted-printable$/im.test(head);
  const text = isQuotedPrintable
    ? Buffer.from(
        body
          .replace(/=\r?\n/g, "")
          .replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16))),
        "latin1",
      ).toString("utf8")
    : body;
  return { subject: /^Subject: (.*)$/m.exec(head)?.[1] ?? "", text: text.replace(/\r\n/g, "\n") };
}
