"use client";

import { MoreHorizontal } from "lucide-react";
import { type ComponentProps, Fragment, type ReactNode, useState } from "react";
import type { ActionState } from "@/lib/action-state";
import { Button } from "./button";
import { ConfirmDialog } from "./confirm-dialog";
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuSeparator,
  DropdownMenuTrigger,
} from "./dropdown-menu";
import { toast } from "./sonner";

/** What an action's confirmation says and does. */
export type MenuDialog = Omit<ComponentProps<typeof ConfirmDialog>, "open" | "onOpenChange" | "children">;

export type MenuItem<Key extends string> = {
  key: Key;
  /** The item's words and icon; end them with "…": each opens a confirmation. */
  label: ReactNode;
  /** Drawn after a separator (a destructive action, apart from the rest). */
  isSeparated?: boolean;
};

/** One item of the menu, in the order given. */
export const menuItem = <Key extends string>(
  key: Key,
  label: ReactNode,
  isSeparated = false,
): MenuItem<Key> => ({
  key,
  label,
  isSeparated,
});

type Props<Key extends string> = {
  /** The trigger's accessible name: "Actions for Dana Diaz". */
  label: string;
  testId: string;
  /** The actions offered now, in order. */
  items: MenuItem<Key>[];
  /** Each action's confirmation. */
  dialogs: Record<Key, MenuDialog>;
  /** Called when an action is chosen, before its dialog opens (to reset the dialog's own fields). */
  onChoose?: (key: Key) => void;
  /** The test ids of an action's menu item and of its confirm button. */
  itemTestId: (key: Key) => string;
  confirmTestId: (key: Key) => string;
};

/** A row's "…" menu whose every item opens a confirmation that says what will happen, and to whom. */
export function ConfirmedActionsMenu<Key extends string>({
  label,
  testId,
  items,
  dialogs,
  onChoose,
  itemTestId,
  confirmTestId,
}: Props<Key>) {
  const [open, setOpen] = useState<Key | null>(null);
  return (
    <>
      {/* Not modal: the menu hands focus to the dialog it opens without leaving the page inert. */}
      <DropdownMenu modal={false}>
        <DropdownMenuTrigger asChild>
          <Button variant="ghost" size="icon" aria-label={label} data-testid={testId}>
            <MoreHorizontal aria-hidden />
          </Button>
        </DropdownMenuTrigger>
        <DropdownMenuContent align="end">
          {items.map((item) => (
            <Fragment key={item.key}>
              {item.isSeparated && <DropdownMenuSeparator />}
              <DropdownMenuItem
                onSelect={() => {
                  onChoose?.(item.key);
                  setOpen(item.key);
                }}
                data-testid={itemTestId(item.key)}
              >
                {item.label}
              </DropdownMenuItem>
            </Fragment>
          ))}
        </DropdownMenuContent>
      </DropdownMenu>
      {open && (
        <ConfirmDialog
          {...dialogs[open]}
          open
          onOpenChange={(isOpen) => {
            if (!isOpen) setOpen(null);
          }}
          confirmTestId={confirmTestId(open)}
        />
      )}
    </>
  );
}

/** Runs a server action from a confirmation, toasting its notice; an error stays in the open dialog. */
export async function runConfirmed<State extends ActionState>(action: () => Promise<State>): Promise<State> {
  const result = await action();
  if (result.notice) toast.success(result.notice);
  return result;
}
