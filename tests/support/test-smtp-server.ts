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
