import type { Metadata } from "next";
import { ApiKeysView } from "@/components/api-keys/api-keys-view";
import { listApiKeys } from "@/lib/server/api-keys/list-api-keys";
import { requirePagePermission } from "@/lib/server/auth/current-user";

export const metadata: Metadata = { title: "API keys" };

export default async function ApiKeysPage() {
  await requirePagePermission("integrations.manage");
  return <ApiKeysView keys={await listApiKeys()} now={new Date()} />;
}
