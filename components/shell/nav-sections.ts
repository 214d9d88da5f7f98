import {
  FileUp,
  Hash,
  KeyRound,
  LayoutDashboard,
  ListChecks,
  type LucideIcon,
  Mail,
  ScrollText,
  ServerCog,
  ShieldAlert,
  UserCog,
  UserPlus,
  Users,
  Webhook,
} from "lucide-react";
import { can, type Permission } from "@/lib/auth/permissions";

export type NavSection = {
  href: string;
  label: string;
  testId: string;
  permission: Permission;
  icon: LucideIcon;
  /** Where the section sits in the sidebar: the lists, or the admin's actions under them. */
  group: "main" | "actions";
};

/** The dashboard's sections, each shown to the roles that may open it (the pages check again on the server). */
export const navSections: NavSection[] = [
  {
    href: "/",
    label: "Overview",
    testId: "nav-overview",
    permission: "dashboard.read",
    icon: LayoutDashboard,
    group: "main",
  },
  {
    href: "/borrowers",
    label: "Borrowers",
    testId: "nav-borrowers",
    permission: "dashboard.read",
    icon: Users,
    group: "main",
  },
  {
    href: "/violations",
    label: "Violations",
    testId: "nav-violations",
    permission: "violations.read",
    icon: ShieldAlert,
    group: "main",
  },
  {
    href: "/requirements",
    label: "Requirements",
    testId: "nav-requirements",
    permission: "requirements.read",
    icon: ListChecks,
    group: "main",
  },
  {
    href: "/outbox",
    label: "Email",
    testId: "nav-outbox",
    permission: "violations.read",
    icon: Mail,
    group: "main",
  },
  {
    href: "/operations",
    label: "Operations",
    testId: "nav-operations",
    permission: "operations.read",
    icon: ServerCog,
    group: "main",
  },
  {
    href: "/audit",
    label: "Audit log",
    testId: "nav-audit",
    permission: "audit.read",
    icon: ScrollText,
    group: "main",
  },
  {
    href: "/settings/users",
    label: "Team",
    testId: "nav-team",
    permission: "users.manage",
    icon: UserCog,
    group: "main",
  },
  {
    href: "/settings/slack",
    label: "Slack",
    testId: "nav-slack",
    permission: "integrations.manage",
    icon: Hash,
    group: "main",
  },
  {
    href: "/settings/webhooks",
    label: "Webhooks",
    testId: "nav-webhooks",
    permission: "integrations.manage",
    icon: Webhook,
    group: "main",
  },
  {
    href: "/settings/api-keys",
    label: "API keys",
    testId: "nav-api-keys",
    permission: "integrations.manage",
    icon: KeyRound,
    group: "main",
  },
  {
    href: "/borrowers/import",
    label: "Import",
    testId: "nav-import",
    permission: "borrowers.import",
    icon: FileUp,
    group: "actions",
  },
  {
    href: "/borrowers/new",
    label: "New borrower",
    testId: "nav-new-borrower",
    permission: "ignition.start",
    icon: UserPlus,
    group: "actions",
  },
];

export function visibleSections(role: string): NavSection[] {
  return navSections.filter((section) => can(role, section.permission));
}

/**
 * The section a path belongs to: the longest matching prefix among all sections (not only the visible ones),
 * so /borrowers/new belongs to "New borrower" and never lights up "Borrowers".
 */
export function activeSectionHref(pathname: string): string | null {
  let best: string | null = null;
  for (const { href } of navSections) {
    const matches = href === "/" ? pathname === "/" : pathname === href || pathname.startsWith(`${href}/`);
    if (matches && (best === null || href.length > best.length)) best = href;
  }
  return best;
}
