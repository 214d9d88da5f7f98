// Walks the twin's hosted Ignition pages over HTTP, as a borrower's browser would, and returns where the twin
// redirects at the end (the client's redirectUri with status, authCode, client and result). Used to seed demo
// data and by tests that need a connected borrower without driving a browser.
type Options = {
  ignitionUri: string;
  carrier?: string;
  username?: string;
  password?: string;
  policy?: string;
};

export async function completeHostedIgnition({
  ignitionUri,
  carrier = "state-farm",
  username = "user-auto",
  password = "pass-auto",
  policy = "mercedes-c300",
}: Options): Promise<string> {
  const uri = new URL(ignitionUri);
  const token = uri.searchParams.get("token") ?? "";
  const opened = await fetch(uri);
  if (!opened.ok) throw new Error(`opening the Ignition page failed: ${opened.status}`);

  const post = async (path: string, fields: Record<string, string>) => {
    const response = await fetch(new URL(path, uri.origin), {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ token, ...fields }),
      redirect: "manual",
    });
    if (response.status >= 400) throw new Error(`${path} answered ${response.status}`);
    return response;
  };
  await post("/ignition-ui/login", { carrier });
  await post("/ignition-ui/authenticate", { username, password });
  await post("/ignition-ui/policy", { policy });
  const done = await post("/ignition-ui/consent", {});
  const location = done.headers.get("location");
  if (!location) throw new Error("the twin did not redirect after consent (was a redirectUri given?)");
  return location;
}
